import { describe, expect, it } from "vitest";
import { applyFirstFixes, checkPost, checkReply, excerpts } from "../../testing/rule-fixtures.js";
import { formalityRule } from "./formality.js";

const es = (text: string, brand = "acme-es") => checkReply(formalityRule, { brand, text });

describe("voice/formality in Spanish, usted brand", () => {
  it("flags tú pronouns, possessives, verbs and imperatives with enclitics", () => {
    const v = es("Hola, ¿puedes escribirnos? Escríbenos y te ayudamos con tu pedido.");
    expect(excerpts(v)).toEqual(["puedes", "Escríbenos", "te", "tu"]);
    expect(v.every((x) => x.severity === "error")).toBe(true);
    expect(v[0]?.message).toBe("«puedes» trata al lector de tú; esta marca usa usted.");
  });

  it("offers the usted form as a fix with exact spans", () => {
    const text = "Dinos tu número y te llamamos. Cuéntanos qué pasó; no dudes en escribirnos.";
    const v = es(text);
    expect(applyFirstFixes(text, v)).toBe(
      "Díganos su número y le llamamos. Cuéntenos qué pasó; no dude en escribirnos.",
    );
  });

  it("does not fire on usted text, nouns that look like verbs, or su/le alone", () => {
    expect(es("Escríbanos por mensaje privado y le ayudamos con su pedido.")).toEqual([]);
    expect(es("Las cuentas y las entregas de esta semana van con retraso; pedimos disculpas.")).toEqual([]);
    expect(es("El técnico habló con su vecino y le dejó el aviso.")).toEqual([]);
    expect(
      es("Correos confirma que el paquete está en la oficina; el tomate no venía en el pedido."),
    ).toEqual([]);
  });

  it("skips quoted customer words and mentions of the pronouns", () => {
    expect(es("Nos escribió «¿me puedes ayudar?» y le respondimos.")).toEqual([]);
    expect(es('La palabra "tú" no aparece en nuestras respuestas.')).toEqual([]);
    expect(es("En esta marca tratamos a todos de usted; preferimos no hablar de tú a tú.")).toEqual([]);
  });

  it("checks quoted words too when checkQuotes is on", () => {
    const v = checkReply(
      formalityRule,
      { text: "Nos escribió «¿me puedes ayudar?»." },
      { options: { checkQuotes: true } },
    );
    expect(excerpts(v)).toEqual(["puedes"]);
  });

  it("flags vosotros for a brand whose plural is ustedes, with a fix", () => {
    const text = "Contactadnos cuando queráis.";
    const v = es(text, "acme-mx");
    expect(excerpts(v)).toEqual(["Contactadnos", "queráis"]);
    expect(applyFirstFixes(text, v)).toBe("Contáctennos cuando quieran.");
  });

  it("checks posts as well as replies", () => {
    expect(
      excerpts(checkPost(formalityRule, { text: "¡Descubre nuestra nueva estufa! Te va a encantar." })),
    ).toEqual(["Te"]);
  });
});

describe("voice/formality in Spanish, tú brand", () => {
  it("flags usted pronouns, formal imperatives and «le informamos»", () => {
    const text = "Díganos su número. Disculpe las molestias. Le informamos de que usted puede cambiarlo.";
    const v = es(text, "acme-tu");
    expect(excerpts(v)).toEqual(["Díganos", "Disculpe", "Le", "usted"]);
    expect(v[0]?.suggestions?.[0]?.edits).toEqual([{ start: 0, end: 7, text: "Dinos" }]);
  });

  it("in es-ES uses vosotros for the plural, so ustedes is flagged; in es-MX it is not", () => {
    expect(excerpts(es("Ustedes pueden pasar por la tienda.", "acme-tu"))).toEqual(["Ustedes"]);
    const mx = checkReply(
      formalityRule,
      { brand: "mx-tu", text: "Ustedes pueden pasar por la tienda; les esperamos." },
      {
        policy: { brands: [{ id: "mx-tu", name: "MX", locale: "es-MX" as const, voice: { address: "tu" } }] },
      },
    );
    expect(mx).toEqual([]);
  });

  it("follows an explicit pluralAddress and the vosotrosLocales option", () => {
    const policy = {
      brands: [
        {
          id: "ar",
          name: "AR",
          locale: "es-AR" as const,
          voice: { address: "tu" as const, pluralAddress: "vosotros" as const },
        },
      ],
    };
    expect(
      excerpts(checkReply(formalityRule, { brand: "ar", text: "Ustedes pueden escribirnos." }, { policy })),
    ).toEqual(["Ustedes"]);
    const byOption = checkReply(
      formalityRule,
      { brand: "acme-tu", text: "Os esperamos." },
      { options: { vosotrosLocales: [] } },
    );
    expect(excerpts(byOption)).toEqual(["Os"]);
  });

  it("does not read interjections or third persons as usted", () => {
    expect(
      es("Vaya, qué mala suerte. Sea como sea, lo solucionamos. Su pedido sale hoy.", "acme-tu"),
    ).toEqual([]);
  });
});

describe("voice/formality in English", () => {
  const en = (text: string, brand = "acme-en") =>
    checkReply(formalityRule, { brand, text, locale: "en-GB" as const });

  it("flags contractions and slang against a formal voice, with fixes", () => {
    const text = "We’ll check it, don't worry lol.";
    const v = en(text);
    expect(excerpts(v)).toEqual(["We’ll", "don't", "lol"]);
    expect(v.map((x) => x.messageId)).toEqual(["contraction", "contraction", "slang"]);
    expect(applyFirstFixes(text, v)).toBe("We will check it, do not worry lol.");
  });

  it("leaves possessives, names, look-alike words and quotes alone", () => {
    expect(
      en("The customer's order and Sainsbury's stock; Mr O'Brien, Imogen and the Heywood store."),
    ).toEqual([]);
    expect(en('You wrote "don\'t bother", and we understand.')).toEqual([]);
  });

  it("does not check a casual voice", () => {
    expect(checkReply(formalityRule, { brand: "acme-us", text: "We'll check it, don't worry!" })).toEqual([]);
  });

  it("takes extra informal words and allowed ones from the options", () => {
    const v = checkReply(
      formalityRule,
      { brand: "acme-en", text: "Let's fix it, mate." },
      { options: { extraInformal: ["mate"], allowInformal: ["let's"] } },
    );
    expect(excerpts(v)).toEqual(["mate"]);
  });
});
