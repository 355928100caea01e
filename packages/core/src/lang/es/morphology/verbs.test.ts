import { describe, expect, it } from "vitest";
import { VERB_SLOTS } from "./slots.js";
import { foldSpanish, readEnclitic, verbTable } from "./verbs.js";

const t = verbTable();
const formOf = (infinitive: string, slot: (typeof VERB_SLOTS)[number]) =>
  t.form(t.infinitives.indexOf(infinitive), slot);

describe("verb table", () => {
  it("holds at least the 300 most frequent verbs, each with every slot", () => {
    expect(t.infinitives.length).toBeGreaterThanOrEqual(300);
    for (const v of [
      "ser",
      "estar",
      "tener",
      "hacer",
      "poder",
      "decir",
      "ir",
      "contactar",
      "escribir",
      "indicar",
    ])
      expect(t.infinitives).toContain(v);
    for (let i = 0; i < t.infinitives.length; i++)
      for (const slot of VERB_SLOTS)
        expect(t.form(i, slot).length, `${t.infinitives[i]} ${slot}`).toBeGreaterThan(0);
  });

  it.each([
    ["poder", "p2s", "puedes"],
    ["poder", "p3s", "puede"],
    ["tener", "i2s", "ten"],
    ["tener", "s3s", "tenga"],
    ["tener", "f2s", "tendrás"],
    ["decir", "i2s", "di"],
    ["decir", "s3s", "diga"],
    ["hacer", "t3s", "hizo"],
    ["pedir", "p2s", "pides"],
    ["seguir", "s3s", "siga"],
    ["conocer", "s3s", "conozca"],
    ["enviar", "p2s", "envías"],
    ["continuar", "s3s", "continúe"],
    ["construir", "p2s", "construyes"],
    ["elegir", "s3s", "elija"],
    ["jugar", "s3s", "juegue"],
    ["sentir", "s2p", "sintáis"],
    ["dormir", "t3s", "durmió"],
    ["leer", "t2s", "leíste"],
    ["mantener", "i2s", "mantén"],
    ["conducir", "t2s", "condujiste"],
    ["ir", "i2p", "id"],
    ["dar", "s3s", "dé"],
    ["contactar", "i2p", "contactad"],
    ["querer", "p2p", "queréis"],
    ["empezar", "s3s", "empiece"],
    ["averiguar", "s3s", "averigüe"],
    ["poder", "pv", "podés"],
  ] as const)("%s %s = %s", (verb, slot, form) => {
    expect(formOf(verb, slot)).toBe(form);
  });

  it("looks up forms as written and, without accents, folded", () => {
    expect(t.exact("puedes").map((r) => r.slot)).toContain("p2s");
    expect(t.folded("podrias").map((r) => r.slot)).toContain("c2s");
    expect(foldSpanish("Averigüé")).toBe("averigue");
  });
});

describe("readEnclitic", () => {
  it("reads imperatives with pronouns attached, with and without accents", () => {
    const read = (w: string) => readEnclitic(w).map((r) => `${t.infinitives[r.verb]}/${r.slot}+${r.clitics}`);
    expect(read("escríbenos")).toContain("escribir/i2s+nos");
    expect(read("escribanos")).toContain("escribir/s3s+nos");
    expect(read("dinos")).toContain("decir/i2s+nos");
    expect(read("díganos")).toContain("decir/s3s+nos");
    expect(read("contactadnos")).toContain("contactar/i2p+nos");
    expect(read("calmaos")).toContain("calmar/i2p+os");
    expect(read("dímelo")).toContain("decir/i2s+melo");
  });

  it("reads no verb in ordinary words", () => {
    for (const w of ["menos", "buenos", "hermanos", "todos", "hola", "cliente"])
      expect(readEnclitic(w)).toEqual([]);
  });

  it("round-trips every tú and usted imperative of the table with `nos`", () => {
    for (let v = 0; v < t.infinitives.length; v++) {
      for (const slot of ["i2s", "s3s"] as const) {
        const base = t.form(v, slot);
        const word = `${foldSpanish(base)}nos`;
        const found = readEnclitic(word).some((r) => r.verb === v && r.slot === slot);
        expect(found, `${t.infinitives[v]} ${slot} ${word}`).toBe(true);
      }
    }
  });
});
