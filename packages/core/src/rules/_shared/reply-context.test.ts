import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { policyFor } from "../../testing/rule-fixtures.js";
import { allowedCategories, negatedBefore, quotedRanges, sentenceAt, wordsBefore } from "./reply-context.js";

describe("reply context", () => {
  it("finds quoted ranges in both languages, without taking apostrophes for quotes", () => {
    const es = "Usted dice «fue culpa vuestra» y lo revisamos.";
    const [range] = quotedRanges(es);
    expect(es.slice(range?.[0], range?.[1])).toBe("«fue culpa vuestra»");
    const en = "We're sorry you were called 'useless'; it's not okay.";
    expect(quotedRanges(en).map(([s, e]) => en.slice(s, e))).toEqual(["'useless'"]);
    expect(quotedRanges("You asked 'will you refund me?': noted.").length).toBe(1);
    expect(quotedRanges("We're here, it's fine, don't worry.")).toEqual([]);
  });

  it("knows the sentence around a phrase and whether it asks", () => {
    const text = "Gracias. ¿Fue culpa nuestra o del transportista? Lo miramos.";
    const at = text.indexOf("culpa");
    const s = sentenceAt(text, at, at + 5);
    expect(s.question).toBe(true);
    expect(sentenceAt("It was our fault. Sorry.", 3, 6).question).toBe(false);
  });

  it("reads the words before a phrase, folded, within its clause", () => {
    expect(wordsBefore("Eso NO es culpa nuestra", 10, 3)).toEqual(["eso", "no", "es"]);
    expect(wordsBefore("Sí, es culpa nuestra", 7, 5)).toEqual(["es"]);
  });

  it("spots negation in Spanish and English, but not across a conjunction", () => {
    expect(negatedBefore("No le devolveremos el importe", 3)).toBe(true);
    expect(negatedBefore("We can't refund you", 10)).toBe(true);
    const text = "No hay problema y le regalamos el envío";
    expect(negatedBefore(text, text.indexOf("le regalamos"))).toBe(false);
  });

  it("collects the categories of every known role of the author", () => {
    const policy = policyFor();
    expect([...allowedCategories(policy, ["agent", "legal"])].sort()).toEqual([
      "legal-statement",
      "official-statement",
    ]);
    expect(allowedCategories(policy, ["nobody"]).size).toBe(0);
  });

  it("never throws and returns ranges inside the text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (text) => {
        for (const [s, e] of quotedRanges(text)) {
          expect(s).toBeGreaterThanOrEqual(0);
          expect(e).toBeLessThanOrEqual(text.length);
        }
        const at = Math.floor(text.length / 2);
        const sentence = sentenceAt(text, at, at);
        expect(sentence.start).toBeLessThanOrEqual(at);
        expect(sentence.end).toBeLessThanOrEqual(text.length);
      }),
    );
  });
});
