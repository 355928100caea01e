import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InputError } from "../model/errors.js";
import { createTextView } from "../text/text-view.js";
import { classifyComment, covers, withoutCovered } from "./classify.js";
import type { GroundFinding } from "./finding.js";
import { analyzeSentiment } from "./sentiment.js";

const es = (text: string, previous?: string[]) => classifyComment(text, "es", { previous }).groundsFound;
const en = (text: string, previous?: string[]) => classifyComment(text, "en", { previous }).groundsFound;

describe("classifyComment: legitimate criticism is never a ground", () => {
  it("keeps harsh Spanish criticism, swearing, sarcasm, caps, 1-star reviews and boycotts clean", () => {
    for (const text of [
      "Sois unos incompetentes y unos ladrones, me cobrasteis dos veces.",
      "Qué mierda de servicio, joder.",
      "Qué maravilla, otra semana sin luz. Gracias por tanto.",
      "DEVOLVEDME EL DINERO DE UNA VEZ",
      "⭐ Una estrella porque no se puede poner cero.",
      "Boicot a esta marca hasta que paguen a sus trabajadores.",
      "¿Me tomáis por idiota?",
      "Me cago en la leche, otra vez roto.",
    ]) {
      expect(es(text), text).toEqual([]);
    }
  });

  it("keeps harsh English criticism, swearing, sarcasm, caps, 1-star reviews and boycotts clean", () => {
    for (const text of [
      "You're useless and incompetent, you charged me twice.",
      "What a shitty service, for fuck's sake.",
      "Oh great, another week without power. Thanks so much.",
      "GIVE ME MY REFUND ALREADY",
      "One star because zero isn't an option.",
      "Boycott this brand until they pay their workers.",
      "Do you take me for an idiot?",
      "I'm an idiot for renewing with you.",
    ]) {
      expect(en(text), text).toEqual([]);
    }
  });
});

