// voice/emoji through the public RuleTester (the same cases a custom rule's author would write).
import { describe, it } from "vitest";
import { RuleTester } from "../../testing/rule-tester.js";
import { emojiRule } from "./emoji.js";

new RuleTester({
  describe,
  it,
  policy: {
    brands: [
      {
        id: "tester-es",
        name: "Tester España",
        locale: "es-ES",
        voice: { maxEmoji: 1, bannedEmoji: ["🙄", "👎"] },
      },
      { id: "tester-en", name: "Tester UK", locale: "en-GB", voice: { maxEmoji: 0 } },
    ],
  },
}).run(emojiRule, {
  valid: ["Gracias 👍🏽", "Enhorabuena 👨‍👩‍👧", "Le esperamos 🇪🇸", { text: "Thanks :) see you", lang: "en" }],
  invalid: [
    {
      text: "Gracias 😊 de verdad 🙏 y hasta pronto 🎉",
      errors: [{ messageId: "tooMany", span: { start: 21, end: 41 } }],
      output: "Gracias 😊 de verdad y hasta pronto",
    },
    { text: "Entendemos su queja 👎🏽", errors: [{ messageId: "banned", excerpt: "👎🏽" }] },
    { text: "Thanks 🙂", lang: "en", errors: ["none"] },
  ],
});
