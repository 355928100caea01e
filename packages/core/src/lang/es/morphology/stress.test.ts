import { describe, expect, it } from "vitest";
import { attachEnclitics, matchCase, stripAccents, syllableCount } from "./stress.js";

describe("attachEnclitics", () => {
  it.each([
    ["escribe", "nos", "escríbenos"],
    ["escriba", "nos", "escríbanos"],
    ["di", "nos", "dinos"],
    ["diga", "nos", "díganos"],
    ["llama", "me", "llámame"],
    ["llame", "me", "llámeme"],
    ["contacta", "nos", "contáctanos"],
    ["contacte", "nos", "contáctenos"],
    ["cuenta", "nos", "cuéntanos"],
    ["sigue", "nos", "síguenos"],
    ["envía", "nos", "envíanos"],
    ["dé", "me", "deme"],
    ["está", "te", "estate"],
    ["di", "melo", "dímelo"],
    ["calme", "se", "cálmese"],
    ["calmad", "os", "calmaos"],
    ["id", "os", "idos"],
    ["contactad", "nos", "contactadnos"],
    ["averigüe", "lo", "averígüelo"],
  ])("%s + %s → %s", (verb, clitics, expected) => {
    expect(attachEnclitics(verb, clitics)).toBe(expected);
  });

  it("keeps the capital of the first letter", () => {
    expect(attachEnclitics("Escribe", "nos")).toBe("Escríbenos");
  });
});

describe("stress helpers", () => {
  it("counts syllables with diphthongs and hiatus", () => {
    expect(syllableCount("guiais")).toBe(1);
    expect(syllableCount("leías")).toBe(3);
    expect(syllableCount("país")).toBe(2);
    expect(syllableCount("quiero")).toBe(2);
  });

  it("strips acute accents but keeps ñ", () => {
    expect(stripAccents("compañía está")).toBe("compañia esta");
  });

  it("copies case from a model word", () => {
    expect(matchCase("Puedes", "puede")).toBe("Puede");
    expect(matchCase("PUEDES", "puede")).toBe("PUEDE");
    expect(matchCase("puedes", "puede")).toBe("puede");
  });
});