describe("classifyComment: grounds", () => {
  it("finds spam: scams, bots, offers with links, repeats", () => {
    expect(es("Gana dinero desde casa 👉 https://bit.ly/3xYz")).toEqual(["spam"]);
    expect(es("¡Sígueme y te sigo! Mira mi perfil")).toEqual(["spam"]);
    expect(en("Double your bitcoin now, send BTC to my wallet")).toEqual(["spam"]);
    expect(en("First!", ["First!", "First!"])).toEqual(["spam"]);
  });

  it("does not take a repeated complaint, a link to evidence or a crypto complaint for spam", () => {
    const complaint = "Still no answer about my refund. Disgraceful.";
    expect(en(complaint, [complaint, complaint])).toEqual([]);
    expect(es("Aquí tenéis la foto del producto roto: https://imgur.com/a/xyz ¿Ahora qué?")).toEqual([]);
    expect(en("I paid in bitcoin and the order never arrived. Scam.")).toEqual([]);
    expect(es("¿El sorteo de Instagram es real? Parece una estafa.")).toEqual([]);
  });

  it("finds harassment aimed at a person, through leetspeak and homoglyphs", () => {
    expect(es("Eres un gilipollas")).toEqual(["harassment"]);
    expect(es("Eres un 1d10t4")).toEqual(["harassment"]);
    expect(es("Eres un payaso")).toEqual(["harassment"]);
    expect(es("El payaso del anuncio da miedo")).toEqual([]);
    expect(en("You're an idiot")).toEqual(["harassment"]);
    expect(en("You're such an іdіot")).toEqual(["harassment"]);
    expect(en("The clown in your ad scares my kid")).toEqual([]);
  });

  it("finds hate: slurs and attacks on protected groups, not mentions of them", () => {
    expect(es("Los inmigrantes son ratas")).toEqual(["hate"]);
    expect(es("Fuera los moros de España")).toEqual(["hate"]);
    expect(es("Vuestro anuncio sobre los inmigrantes es vergonzoso")).toEqual([]);
    expect(en("Immigrants are vermin")).toEqual(["hate"]);
    expect(en("As a Muslim customer I felt excluded")).toEqual([]);
  });

  it("finds threats against people, not idioms", () => {
    expect(es("Te voy a matar")).toEqual(["threat"]);
    expect(es("Voy a matar al encargado")).toEqual(["threat"]);
    expect(es("Hay que matar el tiempo en la cola")).toEqual([]);
    expect(es("Con este precio nos vais a matar a todos de hambre")).toEqual([]);
    expect(en("I know where you live")).toEqual(["threat"]);
    expect(en("Kill the lights when you leave")).toEqual([]);
    expect(en("We'll shoot you an email")).toEqual([]);
    expect(en("This wait is killing me")).toEqual([]);
  });

  it("finds sexual content, not complaints about it", () => {
    expect(es("Pásame nudes, guapa")).toEqual(["sexual"]);
    expect(es("Denuncio acoso sexual de un encargado")).toEqual([]);
    expect(en("Send nudes")).toEqual(["sexual"]);
    expect(en("I'm reporting sexual harassment by a manager")).toEqual([]);
  });

  it("finds illegal offers, not mentions", () => {
    expect(es("Vendo cocaína, envío discreto")).toEqual(["illegal"]);
    expect(es("El anuncio de la cocaína era de mal gusto")).toEqual([]);
    expect(es("¿Tenéis pistolas de agua disponibles?")).toEqual([]);
    expect(en("Selling fake IDs, DM me")).toEqual(["illegal"]);
    expect(en("Your ad joking about cocaine was tasteless")).toEqual([]);
  });

  it("gives exact spans into the caller's text and masks personal data", () => {
    const text = "Hola, escribidme a ana@correo.es";
    const [f] = classifyComment(text, "es").grounds;
    expect(f?.ground).toBe("personal-data");
    expect(text.slice(f?.span.start, f?.span.end)).toBe("ana@correo.es");
    expect(f?.excerpt).toBe("a•••@•••.es");
  });

  it("accepts a TextView and reports the sentiment as evidence", () => {
    const result = classifyComment(createTextView("Pésimo servicio, no vuelvo"), "es");
    expect(result.grounds).toEqual([]);
    expect(result.sentiment.label).toBe("negative");
  });

  it("never throws and keeps every span inside the text", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }),
        fc.constantFrom("es" as const, "en" as const),
        (text, lang) => {
          const result = classifyComment(text, lang, { previous: [text] });
          for (const f of result.grounds) {
            expect(f.span.start).toBeGreaterThanOrEqual(0);
            expect(f.span.end).toBeLessThanOrEqual(text.length);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("classifyComment and analyzeSentiment: bad input", () => {
  it("throws a typed InputError instead of crashing", () => {
    const call = (text: unknown, lang: unknown) => () => classifyComment(text as string, lang as "es");
    expect(call(undefined, "es")).toThrow(InputError);
    expect(call("hola", "fr")).toThrow(InputError);
    try {
      analyzeSentiment(42 as unknown as string, "en");
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).issues[0]?.pathText).toBe("text");
    }
    expect(() => analyzeSentiment(42 as unknown as string, "en")).toThrow(InputError);
  });
});

describe("classifyComment: covered findings (property)", () => {
  const ground = fc.constantFrom("hate", "harassment", "spam", "personal-data");
  const finding = fc
    .record({ ground, start: fc.integer({ min: 0, max: 12 }), length: fc.integer({ min: 0, max: 6 }) })
    .map(
      ({ ground: g, start, length }): GroundFinding => ({
        ground: g as GroundFinding["ground"],
        kind: "phone",
        span: { start, end: start + length },
        excerpt: "",
        matched: [],
      }),
    );

  it("drops the same findings in one pass as the pairwise definition", () => {
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 30 }), (found) => {
        const sorted = [...found].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
        const pairwise = sorted.filter((f, i) => !sorted.some((g, j) => j !== i && covers(g, f, j < i)));
        expect(withoutCovered(sorted)).toEqual(pairwise);
      }),
      { numRuns: 500 },
    );
  });
});

describe("scorn for a business, not abuse of a person", () => {
  const grounds = (text: string, lang: "es" | "en") => classifyComment(text, lang).groundsFound;

  it("reads plural or collective scorn with nobody named as criticism", () => {
    expect(grounds("Me habéis cobrado el envío dos veces. Sois unos ratas.", "es")).toEqual([]);
    expect(grounds("Third price rise this year. Bunch of cowboys.", "en")).toEqual([]);
  });

  it("keeps abuse, and scorn at a named person, as harassment", () => {
    expect(grounds("Sois unos hijos de puta.", "es")).toContain("harassment");
    expect(grounds("@marta_chispa eres una payasa", "es")).toContain("harassment");
    expect(grounds("You're all a bunch of assholes.", "en")).toContain("harassment");
  });
});
