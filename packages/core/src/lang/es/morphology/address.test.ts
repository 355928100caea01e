import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tokenize } from "../../../text/tokenize.js";
import { type AddressCue, addressCuesExcept, findAddressCues } from "./address.js";
import type { Address } from "./pronouns.js";

const cues = (text: string): string[] =>
  findAddressCues(text, tokenize(text)).map((c: AddressCue) => `${c.word}:${c.addresses.join("/")}`);

describe("findAddressCues", () => {
  it("finds tú, usted, vosotros and ustedes marks", () => {
    expect(cues("¿Puedes escribirnos? Te ayudamos con tu pedido.")).toEqual(["Puedes:tu", "Te:tu", "tu:tu"]);
    expect(cues("Díganos su número; usted decide.")).toEqual(["Díganos:usted", "usted:usted"]);
    expect(cues("Os esperamos; vuestro pedido está listo, contactadnos.")).toEqual([
      "Os:vosotros",
      "vuestro:vosotros",
      "contactadnos:vosotros",
    ]);
    expect(cues("Ustedes pueden escribirnos. Contáctennos.")).toEqual([
      "Ustedes:ustedes",
      "Contáctennos:ustedes",
    ]);
  });

  it("reads clause-initial formal imperatives but not interjections", () => {
    expect(cues("Disculpe las molestias. No dude en escribirnos. Que tenga un buen día.")).toEqual([
      "Disculpe:usted",
      "dude:usted",
      "tenga:usted",
    ]);
    expect(cues("Vaya, lo sentimos. Sea como sea, entre semana abrimos.")).toEqual([]);
  });

  it("ignores su/le alone, nouns shaped like verbs and mentions", () => {
    expect(cues("El técnico habló con su vecino y le dejó el aviso.")).toEqual([]);
    expect(cues("Las cuentas, las compras y las entregas van bien; pedimos disculpas.")).toEqual([]);
    expect(cues("Tratamos a todos de usted; el tú lo reservamos para amigos.")).toEqual([]);
  });

  it("gives the other register's form as replacement", () => {
    const text = "Cuéntanos si puedes venir.";
    expect(findAddressCues(text, tokenize(text)).map((c) => c.replacement)).toEqual(["Cuéntenos", "puede"]);
    const clitics = "Te lo enviamos hoy; no te preocupes y te llamamos.";
    expect(findAddressCues(clitics, tokenize(clitics)).map((c) => c.replacement)).toEqual([
      "Se",
      "se",
      "preocupe",
      "le",
    ]);
  });

  it("never throws and keeps spans inside the text (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        for (const c of findAddressCues(text, tokenize(text))) {
          expect(c.start).toBeGreaterThanOrEqual(0);
          expect(c.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(c.start, c.end)).toBe(c.word);
        }
      }),
    );
  });

  it("leaves out exactly the cues of the accepted forms of address when asked (property)", () => {
    const words = [
      "Puedes",
      "puede",
      "te",
      "le",
      "usted",
      "Escríbenos",
      "escríbanos",
      "Disculpe",
      "Os",
      "vuestro",
      "Ustedes",
      "Contáctennos",
      "no",
      "dude",
      "Haz",
      "clic",
      "Pulsa",
      "aquí",
      "tu",
      "pedido",
      "su",
      ".",
      ",",
      "¿",
      "?",
    ];
    const all: Address[] = ["tu", "usted", "vosotros", "ustedes"];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...words), { maxLength: 30 }),
        fc.subarray(all),
        (parts, accepted) => {
          const text = parts.join(" ");
          const set = new Set(accepted);
          const expected = findAddressCues(text, tokenize(text)).filter(
            (c) => !c.addresses.some((a) => set.has(a)),
          );
          expect(addressCuesExcept(text, tokenize(text), set)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
