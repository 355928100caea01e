import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { markupRanges, maskMarkup } from "./markup.js";

describe("maskMarkup", () => {
  it("blanks emphasis delimiters and keeps the words, in English and Spanish", () => {
    expect(maskMarkup("We will **refund you**")).toBe("We will   refund you  ");
    expect(maskMarkup("Le devolvemos _el importe_ hoy.")).toBe("Le devolvemos  el importe  hoy.");
    expect(maskMarkup("~~caro~~ barato")).toBe("  caro   barato");
  });

  it("keeps a star inside a word, so masked swear words stay visible", () => {
    expect(maskMarkup("f*ck this")).toBe("f*ck this");
    expect(maskMarkup("**f*ck**")).toBe("  f*ck  ");
    expect(maskMarkup("2 * 3 = 6")).toBe("2 * 3 = 6");
  });

  it("keeps a link's text and blanks its brackets and address", () => {
    expect(maskMarkup("Escríbanos [aquí](https://acme.es/ayuda).")).toBe(
      `Escríbanos  aquí${" ".repeat(24)}.`,
    );
  });

  it("blanks list bullets, headings and quote marks at the start of a line", () => {
    expect(maskMarkup("# Aviso\n- We'll refund you\n1. Sorry\n> quoted")).toBe(
      "  Aviso\n  We'll refund you\n   Sorry\n  quoted",
    );
  });

  it("leaves unpaired delimiters alone", () => {
    expect(maskMarkup("snake_case and *one star")).toBe("snake_case and *one star");
  });

  it("keeps the length, and offsets, of any text", () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom("*", "_", "~", "[", "]", "(", ")", "a", " ", "\n", "#", "-", "1", "."),
        }),
        (s) => {
          const masked = maskMarkup(s);
          expect(masked.length).toBe(s.length);
          for (const [a, b] of markupRanges(s)) expect(a < b && b <= s.length).toBe(true);
        },
      ),
    );
  });
});
