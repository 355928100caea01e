import { describe, expect, it } from "vitest";
import { feminineOf, inflectLike, inflectTerm, pluralOf } from "./inflect.js";

describe("Spanish inflection for term lists", () => {
  it.each([
    ["barato", ["baratos"]],
    ["promoción", ["promociones"]],
    ["luz", ["luces"]],
    ["examen", ["exámenes"]],
    ["crisis", ["crisis"]],
    ["autobús", ["autobuses"]],
    ["país", ["países"]],
    ["sofá", ["sofás"]],
    ["jabalí", ["jabalíes", "jabalís"]],
    ["ley", ["leyes"]],
    ["mes", ["meses"]],
  ])("plural of %s", (word, plural) => {
    expect(pluralOf(word)).toEqual(plural);
  });

  it("derives the feminine of masculine words only", () => {
    expect(feminineOf("barato")).toBe("barata");
    expect(feminineOf("trabajador")).toBe("trabajadora");
    expect(feminineOf("francés")).toBe("francesa");
    expect(feminineOf("casa")).toBeUndefined();
    expect(feminineOf("cliente")).toBeUndefined();
  });

  it("gives singular, plural and gender variants, phrases in number only", () => {
    expect(inflectTerm("barato").map((f) => f.form)).toEqual(["barato", "baratos", "barata", "baratas"]);
    expect(inflectTerm("precio bajo").map((f) => f.form)).toEqual(["precio bajo", "precios bajos"]);
    expect(inflectTerm("el cliente").map((f) => f.form)).toEqual(["el cliente", "los clientes"]);
  });

  it("inflects a replacement like the matched variant", () => {
    expect(inflectLike("incidencia", { plural: true, switchedGender: false })).toBe("incidencias");
    expect(inflectLike("cliente", { plural: true, switchedGender: true })).toBe("clientes");
  });
});
