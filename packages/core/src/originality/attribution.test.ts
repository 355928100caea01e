import { describe, expect, it } from "vitest";
import { detectAttribution, findQuotations } from "./attribution.js";

const span = (text: string, part: string): [number, number] => {
  const at = text.indexOf(part);
  return [at, at + part.length];
};
const FRAG_ES = "la calidad nunca es un accidente sino el resultado del esfuerzo";
const FRAG_EN = "quality is never an accident but the result of effort";

describe("attribution of a borrowed fragment", () => {
  it("finds quotations in every common style and blockquotes", () => {
    expect(findQuotations('«uno» “dos” „tres“ "cuatro" ‘cinco’').map((q) => q.style)).toEqual([
      "guillemets",
      "curly-double",
      "low-high",
      "straight-double",
      "curly-single",
    ]);
    expect(findQuotations("Intro\n> line one\n> line two\nafter")).toEqual([
      { start: 6, end: 27, style: "blockquote" },
    ]);
    expect(findQuotations("It’s the brand’s day, isn’t it")).toEqual([]); // apostrophes are not quotes
  });

  it("accepts quoted and credited fragments in Spanish (name, marker, handle, link)", () => {
    const cases = [
      `Como escribió Ana Pérez: «${FRAG_ES}».`,
      `«${FRAG_ES}», según la autora.`,
      `Vía @anaperez: “${FRAG_ES}”.`,
      `“${FRAG_ES}” (https://blog.example/calidad)`,
      `> ${FRAG_ES}\n— Pérez`,
    ];
    for (const text of cases) {
      const [s, e] = span(text, FRAG_ES);
      const a = detectAttribution(text, s, e, { author: "Ana Pérez", url: "blog.example/calidad" });
      expect(a.attributed, text).toBe(true);
      expect(a.quote).not.toBeNull();
      expect(a.credit).not.toBeNull();
    }
  });

  it("accepts quoted and credited fragments in English (as X wrote, via, source:)", () => {
    for (const text of [
      `As Sam Lee once wrote, "${FRAG_EN}".`,
      `"${FRAG_EN}" via @samlee`,
      `‘${FRAG_EN}’ Source: the Acme blog.`,
    ]) {
      const [s, e] = span(text, FRAG_EN);
      expect(detectAttribution(text, s, e, { author: "Sam Lee" }).attributed, text).toBe(true);
    }
  });

  it("refuses a quote without credit and a credit without quote, reporting what it found", () => {
    const quoted = `Hoy os dejamos esta idea: «${FRAG_ES}».`;
    const a = detectAttribution(quoted, ...span(quoted, FRAG_ES), { author: "Ana Pérez" });
    expect(a).toMatchObject({ attributed: false, credit: null, quote: { style: "guillemets" } });
    const credited = `As Sam Lee wrote, ${FRAG_EN}.`;
    const b = detectAttribution(credited, ...span(credited, FRAG_EN), { author: "Sam Lee" });
    expect(b).toMatchObject({ attributed: false, quote: null, credit: { kind: "author", text: "Sam Lee" } });
  });

  it("does not take a credit written inside the quotation, nor the word source without a colon", () => {
    const text = `“${FRAG_EN}, says the open source community”`;
    const [s, e] = span(text, FRAG_EN);
    expect(detectAttribution(text, s, e, {}).attributed).toBe(false);
  });
});
