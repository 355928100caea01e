// Fuzzing the public evaluation API with fast-check: random Unicode and hostile pieces as texts, random policies,
// shuffled key order. Run counts stay modest so the suite stays fast; `pnpm stress` covers the sizes.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InputError, PolicyError } from "../model/errors.js";
import type { Verdict } from "../model/violation.js";
import { evaluateModeration } from "../moderation/evaluate-moderation.js";
import { compilePolicy } from "../rules/compile-policy.js";
import type { NormasPolicyDefinition } from "../rules/define-policy.js";
import { definePolicy } from "../rules/define-policy.js";
import { evaluatePost, evaluateReply } from "./evaluate.js";

const policyDoc: NormasPolicyDefinition = {
  extends: "strict",
  roles: { agent: { name: "Agent", may: [] }, supervisor: { name: "Supervisor", may: ["refund" as const] } },
  channels: { x: { maxLength: 280, urlLength: 23 } },
  brands: [
    {
      id: "acme-es",
      name: "Acme España",
      locale: "es-ES" as const,
      handles: ["@acme_es"],
      voice: { signOff: { template: "^{initials}" } },
      terms: { banned: [{ term: "barato", inflect: true }] },
    },
    { id: "acme-uk", name: "Acme UK", locale: "en-GB" as const },
  ],
};
const compiled = compilePolicy(definePolicy(policyDoc));

/** Pieces that reach the tokenizer's, normaliser's and rules' corner cases. */
const piece = fc.constantFrom(
  "a",
  "Ñ",
  "1",
  ".",
  "-",
  "@",
  "#",
  "www.",
  "acme.es",
  "x@y.co",
  " ",
  "\u00a0",
  "\n",
  "👍🏽",
  "👩‍💻",
  "\u200b",
  "\u0301",
  "\u202e",
  "\u001b[31m",
  "\ud83d",
  "«",
  "»",
  '"',
  "¿",
  "?",
  "!",
  "f*ck",
  "idiota",
  "no",
  "te devolveremos el dinero",
  "we will refund you",
  "es culpa nuestra",
  "^MG",
  "ES91 2100 0418 4502 0005 1332",
  "4111 1111 1111 1111",
  "12345678Z",
);
const text = fc.oneof(
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.array(piece, { maxLength: 40 }).map((a) => a.join("")),
  fc
    .array(fc.oneof(piece, fc.string({ unit: "grapheme", maxLength: 4 })), { maxLength: 30 })
    .map((a) => a.join(" ")),
);

function expectSpansInside(verdict: Verdict, length: number): void {
  for (const v of verdict.violations) {
    if (v.span === undefined) continue; // a finding about the whole text
    expect(v.span.start).toBeGreaterThanOrEqual(0);
    expect(v.span.end).toBeGreaterThanOrEqual(v.span.start);
    expect(v.span.end).toBeLessThanOrEqual(length);
  }
}

/** The same object with its keys (at every depth) in another order. */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.keys(value)
      .reverse()
      .map((k) => [k, reversedKeys((value as Record<string, unknown>)[k])]),
  );
}

describe("evaluation on random text (fast-check)", () => {
  it("never throws, and every span is inside the text, for replies, posts and moderation", () => {
    fc.assert(
      fc.property(text, text, fc.constantFrom("acme-es", "acme-uk"), (t, comment, brand) => {
        const author = { id: "ana", roles: ["agent"], initials: "MG" };
        expectSpansInside(
          evaluateReply(compiled, { brand, channel: "x", author, text: t, inReplyTo: { text: comment } }),
          t.length,
        );
        expectSpansInside(evaluatePost(compiled, { brand, channel: "x", author, text: t }), t.length);
        expectSpansInside(
          evaluateModeration(compiled, {
            brand,
            author,
            comment: { text: t, previous: [comment, t] },
            action: "delete",
          }),
          t.length,
        );
      }),
      { numRuns: 150 },
    );
  });

  it("gives the same verdict whatever the order of the input's keys", () => {
    fc.assert(
      fc.property(text, (t) => {
        const input = {
          brand: "acme-es",
          channel: "x",
          author: { id: "ana", roles: ["agent", "supervisor"], initials: "MG", name: "Marta" },
          text: t,
          inReplyTo: { text: "¿Dónde está mi pedido?", author: { handle: "@cliente", followers: 10 } },
        };
        const a = evaluateReply(compiled, input);
        const b = evaluateReply(compiled, reversedKeys(input) as typeof input);
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
      }),
      { numRuns: 60 },
    );
  });

  it("refuses malformed input only with InputError", () => {
    const anything = fc.anything({ maxDepth: 3, withNullPrototype: true, withBigInt: true });
    fc.assert(
      fc.property(anything, anything, (author, t) => {
        for (const run of [
          () => evaluateReply(compiled, { brand: "acme-es", author, text: t } as never),
          () =>
            evaluateModeration(compiled, { brand: "acme-es", author, comment: t, action: "hide" } as never),
        ]) {
          try {
            run();
          } catch (error) {
            expect(error).toBeInstanceOf(InputError);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe("random policies (fast-check)", () => {
  const id = fc.constantFrom(
    "acme",
    "constructor",
    "__proto__",
    "toString",
    "a-b",
    "",
    "ÁCME",
    "x".repeat(70),
  );
  const brand = fc.record(
    {
      id,
      name: fc.oneof(fc.string({ maxLength: 10 }), fc.constant(undefined)),
      locale: fc.constantFrom("es-ES", "en-GB", "es-419", "xx", "", 3),
      aliases: fc.array(fc.string({ maxLength: 12 }), { maxLength: 4 }),
      voice: fc.oneof(
        fc.constant(undefined),
        fc.record({
          address: fc.constantFrom("usted", "tu", "vos", 1),
          maxEmoji: fc.oneof(fc.integer(), fc.double()),
        }),
      ),
      rules: fc.dictionary(
        fc.constantFrom("voice/length", "respect/insult", "nope/rule", "constructor"),
        fc.constantFrom("error", "warn", "off", "loud", 1),
      ),
    },
    { requiredKeys: [] },
  );
  const policy = fc.record(
    {
      extends: fc.constantFrom("recommended", "strict", "nope", ["recommended"], null, 3, {}),
      brands: fc.array(brand, { maxLength: 3 }),
      roles: fc.dictionary(
        id,
        fc.record({ may: fc.array(fc.constantFrom("refund", "nothing"), { maxLength: 2 }) }),
      ),
      channels: fc.dictionary(id, fc.record({ maxLength: fc.oneof(fc.integer(), fc.double()) })),
    },
    { requiredKeys: [] },
  );

  it("either define and evaluate, or refuse with PolicyError, in any key order", () => {
    fc.assert(
      fc.property(policy, (doc) => {
        const run = (d: unknown): string => {
          try {
            const c = compilePolicy(definePolicy(d as never));
            for (const b of c.policy.brands)
              evaluateReply(c, {
                brand: b.id,
                author: { id: "a" },
                text: "Hola, te devolveremos el dinero.",
              });
            return "ok";
          } catch (error) {
            expect(error).toBeInstanceOf(PolicyError);
            return JSON.stringify((error as PolicyError).issues.map((i) => i.path).sort());
          }
        };
        expect(run(reversedKeys(doc))).toBe(run(doc));
      }),
      { numRuns: 150 },
    );
  });
});
