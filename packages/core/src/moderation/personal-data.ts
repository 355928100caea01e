import type { Span } from "../engine/violation.js";
import { isValidCardNumber, isValidIban, isValidSpanishId } from "./checksums.js";
import { type FindingKind, finding, type GroundFinding } from "./finding.js";

// Every regex here is fixed and linear: bounded repetitions, no nested unbounded quantifiers.
const PHONE_LIKE = /(?:\+|\()?\b\d[\d \t.\-()]{6,22}\d/g;
const SPANISH_ID = /\b(?:[XYZxyz][ -]?)?\d{1,2}\.?\d{3}\.?\d{3}[ -]?[A-Za-z]\b/g;
const IBAN_LIKE = /\b[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]{4}){2,7}(?: ?[A-Za-z0-9]{1,3})?\b/g;
const CARD_LIKE = /\b\d(?:[ -]?\d){12,18}\b/g;
const OBFUSCATED_EMAIL =
  /\b[a-z0-9._+-]{2,64} ?(?:\(at\)|\[at\]|\{at\}| at |\(arroba\)|\[arroba\]| arroba |@) ?[a-z0-9-]{2,63} ?(?:\(dot\)|\[dot\]|\{dot\}| dot | punto |\(punto\)|\[punto\]|\.) ?(?:com|es|net|org|mx|co|io|eu|info|me|ar|cl|uk|us)\b/gi;
const SPANISH_STREET =
  /\b(?:c\/|calle|avda\.?|avenida|av\.|plaza|pza\.?|paseo|camino|carretera|ctra\.?|ronda|traves[ií]a|urbanizaci[oó]n|urb\.) ?(?:del? |de la |de los |de las )?[\p{L}][\p{L}.'-]{0,30}(?: [\p{L}][\p{L}.'-]{0,30}){0,3},? ?(?:n[º°o]\.? ?)?\d{1,4}\b/giu;
