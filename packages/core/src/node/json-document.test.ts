import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseJsonDocument } from "./json-document.js";

describe("parseJsonDocument", () => {
  it("reads what JSON.parse reads, the same value", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value, null, 1);
        const read = parseJsonDocument(text);
        expect(read.ok).toBe(true);
        if (read.ok) expect(read.document.value).toEqual(JSON.parse(text));
      }),
    );
  });

  it("refuses what JSON.parse refuses, with a line and column", () => {
    for (const bad of ["{", '{"a":1,}', "[1,]", "01", '"\\x"', "tru", "{} x", '"a\nb"', "", "1.", "-"]) {
      const read = parseJsonDocument(bad);
      expect(() => JSON.parse(bad)).toThrow();
      expect(read.ok, bad).toBe(false);
      if (!read.ok) expect(read.problem.line).toBeGreaterThanOrEqual(1);
    }
  });

  it("keeps a __proto__ key as an own key", () => {
    const read = parseJsonDocument('{"__proto__": {"polluted": true}}');
    expect(read.ok && Object.hasOwn(read.document.value as object, "__proto__")).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("refuses nesting deeper than its limit instead of overflowing the stack", () => {
    const read = parseJsonDocument(`${"[".repeat(100_000)}${"]".repeat(100_000)}`);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problem.code).toBe("too_deep");
  });

  it("maps offsets of a string with escapes back to the document, in Spanish and English texts", () => {
    for (const text of ['Caf\u00e9 "OK" por\nfavor ÉXITO', "Line one\\ntwo: FAIL \u{1F600} here"]) {
      const line = JSON.stringify({ id: 1, text });
      const read = parseJsonDocument(line);
      if (!read.ok) throw new Error("not read");
      for (const word of ["ÉXITO", "FAIL", "OK", "here"]) {
        const at = text.indexOf(word);
        if (at === -1) continue;
        const raw = read.document.sourceOffset(["text"], at) as number;
        expect(line.slice(raw, raw + word.length)).toBe(word);
      }
      const escaped = line.replace("é", "\\u00e9");
      const again = parseJsonDocument(escaped);
      if (again.ok && text.includes("ÉXITO")) {
        const raw = again.document.sourceOffset(["text"], text.indexOf("ÉXITO")) as number;
        expect(escaped.slice(raw, raw + 5)).toBe("ÉXITO");
      }
    }
  });
});
