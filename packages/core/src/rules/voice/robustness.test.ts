import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateReply } from "../../engine/evaluate.js";
import { policyFor } from "../../testing/rule-fixtures.js";
import { compilePolicy } from "../compile-policy.js";

// Every voice rule on, on brands that set every voice field, in both languages.
const compiled = compilePolicy(
  policyFor({
    rules: {
      "voice/formality": "error",
      "voice/banned-term": "error",
      "voice/preferred-term": "warn",
      "voice/emoji": "warn",
      "voice/length": "error",
      "voice/sign-off": "warn",
    },
    brands: [
      {
        id: "acme-es",
        name: "Acme España",
        locale: "es-ES" as const,
        voice: {
          maxEmoji: 1,
          bannedEmoji: ["🙄"],
          signOff: { template: "^{initials}" },
          maxLength: { x: 50 },
        },
        terms: {
          banned: [{ term: "barato", inflect: true }],
          preferred: [{ use: "cliente", insteadOf: ["usuario"] }],
        },
      },
      {
        id: "acme-en",
        name: "Acme UK",
        locale: "en-GB" as const,
        voice: { register: "formal", maxEmoji: 0, signOff: { template: "^{initials}" } },
        terms: { banned: ["cheap"], preferred: [{ use: "customer", insteadOf: ["user"] }] },
      },
    ],
  }),
);

const pieces = fc.constantFrom(
  "te",
  "usted",
  "escríbenos",
  "Díganos",
  "«",
  "»",
  '"',
  "'",
  "we'll",
  "lol",
  "barato",
  "cheap",
  "usuario",
  "user",
  "😊",
  "👍🏽",
  "🇪🇸",
  "\u200b",
  "e\u0301",
  " ",
  ".",
  "\n",
  "^AG",
  "https://x.example/a",
  "\ud800",
  "ñ",
  "Ü",
);

describe("voice rules on arbitrary text", () => {
  it("never fail and keep every span and edit inside the text, in Spanish and English", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(pieces, fc.string({ maxLength: 6 })), { maxLength: 40 }),
        fc.boolean(),
        (parts, english) => {
          const text = parts.join(english ? " " : "");
          const verdict = evaluateReply(compiled, {
            brand: english ? "acme-en" : "acme-es",
            channel: "x",
            author: { id: "ana", roles: ["agent"], initials: "AG" },
            text,
          });
          for (const v of verdict.violations) {
            expect(v.ruleId).not.toBe("internal");
            if (v.span !== undefined) {
              expect(v.span.start).toBeGreaterThanOrEqual(0);
              expect(v.span.end).toBeLessThanOrEqual(text.length);
            }
            for (const s of v.suggestions ?? [])
              for (const e of s.edits)
                expect(e.start >= 0 && e.end <= text.length && e.start <= e.end).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
