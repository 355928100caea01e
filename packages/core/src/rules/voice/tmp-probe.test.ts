import { it } from "vitest";
import { checkReply } from "../../engine/testing.js";
import { formalityRule } from "../../rules/voice/formality.js";
it("x", () => {
  for (const [brand, text] of [["acme-es","Hola, ¿puedes escribirnos? Escríbenos por DM y te ayudamos."],["acme-tu","Díganos su número, por favor."],["acme-en","We'll check it, don't worry lol. The customer's order is fine."],["acme-us","We'll check it"],["acme-mx","Contactadnos y os ayudamos"],["acme-tu","Ustedes pueden escribirnos"]] as const) {
    const v = checkReply(formalityRule, { brand, text });
    console.log(brand, text, JSON.stringify(v.map(x => [x.message, x.span, x.suggestions?.[0]?.edits[0]?.text])));
  }
});
