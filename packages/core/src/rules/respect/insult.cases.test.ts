// respect/insult through the public RuleTester, in both languages.
import { describe, it } from "vitest";
import { RuleTester } from "../../testing/rule-tester.js";
import { insultRule } from "./insult.js";

new RuleTester({ describe, it }).run(insultRule, {
  valid: [
    "El payaso del circo saluda a los niños.",
    { text: "Thanks for your patience, we are on it.", lang: "en" },
    { text: "Eres un payaso.", options: { allow: ["payaso"] } },
  ],
  invalid: [
    {
      text: "Eres un idiota, ya se lo dije.",
      errors: [{ messageId: "insult", excerpt: "idiota", severity: "error" }],
    },
    { text: "You're pathetic.", lang: "en", errors: ["insult"] },
    { text: "What the f*ck do you want?", lang: "en", errors: [{ messageId: "profanity", excerpt: "f*ck" }] },
  ],
});
