import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countGraphemes, findEmoji, graphemePrefixCounts } from "./graphemes.js";

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });
const reference = (s: string): number => [...segmenter.segment(s)].length;
const slices = (s: string): string[] => findEmoji(s).map((e) => s.slice(e.start, e.end));

describe("findEmoji", () => {
  it("finds emoji in a Spanish and an English reply, one span per visible emoji", () => {
    expect(slices("¡Gracias! 🙏🏽 Os esperamos 🇪🇸❤️")).toEqual(["🙏🏽", "🇪🇸", "❤️"]);
    expect(slices("Thanks 👨‍👩‍👧‍👦 and 🏴󠁧󠁢󠁳󠁣󠁴󠁿 1️⃣ #️⃣")).toEqual(["👨‍👩‍👧‍👦", "🏴󠁧󠁢󠁳󠁣󠁴󠁿", "1️⃣", "#️⃣"]);
  });

  it("ignores text-style symbols unless they ask for emoji presentation", () => {
    expect(slices("© 2024 Acme™ ©️")).toEqual(["©️"]);
    expect(slices("hola 123 #tag")).toEqual([]);
  });
});

describe("countGraphemes", () => {
  it("counts user-perceived characters in Spanish and English", () => {
    expect(countGraphemes("Olé 👍🏽")).toBe(5);
    expect(countGraphemes("cafe\u0301")).toBe(4);
    expect(countGraphemes("Family: 👨‍👩‍👧 🇬🇧\r\n")).toBe(12);
    expect(countGraphemes("hello")).toBe(5);
  });

  it("agrees with Intl.Segmenter on Latin, marks, emoji sequences, flags and Hangul (property)", () => {
    const parts = [
      "a",
      "ñ",
      "e\u0301",
      "\u0301",
      " ",
      "\r",
      "\n",
      "\r\n",
      "👍",
      "🏽",
      "\u200d",
      "❤",
      "\ufe0f",
      "👨",
      "👩",
      "🇪",
      "🇸",
      "🇲",
      "1",
      "\u20e3",
      "한",
      "\u1100",
      "\u1161",
      "\u11a8",
      "日",
      "\t",
      "\u200b",
      "🏴",
      "\u{e0067}",
      "\u{e007f}",
      "©",
      "\u00ad",
      "¿",
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 25 }), (a) => {
        const s = a.join("");
        expect(countGraphemes(s)).toBe(reference(s));
      }),
      { numRuns: 1000 },
    );
  });

  it("never throws and stays within the code-unit length on any input, lone surrogates included", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 40 }), (units) => {
        const s = String.fromCharCode(...units);
        const n = countGraphemes(s);
        expect(n).toBeLessThanOrEqual(s.length);
        expect(n === 0).toBe(s.length === 0);
        for (const e of findEmoji(s)) expect(e.end).toBeLessThanOrEqual(s.length);
      }),
      { numRuns: 500 },
    );
  });

  it("uses Intl.Segmenter when asked for an exact count (Indic conjuncts)", () => {
    expect(countGraphemes("नमस्ते", { exact: true })).toBe(reference("नमस्ते"));
  });

  it("counts every prefix in one pass exactly as countGraphemes counts each slice (property)", () => {
    const parts = ["a", "ñ", "e\u0301", " ", "\r\n", "👍🏽", "👨‍👩‍👧", "🇪🇸", "1️⃣", "한", "\ud83d", "©\u200d"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 20 }), fc.nat(), (a, cut) => {
        const s = a.join("");
        const from = s.length === 0 ? 0 : cut % s.length;
        const out = new Int32Array(s.length + 1);
        const total = graphemePrefixCounts(s, from, s.length, out, 7);
        expect(total).toBe(7 + countGraphemes(s.slice(from)));
        for (let k = from + 1; k <= s.length; k++) expect(out[k]).toBe(7 + countGraphemes(s.slice(from, k)));
      }),
      { numRuns: 500 },
    );
  });
});