const ENGLISH_STREET =
  /\b\d{1,5}[a-z]? (?:[\p{L}][\p{L}.'-]{0,30} ){1,3}(?:street|st|avenue|ave|road|rd|lane|ln|drive|dr|boulevard|blvd|court|ct|close|crescent|way|place|terrace|grove)\b\.?/giu;
const DWELLING_AFTER =
  /^,? ?(?:\d{1,2} ?[º°ª] ?[a-z]?\b|\d{1,2}[º°ª]|piso|puerta|pta|bajo|esc\.?|escalera|portal|dcha|izda|apt|apartment|flat|unit|#\d)/i;

/** Words before a number that make it an order, invoice, product or case number rather than personal data. */
const REFERENCE_CUE =
  /(?:pedido|order|orden|n[º°]|no\.|#|ref|referencia|factura|invoice|tracking|seguimiento|env[ií]o|ticket|c[oó]digo|code|sku|modelo|model|localizador|expediente|cliente|customer|account|cuenta|incidencia|case|caso|serie|serial|lote|batch|albar[aá]n|reserva|booking|part|pieza|producto|product|item|art[ií]culo)\W{0,4}(?:\w+\W{1,3}){0,2}$/i;
const PHONE_CUE =
  /(?:tel[eé]fono|tel\.?|tlf\.?|tfno\.?|m[oó]vil|celular|cel\.?|phone|mobile|cell|llam[ae]\w*|call|text|whats?app|wasap|wassap|telegram|contact\w*|n[uú]mero|number)\W{0,4}(?:\w+\W{1,3}){0,3}$/i;
const RESIDENCE_CUE =
  /(?:vivo en|vive en|viven en|vivimos en|mi direcci[oó]n|su direcci[oó]n|direcci[oó]n es|domicilio|su casa (?:est[aá]|es)|i live (?:at|on)|lives? (?:at|on)|my address|his address|her address|their address|home address|address is)\W{0,6}(?:\w+\W{1,3}){0,3}$/i;

const before = (source: string, at: number, width: number): string => source.slice(Math.max(0, at - width), at);

const overlaps = (spans: readonly Span[], s: Span): boolean => spans.some((o) => s.start < o.end && o.start < s.end);

/** Finds personal data in a comment: e-mails, phones, Spanish DNI/NIE, IBANs, payment cards, home addresses. */
export function findPersonalData(source: string): GroundFinding[] {
  const out: GroundFinding[] = [];
  const taken: Span[] = [];
  const add = (kind: FindingKind, span: Span, check: string): void => {
    if (overlaps(taken, span)) return;
    taken.push(span);
    out.push(finding("personal-data", kind, source, span, [check]));
  };

  for (const span of findEmails(source)) add("email", span, "email");
  for (const m of source.matchAll(OBFUSCATED_EMAIL)) add("email", spanOf(m), "obfuscated-email");

  for (const m of source.matchAll(IBAN_LIKE)) {
    const length = validIbanPrefix(m[0]);
    if (length > 0) add("iban", { start: m.index, end: m.index + length }, "iban-mod-97");
  }
  for (const m of source.matchAll(CARD_LIKE)) {
    if (isValidCardNumber(m[0]) && !REFERENCE_CUE.test(before(source, m.index, 40))) add("payment-card", spanOf(m), "luhn");
  }
  for (const m of source.matchAll(SPANISH_ID)) {
    if (isValidSpanishId(m[0]) && !REFERENCE_CUE.test(before(source, m.index, 40))) {
      add("national-id", spanOf(m), "dni-check-letter");
    }
  }
  for (const m of source.matchAll(PHONE_LIKE)) {
    const check = phoneCheck(source, m[0], m.index);
    if (check !== undefined) add("phone", spanOf(m), check);
  }
  for (const re of [SPANISH_STREET, ENGLISH_STREET]) {
    for (const m of source.matchAll(re)) {
      const span = spanOf(m);
      const residence = RESIDENCE_CUE.test(before(source, span.start, 60));
      const dwelling = DWELLING_AFTER.test(source.slice(span.end, span.end + 16));
      if (residence || dwelling) add("street-address", span, residence ? "residence-cue" : "dwelling-unit");
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** Length of the longest prefix of `raw` (cut at a space) that is a valid IBAN, or 0: `ES91 … 1332 para`. */
function validIbanPrefix(raw: string): number {
  for (let end = raw.length; end >= 15; end = raw.lastIndexOf(" ", end - 1)) {
    if (isValidIban(raw.slice(0, end))) return end;
  }
  return 0;
}

function spanOf(m: RegExpMatchArray): Span {
  const start = m.index ?? 0;
  return { start, end: start + m[0].length };
}

function findEmails(source: string): Span[] {
  const spans: Span[] = [];
  const local = /[A-Za-z0-9._%+-]/;
  const domain = /[A-Za-z0-9.-]/;
  for (let at = source.indexOf("@"); at !== -1; at = source.indexOf("@", at + 1)) {
    let s = at;
    while (s > 0 && at - s < 64 && local.test(source[s - 1] ?? "")) s--;
    let e = at + 1;
    while (e < source.length && e - at < 255 && domain.test(source[e] ?? "")) e++;
    while (e > at + 1 && (source[e - 1] === "." || source[e - 1] === "-")) e--;
    const host = source.slice(at + 1, e);
    const dot = host.lastIndexOf(".");
    if (s === at || dot <= 0 || !/^[A-Za-z]{2,24}$/.test(host.slice(dot + 1))) continue;
    spans.push({ start: s, end: e });
  }
  return spans;
}

/** Returns why a digit run is a phone number, or undefined when it is not one (or is a reference). */
function phoneCheck(source: string, raw: string, at: number): string | undefined {
  if (/[()]/.test(raw) && !/^\+?\d{0,3}[ .-]?\(\d{1,4}\)/.test(raw)) return undefined;
  const digits = raw.replace(/\D/g, "");
  const context = before(source, at, 40);
  if (REFERENCE_CUE.test(context)) return undefined;
  const international = raw.startsWith("+") || raw.startsWith("00");
  if (international) {
    const n = raw.startsWith("00") ? digits.length - 2 : digits.length;
    return n >= 9 && n <= 15 ? "international-prefix" : undefined;
  }
  const cue = PHONE_CUE.test(context);
  const grouped = /^\d{2,4}(?:[ .-]\d{2,4}){2,4}$/.test(raw) || /^\(\d{3}\) ?\d{3}[ .-]\d{4}$/.test(raw);
  const spanish = digits.length === 9 && /^[6-9]/.test(digits);
  const spanishMobile = digits.length === 9 && /^[67]/.test(digits);
  const northAmerican = (digits.length === 10 && /^[2-9]/.test(digits)) || (digits.length === 11 && digits.startsWith("1"));
  if (!spanish && !northAmerican) return undefined;
  if (cue) return "phone-cue";
  if (grouped && (spanishMobile || northAmerican)) return "phone-format";
  return undefined;
}
