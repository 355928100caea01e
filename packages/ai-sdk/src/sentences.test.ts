import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { SentenceScanner } from "./sentences.js";

/** Sentences of `text` fed in `pieces` (each piece appended before asking), and the rest. */
function split(pieces: readonly string[], maxLength?: number): string[] {
  const scanner = new SentenceScanner(maxLength);
  const out: string[] = [];
  let buffer = "";
  for (const piece of pieces) {
    buffer += piece;
    let from = 0;
    for (let end = scanner.next(buffer); end !== -1; end = scanner.next(buffer)) {
      out.push(buffer.slice(from, end));
      from = end;
    }
    buffer = buffer.slice(from);
    scanner.shift(from);
  }
  if (buffer !== "") out.push(buffer);
  return out;
}

describe("sentence ends", () => {
  test.each([
    [
      "English",
      "We are sorry. Could you write to us? Thanks!",
      ["We are sorry.", " Could you write to us?", " Thanks!"],
    ],
    [
      "Spanish",
      "Sentimos el retraso. ¿Puede escribirnos? ¡Gracias!",
      ["Sentimos el retraso.", " ¿Puede escribirnos?", " ¡Gracias!"],
    ],
    ["closing quotes", "Dijo «ya llega». Y no llegó.", ["Dijo «ya llega».", " Y no llegó."]],
    ["emphasis closing", "**We are sorry.** Write to us.", ["**We are sorry.**", " Write to us."]],
    ["ellipsis", "Vaya… Lo sentimos.", ["Vaya…", " Lo sentimos."]],
    ["several marks", "Really?! Yes.", ["Really?!", " Yes."]],
    ["line breaks", "- Item one\n- Item two", ["- Item one\n", "- Item two"]],
  ])("%s", (_name, text, expected) => {
    expect(split([text])).toEqual(expected);
  });

  test.each([
    [
      "Spanish titles",
      "El Sr. García y la Dra. Ruiz le escribirán. Gracias.",
      ["El Sr. García y la Dra. Ruiz le escribirán.", " Gracias."],
    ],
    ["English titles", "Mr. Smith will call. Thanks.", ["Mr. Smith will call.", " Thanks."]],
    ["initials", "J. R. R. Tolkien wrote it. Yes.", ["J. R. R. Tolkien wrote it.", " Yes."]],
    [
      "decimals and domains",
      "It costs 3.5 euros at acme.example today. Yes.",
      ["It costs 3.5 euros at acme.example today.", " Yes."],
    ],
    ["list numbers", "1. Send us the order.\n2. Wait.", ["1. Send us the order.", "\n", "2. Wait."]],
    ["e.g.", "Use a code, e.g. A-17. Thanks.", ["Use a code, e.g. A-17.", " Thanks."]],
    ["a long word before the stop", "Sentimos el retraso. Gracias.", ["Sentimos el retraso.", " Gracias."]],
  ])("no end inside %s", (_name, text, expected) => {
    expect(split([text])).toEqual(expected);
  });

  test("a run-on text is cut at a space once it passes the limit", () => {
    const text = `${"palabra ".repeat(30)}fin`;
    const parts = split([text], 50);
    expect(parts.join("")).toBe(text);
    expect(parts.length).toBeGreaterThan(3);
    for (const p of parts.slice(0, -1)) expect(p.length).toBeLessThanOrEqual(60);
  });

  test("the same sentences whatever the size of the pieces", () => {
    const text =
      "Sentimos el retraso, Sr. Gómez. ¿Puede enviarnos el número? We are sorry… Could you write to us?! «Sí». 3.5 euros.\n- Uno\n- Dos. ^AG";
    const whole = split([text]);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: text.length }), { maxLength: 12 }), (cuts) => {
        const points = [...new Set(cuts)].sort((a, b) => a - b);
        const pieces: string[] = [];
        let at = 0;
        for (const p of points) {
          pieces.push(text.slice(at, p));
          at = p;
        }
        pieces.push(text.slice(at));
        expect(split(pieces)).toEqual(whole);
      }),
    );
  });
});

describe("text without an end", () => {
  test("is cut at twice the limit, never inside a surrogate pair", () => {
    const text = `https://acme.example/${"a".repeat(120)}😀${"b".repeat(100)}`;
    const parts = split(chunkedBy(text, 3), 50);
    expect(parts.join("")).toBe(text);
    for (const p of parts.slice(0, -1)) expect(p.length).toBeLessThanOrEqual(101);
    for (const p of parts) {
      expect(p.charCodeAt(0) >= 0xdc00 && p.charCodeAt(0) <= 0xdfff).toBe(false);
    }
    expect(split([".".repeat(250)], 50).length).toBeGreaterThan(2);
  });
});

function chunkedBy(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}
