import { describe, expect, it } from "vitest";
import type { CategorizedEntry } from "../../lang/lexicon-entry.js";
import { expandVerbTemplates, verbForms, withVerbForms } from "./verb-forms.js";

describe("Spanish verb templates of the reply lexicons", () => {
  it("expands a first-person promise into future, present, periphrastic future and perfect", () => {
    expect(verbForms("we", "devolver")).toEqual([
      "devolveremos",
      "devolvemos",
      "vamos a devolver",
      "hemos devuelto",
    ]);
  });

  it("takes irregular futures from the conjugation table", () => {
    expect(verbForms("we", "hacer")).toContain("haremos");
    expect(verbForms("we", "reponer")).toEqual(
      expect.arrayContaining(["repondremos", "reponemos", "hemos repuesto"]),
    );
    expect(verbForms("you", "tener")).toEqual(["tendrá", "tendrás"]);
  });

  it("conjugates a regular verb the table does not hold", () => {
    expect(verbForms("we", "reintegrar")).toEqual([
      "reintegraremos",
      "reintegramos",
      "vamos a reintegrar",
      "hemos reintegrado",
    ]);
  });

  it("builds the impersonal with the reader and the infinitive with an enclitic", () => {
    expect(verbForms("se", "abonar")).toEqual(
      expect.arrayContaining(["se le abonará", "se te abona", "se les va a abonar"]),
    );
    expect(verbForms("infcl", "devolver")).toEqual(expect.arrayContaining(["devolverle", "devolverselo"]));
  });

  it("expands every template of a term and leaves other terms alone", () => {
    expect(expandVerbTemplates("le <we:abonar> el importe")).toContain("le abonaremos el importe");
    expect(expandVerbTemplates("<you:recibir> <you:tener>")).toHaveLength(4);
    expect(expandVerbTemplates("we'll refund you")).toEqual(["we'll refund you"]);
  });

  it("keeps an entry's category and variants when its term is expanded", () => {
    const entries: CategorizedEntry<"refund">[] = [
      { term: "le <we:devolver> el dinero", category: "refund", variants: ["te <we:devolver> el dinero"] },
      { term: "reembolso", category: "refund" },
    ];
    const out = withVerbForms(entries);
    expect(out).toHaveLength(5);
    expect(out.every((e) => e.category === "refund" && !e.term.includes("<"))).toBe(true);
    expect(out[0]?.variants).toContain("te vamos a devolver el dinero");
    expect(out[1]?.variants).toBeUndefined();
    expect(out[4]).toBe(entries[1]);
  });
});
