import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldedWord } from "./folded-word.js";
import { normalizeText } from "./normalize.js";

describe("foldedWord", () => {
  it("folds Spanish and English words exactly as normalizeText does, first call and repeated", () => {
    for (const w of ["Nunca", "jamás", "ERES", "can't", "we’ll", "0tr0", "Ñandú", "tooooonto"]) {
      expect(foldedWord(w)).toBe(normalizeText(w).text);
      expect(foldedWord(w)).toBe(normalizeText(w).text);
    }
  });

  it("agrees with normalizeText on any short string (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (w) => {
        expect(foldedWord(w)).toBe(normalizeText(w).text);
      }),
      { numRuns: 300 },
    );
  });
});
