import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeText } from "../text/normalize.js";
import { analyzeSentiment } from "./sentiment.js";

describe("analyzeSentiment", () => {
  it("labels Spanish complaints negative and praise positive", () => {
    expect(analyzeSentiment("El envío fue muy lento y nadie me responde", "es").label).toBe("negative");
    expect(analyzeSentiment("Qué chapuza de servicio, una vergüenza", "es").label).toBe("negative");
    expect(analyzeSentiment("Me encanta, muchas gracias por todo", "es").label).toBe("positive");
    expect(analyzeSentiment("¿Cuándo llega mi pedido?", "es").label).toBe("neutral");
  });

  it("labels English complaints negative and praise positive", () => {
    expect(analyzeSentiment("Worst service ever, total scam", "en").label).toBe("negative");
    expect(analyzeSentiment("Great product, thanks a lot!", "en").label).toBe("positive");
    expect(analyzeSentiment("Where is my order?", "en").label).toBe("neutral");
  });

  it("reads a colour as a colour, not as a slur, in both languages", () => {
    expect(analyzeSentiment("Quiero el modelo negro, no el azul", "es").label).toBe("neutral");
    expect(analyzeSentiment("El café negro de esta tienda me encanta", "es").label).toBe("positive");
    expect(analyzeSentiment("I want the black model, not the blue one", "en").label).toBe("neutral");
    expect(analyzeSentiment("Love the black coffee here", "en").label).toBe("positive");
  });

  it("flips negated words in both languages", () => {
    expect(analyzeSentiment("No me gusta nada", "es").label).toBe("negative");
    expect(analyzeSentiment("No está mal", "es").score).toBeGreaterThan(0);
    expect(analyzeSentiment("I don't like it", "en").label).toBe("negative");
    expect(analyzeSentiment("Not bad at all", "en").score).toBeGreaterThan(0);
    expect(analyzeSentiment("Nunca es bueno", "es").score).toBeLessThan(0);
  });

  it("stops negation at a clause boundary", () => {
    const s = analyzeSentiment("No. Es bueno", "es");
    expect(s.score).toBeGreaterThan(0);
  });

  it("strengthens intensified words", () => {
    const plain = analyzeSentiment("es malo", "es").score;
    const strong = analyzeSentiment("es muy malo", "es").score;
    expect(strong).toBeLessThan(plain);
    expect(analyzeSentiment("very bad", "en").score).toBeLessThan(analyzeSentiment("bad", "en").score);
  });

  it("weighs the clause after pero/but more", () => {
    expect(analyzeSentiment("El producto es bueno pero la atención es pésima", "es").label).toBe("negative");
    expect(analyzeSentiment("Shipping was slow but the product is excellent", "en").label).toBe("positive");
  });

  it("gives exact spans into the caller's text, also from a NormalizedText", () => {
    const text = "Qué TIMO, sois unos LADRONES";
    for (const input of [text, normalizeText(text)]) {
      const { hits } = analyzeSentiment(input, "es");
      expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(["TIMO", "LADRONES"]);
      expect(hits.map((h) => h.term)).toEqual(["timo", "ladrones"]);
    }
  });

  it("folds accents and curly apostrophes", () => {
    expect(analyzeSentiment("PÉSIMO", "es").hits[0]?.term).toBe("pesimo");
    expect(analyzeSentiment("I don’t love it", "en").score).toBeLessThan(0);
  });

  it("stays within -1..1 and labels consistently on any input", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }),
        fc.constantFrom("es" as const, "en" as const),
        (text, lang) => {
          const s = analyzeSentiment(text, lang);
          expect(s.score).toBeGreaterThanOrEqual(-1);
          expect(s.score).toBeLessThanOrEqual(1);
          if (s.label === "neutral") expect(Math.abs(s.score)).toBeLessThan(0.3);
          for (const hit of s.hits) {
            expect(hit.start).toBeGreaterThanOrEqual(0);
            expect(hit.end).toBeLessThanOrEqual(text.length);
            expect(hit.start).toBeLessThan(hit.end);
          }
        },
      ),
    );
  });
});
