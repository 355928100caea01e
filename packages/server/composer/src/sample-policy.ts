import type { PolicyDefinition } from "@normas/core";

/** The policy of the static page (no server): the examples' agency, three brands in two languages. */
export const samplePolicy = {
  extends: "recommended",
  organization: { id: "acme-group", name: "Acme Group" },
  roles: {
    agent: { name: "Community manager", may: [] },
    supervisor: { name: "Supervisor", may: ["refund", "compensation", "discount", "delivery-date"] },
    legal: { name: "Legal", may: ["legal-statement", "official-statement"] },
  },
  channels: { x: { maxLength: 280, urlLength: 23 } },
  brands: [
    {
      id: "acme-es",
      name: "Acme España",
      locale: "es-ES",
      handles: ["@acme_es"],
      voice: { address: "usted" },
      terms: { banned: [{ term: "barato", inflect: true, reason: "Decimos «económico»." }] },
    },
    { id: "acme-mx", name: "Acme México", locale: "es-MX", handles: ["@acme_mx"], voice: { address: "tu" } },
    { id: "acme-uk", name: "Acme UK", locale: "en-GB", handles: ["@acme_uk"], voice: { register: "formal" } },
  ],
} as const satisfies PolicyDefinition;
