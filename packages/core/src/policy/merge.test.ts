import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mergePolicyDocuments } from "./merge.js";

const terms = fc.array(fc.string({ maxLength: 6 }), { maxLength: 6 });
const brand = fc.record({
  id: fc.constantFrom("a", "b", "c"),
  handles: terms,
  voice: fc.record({ address: fc.constantFrom("tu", "usted") }),
  terms: fc.record({ banned: terms }),
});
// Brand ids are unique within one document (definePolicy refuses duplicates).
const doc = fc.record({
  brands: fc.uniqueArray(brand, { maxLength: 3, selector: (b) => b.id }),
  crisisProtocols: terms,
});

describe("mergePolicyDocuments", () => {
  it("is idempotent: merging a document onto itself changes nothing but duplicate removal", () => {
    fc.assert(
      fc.property(doc, (d) => {
        const once = mergePolicyDocuments([d]);
        expect(mergePolicyDocuments([once, once])).toEqual(once);
      }),
    );
  });

  it("keeps every term of both sides (union) and lets the later scalar win", () => {
    fc.assert(
      fc.property(
        terms,
        terms,
        fc.constantFrom("tu", "usted"),
        fc.constantFrom("tu", "usted"),
        (a, b, v1, v2) => {
          const merged = mergePolicyDocuments([
            { brands: [{ id: "x", terms: { banned: a }, voice: { address: v1 } }] },
            { brands: [{ id: "x", terms: { banned: b }, voice: { address: v2 } }] },
          ]) as { brands: { terms: { banned: string[] }; voice: { address: string } }[] };
          expect(merged.brands).toHaveLength(1);
          expect(new Set(merged.brands[0]?.terms.banned)).toEqual(new Set([...a, ...b]));
          expect(merged.brands[0]?.voice.address).toBe(v2);
        },
      ),
    );
  });

  it("does not modify its inputs", () => {
    fc.assert(
      fc.property(doc, doc, (a, b) => {
        const before = JSON.stringify([a, b]);
        mergePolicyDocuments([a, b]);
        expect(JSON.stringify([a, b])).toBe(before);
      }),
    );
  });
});
