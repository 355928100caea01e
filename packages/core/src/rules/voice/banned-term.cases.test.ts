// voice/banned-term through the public RuleTester: a brand's own banned words, inflected.
import { describe, it } from "vitest";
import { RuleTester } from "../../testing/rule-tester.js";
import { bannedTermRule } from "./banned-term.js";

new RuleTester({
  describe,
  it,
  policy: {
    brands: [
      {
        id: "tester-es",
        name: "Tester España",
        locale: "es-ES",
        terms: { banned: [{ term: "barato", inflect: true, reason: "decimos «económico»" }, "gratis"] },
      },
      { id: "tester-en", name: "Tester UK", locale: "en-GB", terms: { banned: ["cheap"] } },
    ],
  },
}).run(bannedTermRule, {
  valid: ["Es una opción económica.", { text: "An affordable option.", lang: "en" }],
  invalid: [
    { text: "Tenemos ofertas baratas.", errors: [{ messageId: "bannedBecause", excerpt: "baratas" }] },
    { text: "Envío gratis.", errors: 1 },
    { text: "It's cheap.", lang: "en", errors: [{ messageId: "banned", span: { start: 5, end: 10 } }] },
  ],
});
