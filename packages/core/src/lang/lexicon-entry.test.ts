import { describe, expect, it } from "vitest";
import { englishInsults } from "./en/lexicons/insults.js";
import { spanishInsults } from "./es/lexicons/insults.js";
import { combine, entryForms, expandLexicon } from "./lexicon-entry.js";

describe("lexicon entries", () => {
  it("inflects Spanish gender and number", () => {
    expect(entryForms({ term: "tonto", inflect: true }, "es")).toEqual([
      "tonto",
      "tonta",
      "tontos",
      "tontas",
    ]);
    expect(entryForms({ term: "cabrón", inflect: true }, "es")).toEqual([
      "cabrón",
      "cabrona",
      "cabrones",
      "cabronas",
    ]);
    expect(entryForms({ term: "imbécil", inflect: true }, "es")).toEqual(["imbécil", "imbéciles"]);
    expect(entryForms({ term: "idiota", inflect: true }, "es")).toEqual(["idiota", "idiotas"]);
  });

  it("inflects English plurals, and only the last word of a phrase", () => {
    expect(entryForms({ term: "idiot", inflect: true }, "en")).toEqual(["idiot", "idiots"]);
    expect(entryForms({ term: "crybaby", inflect: true }, "en")).toEqual(["crybaby", "crybabies"]);
    expect(entryForms({ term: "pedazo de burro", inflect: true }, "es")).toContain("pedazo de burras");
  });

  it("keeps variants and remembers the entry of every form", () => {
    const { forms, entryOf } = expandLexicon([{ term: "a" }, { term: "b", variants: ["c"] }], "en");
    expect(forms).toEqual(["a", "b", "c"]);
    expect(entryOf).toEqual([0, 1, 1]);
  });

  it("combines parts, skipping empty items", () => {
    expect(combine(["le", ""], ["damos", "daremos"])).toEqual(["le damos", "le daremos", "damos", "daremos"]);
  });

  it("ships no word with a known innocent sense in the insult lists", () => {
    const spanish = new Set(expandLexicon(spanishInsults, "es").forms);
    for (const innocent of [
      "pollo",
      "polla",
      "cojín",
      "concha",
      "coger",
      "computadora",
      "pinche",
      "pajero",
    ]) {
      expect(spanish.has(innocent), innocent).toBe(false);
    }
    const english = new Set(expandLexicon(englishInsults, "en").forms);
    for (const innocent of ["class", "essex", "assessment", "cock", "sex", "tit"]) {
      expect(english.has(innocent), innocent).toBe(false);
    }
  });
});
