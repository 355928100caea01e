import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkReply } from "../../testing/rule-fixtures.js";
import { insultRule } from "./insult.js";

const es = (text: string, options?: Record<string, unknown>) =>
  checkReply(insultRule, { brand: "acme-tu", text }, options === undefined ? {} : { options });
const en = (text: string) => checkReply(insultRule, { brand: "acme-us", text });

describe("respect/insult", () => {
  it("reports a Spanish insult with its span and a removal fix", () => {
    const text = "Mira, eres un idiota si no sabes abrirlo.";
    const [v, ...rest] = es(text);
    expect(rest).toHaveLength(0);
    expect(v?.span).toEqual({ start: 14, end: 20 });
    expect(v?.excerpt).toBe("idiota");
    expect(v?.suggestions?.[0]?.edits[0]).toEqual({ start: 14, end: 21, text: "" });
  });

  it("reports an English insult", () => {
    const [v] = en("Read the manual, dumbass.");
    expect(v?.excerpt).toBe("dumbass");
  });

  it("sees through leetspeak, missing accents, zero-width characters and homoglyphs", () => {
    expect(es("Pues nada, g1l1p0ll4s.")).toHaveLength(1);
    expect(es("Eres un imbecil.")).toHaveLength(1);
    expect(en("You are such an id\u200biot.")).toHaveLength(1);
    expect(en("You're an \u0456diot.")).toHaveLength(1);
  });

  it("reports censored spellings such as f*ck and c*brón, with the span of the masked word", () => {
    const [v] = en("You're a f*cking joke.");
    expect(v?.excerpt).toBe("f*cking");
    expect(es("No seas c*brón.")[0]?.excerpt).toBe("c*brón");
  });

  it("reports words with innocent senses only when aimed at a person", () => {
    expect(es("Eres un payaso.")).toHaveLength(1);
    expect(es("El payaso del circo saluda a los niños.")).toHaveLength(0);
    expect(en("You're pathetic.")).toHaveLength(1);
    expect(en("It's a pathetic fallacy in the poem.")).toHaveLength(0);
  });

  it("does not fire on Scunthorpe words or innocent senses", () => {
    for (const text of [
      "Our class in Essex starts with an assessment.",
      "Scunthorpe, Sussex, cocktail, Dickens.",
    ]) {
      expect(en(text)).toHaveLength(0);
    }
    for (const text of [
      "El pollo asado y el cojín llegan mañana.",
      "Su computadora está lista.",
      "Puede coger el autobús.",
    ]) {
      expect(es(text)).toHaveLength(0);
    }
  });

  it("ignores the customer's words in quotation marks, unless asked to check them", () => {
    const text = "Sentimos que le llamaran «idiota» en tienda.";
    expect(es(text)).toHaveLength(0);
    expect(es(text, { checkQuotes: true })).toHaveLength(1);
    expect(en("Sorry you were called 'useless' in store.")).toHaveLength(0);
  });

  it("skips allowed terms", () => {
    expect(es("Eres un payaso.", { allow: ["payaso"] })).toHaveLength(0);
  });

  it("never throws and keeps spans inside the text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (tail) => {
        const text = `eres un idiota ${tail} f*ck`;
        for (const v of es(text)) {
          expect(v.span!.start).toBeGreaterThanOrEqual(0);
          expect(v.span!.end).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("reads a call to the reader and insults of third parties; a negation denies only what it predicates", () => {
    expect(es("Burro, lo que se dice burro, es usted.").map((v) => v.excerpt)).toContain("Burro");
    expect(en("Look, dumbo, the lime one is the green can.").map((v) => v.excerpt)).toEqual(["dumbo"]);
    expect(es("No le hagas caso a ese tarado, solo viene a trollear.").map((v) => v.excerpt)).toEqual([
      "tarado",
    ]);
    expect(en("Please don't test it in the bath like the last plonker who asked.")).toHaveLength(1);
    expect(es("Nadie te va a decir menso por no saber usar la app.")).toHaveLength(0);
    expect(en("No, you're definitely not an idiot.")).toHaveLength(0);
    expect(es("No hay preguntas idiotas.")).toHaveLength(0);
    expect(en("Burro, the new flavour, is back.")).toHaveLength(0);
  });
});

describe("respect/insult: exclamations and regional insults read after blind batch 8", () => {
  it("reads an exclamation about the reader that ends its clause", () => {
    expect(es("¡Qué naco!")).toHaveLength(1);
    expect(es("Qué gonorrea de persona, parce.")).toHaveLength(1);
    expect(en("What a loser lol")).toHaveLength(1);
    expect(en("What a drongo.")).toHaveLength(1);
  });

  it("leaves exclamations about oneself or a thing, and innocent senses, alone", () => {
    expect(es("¡Qué torpe soy, se me olvidó adjuntarlo!")).toEqual([]);
    expect(en("What a clown I am, forgot the link!")).toEqual([]);
    expect(es("El borde de la lata venía afilado; se lo cambiamos hoy.")).toEqual([]);
    expect(en("What a clown costume! Glad your son liked it.")).toEqual([]);
    expect(en("A galah sat on the delivery van all morning, apparently.")).toEqual([]);
  });

  it("reads Irish, Australian and Colombian insults aimed at the reader", () => {
    expect(en("Ah you're some eejit.")).toHaveLength(1);
    expect(en("Stop crying, you galah.")).toHaveLength(1);
    expect(es("Usted es un malparido.")).toHaveLength(1);
  });
});
