import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type NormalizedText, type NormalizeOptions, normalizeText, toSourceSpan } from "./normalize.js";

const fold = (s: string, options?: NormalizeOptions): string => normalizeText(s, options).text;

// Characters that exercise every step: ASCII, leet symbols, accents (precomposed and combining),
// homoglyphs, fullwidth, ligatures, zero-width and bidi controls, emoji, lone surrogate halves.
const interesting = [
  ..."aAbBeEiIlLoOsStTnNñÑáÉüçß",
  ..."0123457@$!*#.,- ",
  "\u0301",
  "\u0308",
  "\u0327",
  "а",
  "е",
  "о",
  "ѕ",
  "Α",
  "ο",
  "ρ",
  "ı",
  "İ",
  "Ａ",
  "ｓ",
  "ﬁ",
  "½",
  "²",
  "\u200b",
  "\u200d",
  "\u202e",
  "\u2066",
  "\ufeff",
  "\u00ad",
  "\ufe0f",
  "😀",
  "👍🏽",
  "🇪🇸",
  "\ud83d",
  "\ude00",
  "日",
  "한",
  "\u1100",
  "\u1161",
  "न",
  "\u094d",
];
const textArb = fc.oneof(
  fc.array(fc.constantFrom(...interesting), { maxLength: 40 }).map((a) => a.join("")),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 20 }).map((a) => String.fromCharCode(...a)),
);
const optionsArb: fc.Arbitrary<NormalizeOptions> = fc.record({
  caseFold: fc.boolean(),
  foldDiacritics: fc.boolean(),
  stripInvisible: fc.boolean(),
  foldConfusables: fc.boolean(),
  foldLeet: fc.boolean(),
  squeezeRepeats: fc.boolean(),
});
const only = (step: keyof NormalizeOptions): NormalizeOptions => ({
  caseFold: false,
  foldDiacritics: false,
  stripInvisible: false,
  foldConfusables: false,
  foldLeet: false,
  squeezeRepeats: false,
  [step]: true,
});
const STEPS: (keyof NormalizeOptions)[] = [
  "caseFold",
  "foldDiacritics",
  "stripInvisible",
  "foldConfusables",
  "foldLeet",
  "squeezeRepeats",
];

function checkMap(n: NormalizedText): void {
  const { source, text, starts, ends } = n;
  expect(starts.length).toBe(text.length + 1);
  expect(ends.length).toBe(text.length + 1);
  expect(starts[text.length]).toBe(source.length);
  for (let i = 0; i < text.length; i++) {
    const s = starts[i]!;
    const e = ends[i]!;
    expect(s).toBeLessThan(e);
    expect(e).toBeLessThanOrEqual(source.length);
    if (i > 0) {
      expect(s).toBeGreaterThanOrEqual(starts[i - 1]!);
      expect(e).toBeGreaterThanOrEqual(ends[i - 1]!);
    }
    // Never inside a surrogate pair.
    const lo = source.charCodeAt(s);
    const hi = source.charCodeAt(s - 1);
    expect(lo >= 0xdc00 && lo <= 0xdfff && hi >= 0xd800 && hi <= 0xdbff).toBe(false);
  }
}

