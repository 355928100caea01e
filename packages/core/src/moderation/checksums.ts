const DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

/**
 * Whether a Spanish DNI (`12345678Z`) or NIE (`X1234567L`) has the right check letter.
 * Separators (spaces, dots, dashes) are ignored; case is not significant.
 *
 * @example
 * ```ts
 * import { isValidSpanishId } from "@normas/core";
 *
 * isValidSpanishId("12345678Z"); // true
 * isValidSpanishId("12345678A"); // false: the letter does not match
 * ```
 */
export function isValidSpanishId(value: string): boolean {
  const id = value.replace(/[\s.-]/g, "").toUpperCase();
  const match = /^([XYZ]?)(\d{7,8})([A-Z])$/.exec(id);
  if (match === null) return false;
  const [, prefix = "", digits = "", letter] = match;
  if (prefix === "" && digits.length !== 8) return false;
  if (prefix !== "" && digits.length !== 7) return false;
  const lead = prefix === "" ? "" : String("XYZ".indexOf(prefix));
  const number = Number(lead + digits);
  return DNI_LETTERS[number % 23] === letter;
}

/** Lengths of IBANs by country (the ones a Spanish or English-speaking community sees most). */
const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24,
  AT: 20,
  BE: 16,
  BG: 22,
  CH: 21,
  CY: 28,
  CZ: 24,
  DE: 22,
  DK: 18,
  EE: 20,
  ES: 24,
  FI: 18,
  FR: 27,
  GB: 22,
  GI: 23,
  GR: 27,
  HR: 21,
  HU: 28,
  IE: 22,
  IS: 26,
  IT: 27,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  MC: 27,
  MT: 31,
  NL: 18,
  NO: 15,
  PL: 28,
  PT: 25,
  RO: 24,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
  BR: 29,
  CR: 22,
  DO: 28,
  GT: 28,
  SA: 24,
  AE: 23,
};

/**
 * Whether an IBAN is well formed: known country length and ISO 13616 mod-97 check digits.
 * Spaces are ignored; case is not significant.
 *
 * @example
 * ```ts
 * import { isValidIban } from "@normas/core";
 *
 * isValidIban("ES91 2100 0418 4502 0005 1332"); // true
 * ```
 */
export function isValidIban(value: string): boolean {
  const iban = value.replace(/\s/g, "").toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) return false;
  const expected = IBAN_LENGTHS[iban.slice(0, 2)];
  if (expected === undefined || iban.length !== expected) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    const digits = code >= 65 ? String(code - 55) : ch;
    for (const d of digits) remainder = (remainder * 10 + (d.charCodeAt(0) - 48)) % 97;
  }
  return remainder === 1;
}

/**
 * Whether a payment card number passes the Luhn check and has a known issuer prefix and length
 * (Visa, Mastercard, American Express, Discover, Diners, JCB, UnionPay, Maestro). Spaces and dashes are ignored.
 *
 * @example
 * ```ts
 * import { isValidCardNumber } from "@normas/core";
 *
 * isValidCardNumber("4111 1111 1111 1111"); // true
 * isValidCardNumber("4111 1111 1111 1112"); // false
 * ```
 */
export function isValidCardNumber(value: string): boolean {
  const digits = value.replace(/[\s-]/g, "");
  if (!/^\d{13,19}$/.test(digits) || !knownIssuer(digits)) return false;
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

function knownIssuer(d: string): boolean {
  const n = d.length;
  const p2 = Number(d.slice(0, 2));
  const p4 = Number(d.slice(0, 4));
  if (d.startsWith("4")) return n === 13 || n === 16 || n === 19;
  if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) return n === 16;
  if (p2 === 34 || p2 === 37) return n === 15;
  if (p4 === 6011 || p2 === 65) return n >= 16;
  if (p2 === 36 || p2 === 38 || p2 === 30) return n >= 14;
  if (p2 === 35) return n >= 16;
  if (p2 === 62) return n >= 16;
  if (p2 === 50 || (p2 >= 56 && p2 <= 69)) return n >= 12;
  return false;
}
