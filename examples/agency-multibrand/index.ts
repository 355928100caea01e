// One agency, three brands in two languages: the same draft reply is checked under each brand.
// Run: pnpm example agency-multibrand
import { compilePolicy, definePolicy, evaluateReply, type Verdict } from "@normas/core";

const policy = definePolicy({
  extends: "recommended",
  organization: { id: "acme-group", name: "Acme Group" },
  roles: {
    agent: { name: "Community manager", may: [] },
    supervisor: { name: "Supervisor", may: ["refund", "compensation", "discount", "delivery-date"] },
  },
  brands: [
    { id: "acme-es", name: "Acme España", locale: "es-ES", voice: { address: "usted" } },
    { id: "acme-mx", name: "Acme México", locale: "es-MX", voice: { address: "tu" } },
    { id: "acme-uk", name: "Acme UK", locale: "en-GB", voice: { register: "formal" } },
  ],
});
// Compile once (rules build their matchers per brand here), then evaluate as often as needed.
const compiled = compilePolicy(policy);

function show(label: string, text: string, verdict: Verdict): void {
  console.log(
    `${verdict.ok ? "✔" : "✖"} ${label}: ${verdict.errorCount} error(s), ${verdict.warningCount} warning(s)`,
  );
  for (const v of verdict.violations) {
    const where =
      v.span === undefined
        ? ""
        : ` «${text.slice(v.span.start, v.span.end)}» at ${v.span.start}–${v.span.end}`;
    console.log(`    ${v.severity.padEnd(7)} ${v.ruleId}${where}\n            ${v.message}`);
  }
}

const comment = { text: "Mi pedido llegó tarde y nadie me contesta." };
const draft =
  "¡Hola, Ana! Sentimos el retraso. Te regalamos un descuento del 10 % en Acme México para tu próximo pedido.";
console.log(`Draft: ${draft}\n`);

for (const brand of ["acme-es", "acme-mx", "acme-uk"]) {
  const verdict = evaluateReply(compiled, {
    brand,
    author: { id: "ana", roles: ["agent"] },
    inReplyTo: comment,
    text: draft,
  });
  show(`${brand} (agent)`, draft, verdict);
}

// The same draft from a supervisor, who may grant discounts: the commitment is no longer a problem.
const bySupervisor = evaluateReply(compiled, {
  brand: "acme-mx",
  author: { id: "luis", roles: ["supervisor"] },
  inReplyTo: comment,
  text: draft,
});
show("acme-mx (supervisor)", draft, bySupervisor);

// An English reply for the English brand.
const english = "We are sorry about the delay, Ana. Could you send us your order number by direct message?";
show(
  "acme-uk, English reply",
  english,
  evaluateReply(compiled, {
    brand: "acme-uk",
    author: { id: "sam", roles: ["agent"] },
    inReplyTo: { text: "My order is late and nobody answers." },
    text: english,
  }),
);
