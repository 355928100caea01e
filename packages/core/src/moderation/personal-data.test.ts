import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isValidCardNumber, isValidIban, isValidSpanishId } from "./checksums.js";
import { findPersonalData } from "./personal-data.js";

const kinds = (text: string) => findPersonalData(text).map((f) => f.kind);
const spans = (text: string) => findPersonalData(text).map((f) => text.slice(f.span.start, f.span.end));

describe("checksums", () => {
  it("verifies the DNI and NIE check letter", () => {
    expect(isValidSpanishId("12345678Z")).toBe(true);
    expect(isValidSpanishId("12.345.678-z")).toBe(true);
    expect(isValidSpanishId("12345678A")).toBe(false);
    expect(isValidSpanishId("X1234567L")).toBe(true);
    expect(isValidSpanishId("Y1234567X")).toBe(true);
    expect(isValidSpanishId("X1234567A")).toBe(false);
  });

  it("verifies IBAN mod-97 and country length", () => {
    expect(isValidIban("ES91 2100 0418 4502 0005 1332")).toBe(true);
    expect(isValidIban("GB82 WEST 1234 5698 7654 32")).toBe(true);
    expect(isValidIban("ES91 2100 0418 4502 0005 1333")).toBe(false);
    expect(isValidIban("ES91 2100 0418 4502 0005 133")).toBe(false);
  });

  it("verifies card numbers with Luhn and a known issuer", () => {
    expect(isValidCardNumber("4111 1111 1111 1111")).toBe(true);
    expect(isValidCardNumber("5555-5555-5555-4444")).toBe(true);
    expect(isValidCardNumber("4111 1111 1111 1112")).toBe(false);
    expect(isValidCardNumber("9111 1111 1111 1111")).toBe(false);
  });

  it("rejects a DNI whose letter is changed, for any number", () => {
    const letters = "TRWAGMYFPDXBNJZSQVHLCKE";
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 1, max: 22 }), (n, shift) => {
        const digits = String(n).padStart(8, "0");
        const right = letters[n % 23] ?? "";
        const wrong = letters[((n % 23) + shift) % 23] ?? "";
        expect(isValidSpanishId(digits + right)).toBe(true);
        expect(isValidSpanishId(digits + wrong)).toBe(false);
      }),
    );
  });
});

describe("findPersonalData", () => {
  it("finds Spanish phones with a cue or a phone format, with exact spans", () => {
    expect(spans("Llamadme al 612 345 678 que no contestáis")).toEqual(["612 345 678"]);
    expect(spans("Mi móvil: +34 655 44 33 22.")).toEqual(["+34 655 44 33 22"]);
    expect(kinds("Mi teléfono: 699112233")).toEqual(["phone"]);
  });

  it("finds English phones", () => {
    expect(spans("call me at (555) 201-3344 asap")).toEqual(["(555) 201-3344"]);
    expect(kinds("My number is 07700 900123")).toEqual(["phone"]);
  });

  it("does not take order, case or helpline numbers for phones", () => {
    expect(kinds("Mi pedido 612345678 no ha llegado")).toEqual([]);
    expect(kinds("Order #555123456 never arrived")).toEqual([]);
    expect(kinds("Case reference 2025551234, nobody called")).toEqual([]);
    expect(kinds("Llamé al 900 123 456 y nadie contesta")).toEqual([]);
    expect(kinds("I called 0800 123 4567, your helpline")).toEqual([]);
    expect(kinds("Llevo 3 semanas y pagué 1.299 euros")).toEqual([]);
  });

  it("finds DNI, NIE, IBAN and cards only when their checks pass", () => {
    expect(kinds("Mi DNI es 12345678Z")).toEqual(["national-id"]);
    expect(kinds("Mi DNI es 12345678A")).toEqual([]);
    expect(kinds("El modelo 12345678Z está roto")).toEqual([]);
    expect(spans("IBAN ES91 2100 0418 4502 0005 1332 para el reembolso")).toEqual([
      "ES91 2100 0418 4502 0005 1332",
    ]);
    expect(kinds("You charged my card 5555 5555 5555 4444 twice")).toEqual(["payment-card"]);
    expect(kinds("Card 4111 1111 1111 1112")).toEqual([]);
  });

  it("finds e-mails, also written out to evade filters", () => {
    expect(spans("escribidme a juan.perez@gmail.com ya")).toEqual(["juan.perez@gmail.com"]);
    expect(kinds("juanperez arroba gmail punto com")).toEqual(["email"]);
    expect(kinds("john (at) example (dot) com")).toEqual(["email"]);
    expect(kinds("We met @ the store")).toEqual([]);
  });

  it("finds home addresses, not a store's address", () => {
    expect(kinds("Vivo en Calle Mayor 12, 3ºB, Madrid")).toEqual(["street-address"]);
    expect(kinds("La tienda de Calle Mayor 12 está sucia")).toEqual([]);
    expect(kinds("I live at 221 Baker Street, London")).toEqual(["street-address"]);
    expect(kinds("Your store at 45 Oxford Street was filthy")).toEqual([]);
  });

  it("never echoes the data: excerpts are masked", () => {
    const text = "Mail maria.lopez82@gmail.com, tel 612 345 678, DNI 12345678Z, card 4111 1111 1111 1111";
    for (const f of findPersonalData(text)) {
      const raw = text.slice(f.span.start, f.span.end);
      expect(f.excerpt).not.toBe(raw);
      expect(f.excerpt).toContain("•");
    }
    expect(findPersonalData(text).map((f) => f.excerpt)).toEqual([
      "m•••@•••.com",
      "•••••••78",
      "••••••••Z",
      "••••••••••••1111",
    ]);
  });

  it("never throws and keeps spans inside the text, whatever the input", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        for (const f of findPersonalData(text)) {
          expect(f.span.start).toBeGreaterThanOrEqual(0);
          expect(f.span.end).toBeLessThanOrEqual(text.length);
          expect(f.span.start).toBeLessThan(f.span.end);
        }
      }),
    );
  });
});

describe("identity numbers and e-mails written the way people write them", () => {
  it("finds a CURP and a number named as an SSN or passport", () => {
    expect(kinds("La CURP de la cajera es PEGJ900512MDFRRN09, búsquenla")).toEqual(["national-id"]);
    expect(kinds("her social security number is 219-09-9999 lol")).toEqual(["national-id"]);
    expect(kinds("El número de pedido es 219-09-9999")).toEqual([]);
  });

  it("finds a DNI written digit by digit when its check letter holds", () => {
    expect(kinds("su DNI es 1 2 3 4 5 6 7 8-Z, cobradle a él")).toEqual(["national-id"]);
    expect(kinds("su DNI es 1 2 3 4 5 6 7 8-A, cobradle a él")).toEqual([]);
  });

  it("finds an address given as a name at a mail provider, not a mention of the provider", () => {
    expect(kinds("escribidle a maria.gil77 en hotmail y quejaos")).toEqual(["email"]);
    expect(kinds("his email is tom_b.1988 on gmail, go for it")).toEqual(["email"]);
    expect(kinds("escríbeme en gmail, que allí lo leo")).toEqual([]);
    expect(kinds("I reached them on gmail and got no answer")).toEqual([]);
  });
});