describe("normalizeText: each step", () => {
  it("folds case, accents and ñ in Spanish for matching", () => {
    expect(fold("¡MUCHÍSIMAS GRACIAS, Señora Núñez!")).toBe("¡muchisimas gracias, senora nunez!");
    expect(fold("ÁÉÍÓÚ", only("foldDiacritics"))).toBe("AEIOU");
    expect(fold("ÁÉÍÓÚ", only("caseFold"))).toBe("áéíóú");
  });

  it("folds case in English, with full case folding of ß and final sigma", () => {
    expect(fold("THANK You", only("caseFold"))).toBe("thank you");
    expect(fold("Straße", only("caseFold"))).toBe("strasse");
    expect(fold("ΟΔΟΣ", only("caseFold"))).toBe(fold("οδος", only("caseFold")));
  });

  it("applies NFKC: fullwidth, ligatures, mathematical letters, superscripts", () => {
    expect(fold("ＦＵＣＫ")).toBe("fuck");
    expect(fold("ﬁesta")).toBe("fiesta");
    expect(fold("𝐩𝐮𝐭𝐚")).toBe("puta");
  });

  it("composes a letter with a combining accent as one character when accents are kept", () => {
    const n = normalizeText("cafe\u0301", { foldDiacritics: false });
    expect(n.text).toBe("café");
    expect(toSourceSpan(n, 3, 4)).toEqual({ start: 3, end: 5 });
    expect(fold("cafe\u0301")).toBe("cafe");
  });

  it("removes zero-width and bidi controls, but keeps them when asked", () => {
    expect(fold("id\u200Bio\u200Dta \u202Ehola\u202C \u2066x\u2069 so\u00ADft")).toBe("idiota hola x soft");
    expect(fold("a\u200Bb", { stripInvisible: false })).toBe("a\u200Bb");
  });

  it("folds Cyrillic and Greek homoglyphs to Latin, upper and lower case alike", () => {
    expect(fold("ѕhit")).toBe("shit");
    expect(fold("ΡΕNDЕJO")).toBe("pendejo"); // Greek Ρ Ε, Cyrillic Е
    expect(fold("реndејо")).toBe(fold("РЕNDЕЈО"));
    expect(fold("ѕhit", { foldConfusables: false })).toBe("ѕhit");
    expect(fold("ТОNТО", { caseFold: false })).toBe("TONTO");
  });

  it("folds leetspeak only inside words that hold a letter", () => {
    expect(fold("h0l4 1d10t4 p3nd3j0")).toBe("hola idiota pendejo");
    expect(fold("$hit put@ @sshole")).toBe("shit puta @sshole");
    expect(fold("pedido 2024 nº 15 a las 7")).toBe("pedido 2024 no 15 a las 7");
    expect(fold("order #4521 ships in 3 days, $100")).toBe("order #4521 ships in 3 days, $100");
    expect(fold("covid19 y 2024abc y 1000cosas")).toBe("covid19 y 2024abc y 1000cosas");
    expect(fold("5h17 pu74")).toBe("shit puta");
  });

  it("keeps mentions and e-mail addresses", () => {
    expect(fold("@maria gracias")).toBe("@maria gracias");
    expect(fold("escribe a ana@acme.es")).toBe("escribe a ana@acme.es");
  });

  it("leaves `*` and `!` for the term matcher", () => {
    expect(fold("f*ck m!erda")).toBe("f*ck m!erda");
  });

  it("squeezes letters repeated three or more times, keeps double letters", () => {
    expect(fold("tooooonto holaaaa")).toBe("tonto hola");
    expect(fold("cooperar llamar perro accion leer")).toBe("cooperar llamar perro accion leer");
    expect(fold("sooo goooood")).toBe("so god");
    expect(fold("100000 !!!!")).toBe("100000 !!!!");
    const n = normalizeText("nooo");
    expect(n.text).toBe("no");
    expect(toSourceSpan(n, 1, 2)).toEqual({ start: 1, end: 4 });
  });

  it("maps spans back to the caller's offsets through every step", () => {
    const source = "¡Qué ΡΕNDЕJ0, 👍🏽 id\u200Biota!";
    const n = normalizeText(source);
    expect(n.text).toBe("¡que pendejo, 👍🏽 idiota!");
    const at = n.text.indexOf("idiota");
    const span = toSourceSpan(n, at, at + 6);
    expect(source.slice(span.start, span.end)).toBe("id\u200Biota");
    const p = n.text.indexOf("pendejo");
    const ps = toSourceSpan(n, p, p + 7);
    expect(source.slice(ps.start, ps.end)).toBe("ΡΕNDЕJ0");
  });

  it("returns the source itself when nothing changes", () => {
    const s = "hola que tal";
    expect(normalizeText(s).text).toBe(s);
    expect(normalizeText("").text).toBe("");
  });

  // Linear time on long and hostile texts is checked by `pnpm stress`, not here.
  it("maps the end of a long text to the end of its source", () => {
    const big = "Hola, ¿qué tal? 👍🏽 h0l4 ".repeat(500);
    const n = normalizeText(big);
    expect(n.starts[n.text.length]).toBe(big.length);
  });
});

describe("normalizeText: properties", () => {
  it("offsets always map inside the source, monotonically (all steps)", () => {
    fc.assert(
      fc.property(textArb, (s) => {
        checkMap(normalizeText(s));
      }),
      { numRuns: 400 },
    );
  });

  it("offsets map inside the source and folding is idempotent for every step alone", () => {
    for (const step of STEPS) {
      fc.assert(
        fc.property(textArb, (s) => {
          const once = normalizeText(s, only(step));
          checkMap(once);
          expect(normalizeText(once.text, only(step)).text).toBe(once.text);
        }),
        { numRuns: 150 },
      );
    }
  });

  it("folding is idempotent for any combination of options", () => {
    fc.assert(
      fc.property(textArb, optionsArb, (s, options) => {
        const once = normalizeText(s, options).text;
        expect(normalizeText(once, options).text).toBe(once);
      }),
      { numRuns: 400 },
    );
  });

  it("never throws on lone surrogates", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0xd800, max: 0xdfff }), { maxLength: 10 }),
        fc.string(),
        (units, tail) => {
          const s = String.fromCharCode(...units) + tail;
          checkMap(normalizeText(s));
        },
      ),
    );
  });
});
