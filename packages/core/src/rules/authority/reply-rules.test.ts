import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateReply } from "../../engine/evaluate.js";
import { policyFor } from "../../testing/rule-fixtures.js";
import { compilePolicy } from "../compile-policy.js";

const IDS = [
  "respect/insult",
  "respect/dismissive",
  "respect/unacknowledged-complaint",
  "brand/foreign-brand",
  "authority/commitment",
  "authority/liability-admission",
  "authority/speaks-for-company",
];

const compiled = compilePolicy(policyFor({ rules: Object.fromEntries(IDS.map((id) => [id, "error"])) }));
const pieces = [
  "eres un idiota",
  "f*ck",
  "«cálmese»",
  "Le devolveremos el importe",
  "we'll refund you",
  "fue culpa nuestra",
  "the company has decided",
  "Acme México",
  "@acme_uk",
  "¿",
  "?",
  "'",
  "\u200b",
  "\ud83d\ude00",
  "\ud800",
  ", ",
  ". ",
];

describe("reply rules under odd input", () => {
  it("never fail internally, and every span lies inside the reply, in both languages", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 12 })), { maxLength: 14 }),
        fc.constantFrom("acme-es", "acme-tu", "acme-en", "acme-us"),
        fc.option(fc.string({ maxLength: 60 }), { nil: undefined }),
        (parts, brand, comment) => {
          const text = parts.join(" ");
          const verdict = evaluateReply(compiled, {
            brand,
            author: { id: "ana", roles: ["agent"] },
            text,
            ...(comment === undefined ? {} : { inReplyTo: { text: comment } }),
          });
          for (const v of verdict.violations) {
            expect(v.ruleId).not.toBe("internal");
            if (v.span) {
              expect(v.span.start).toBeGreaterThanOrEqual(0);
              expect(v.span.end).toBeLessThanOrEqual(text.length);
              expect(v.span.start).toBeLessThanOrEqual(v.span.end);
            }
            for (const s of v.suggestions ?? []) {
              for (const e of s.edits) expect(e.end).toBeLessThanOrEqual(text.length);
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
