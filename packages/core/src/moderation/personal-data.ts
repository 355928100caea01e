import type { Span } from "../model/violation.js";
import { isValidCardNumber, isValidIban, isValidSpanishId } from "./checksums.js";
import { type FindingKind, finding, type GroundFinding } from "./finding.js";

// Every regex here is fixed and linear: bounded repetitions, no nested unbounded quantifiers.
const PHONE_LIKE = /(?:\+|\()?\b\d[\d \t.\-()]{6,22}\d/g;
const SPANISH_ID = /\b(?:[XYZxyz][ -]?)?\d{1,2}\.?\d{3}\.?\d{3}[ -]?[A-Za-z]\b/g;
const IBAN_LIKE = /\b[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]{4}){2,7}(?: ?[A-Za-z0-9]{1,3})?\b/g;
const CARD_LIKE = /\b\d(?:[ -]?\d){12,18}\b/g;
const SPANISH_STREET =
  /\b(?:c\/|calle|avda\.?|avenida|av\.|plaza|pza\.?|paseo|camino|carretera|ctra\.?|ronda|traves[ií]a|urbanizaci[oó]n|urb\.) ?(?:del? |de la |de los |de las )?[\p{L}][\p{L}.'-]{0,30}(?: [\p{L}][\p{L}.'-]{0,30}){0,3},? ?(?:n[º°o]\.? ?)?\d{1,4}\b/giu;
// English addresses are found from the street type backwards (`221 Baker Street`): the type words are rare, so
// the number-and-name pattern runs on a short slice only.
const ENGLISH_STREET_TYPE =
  /\b(?:street|st|avenue|ave|road|rd|lane|ln|drive|dr|boulevard|blvd|court|ct|close|crescent|way|place|terrace|grove)\b\.?/gi;
const ENGLISH_STREET_HEAD = /\b\d{1,5}[a-z]? (?:[\p{L}][\p{L}.'-]{0,30} ){1,3}$/iu;
const DWELLING_AFTER =
  /^,? ?(?:\d{1,2} ?[º°ª] ?[a-z]?\b|\d{1,2}[º°ª]|piso|puerta|pta|bajo|esc\.?|escalera|portal|dcha|izda|apt|apartment|flat|unit|#\d)/i;

/** Words before a number that make it an order, invoice, product or case number rather than personal data. */
const REFERENCE_CUE =
  /(?:pedido|order|orden|n[º°]|no\.|#|ref|referencia|factura|invoice|tracking|seguimiento|env[ií]o|ticket|c[oó]digo|code|sku|modelo|model|localizador|expediente|cliente|customer|account|cuenta|incidencia|case|caso|serie|serial|lote|batch|albar[aá]n|reserva|booking|part|pieza|producto|product|item|art[ií]culo)\W{0,4}(?:\w+\W{1,3}){0,2}$/i;
const PHONE_CUE =
  /(?:tel[eé]fono|tel\.?|tlf\.?|tfno\.?|m[oó]vil|celular|cel\.?|phone|mobile|cell|ll[aá]m\S*|call|ring|text|whats?app|wasap|wassap|telegram|contact\w*|n[uú]mero|number)\W{0,4}(?:\w+\W{1,3}){0,3}$/i;
const RESIDENCE_CUE =
  /(?:vivo en|vive en|viven en|vivimos en|mi direcci[oó]n|su direcci[oó]n|direcci[oó]n es|domicilio|su casa (?:est[aá]|es)|i live (?:at|on)|lives? (?:at|on)|my address|his address|her address|their address|home address|address is)\W{0,6}(?:\w+\W{1,3}){0,3}$/i;

// Cheap gates: an address only counts with a residence cue or a flat or floor designator; an obfuscated e-mail
// is found from its separator (`arroba`, `(at)`, ` at `) outwards instead of trying a pattern at every word.
const ADDRESS_HINT =
  /viv[eoi]|direcci|domicilio|casa|live|address|home|[º°ª]|piso|puerta|bajo|esc|portal|dcha|izda|apt|flat|unit|#\d/i;
const STREET_HINT =
  /calle|c\/|avd|avenida|av\.|plaza|pza|paseo|camino|carretera|ctra|ronda|traves|urbaniz|urb\./i;
const EMAIL_SEPARATOR = /\(at\)|\[at\]|\{at\}| at |\(arroba\)|\[arroba\]| arroba /gi;
const EMAIL_LOCAL_BEFORE = /[a-z0-9._+-]{2,64} ?$/i;
const EMAIL_DOMAIN_AFTER =
  /^ ?[a-z0-9-]{2,63} ?(?:\(dot\)|\[dot\]|\{dot\}| dot | punto |\(punto\)|\[punto\]|\.) ?(?:com|es|net|org|mx|co|io|eu|info|me|ar|cl|uk|us)\b/i;

// An e-mail address given as a name at a provider (`ana.lopez90 en hotmail`, `kim.l.1990 on gmail`): the name must
// hold a dot, digit or underscore, so `escríbeme en gmail` is not one.
const MAIL_PROVIDER = /gmail|hotmail|yahoo|outlook|icloud|protonmail/i;
const EMAIL_AT_PROVIDER =
  /(?<![\p{L}\d._+-])[a-z0-9._+-]{2,64} (?:en|on|at|in|de) (?:gmail|hotmail|yahoo|outlook|icloud|protonmail)\b/giu;
// An identity document number right after its name (`su DNI es 4 5 6 7 8 9 1 2-K`, `SSN is 078-05-1120`,
// `CURP: GORM800312HDFNZR05`): with the name before it, the check letter is not needed.
const ID_CUE =
  /(?:\bdni|\bnie|\bnif|\bcurp|\bssn|social security(?: number)?|seguro social|pasaporte|passport(?: number)?)\W{0,4}(?:(?:es|is|no|n[º°]|number|n[uú]mero|:)\W{0,3}){0,2}$/i;
const ID_DIGITS = /\b\d(?:[ .-]?\d){7,11}(?:[ -]?[A-Za-z]\b)?/g;
const CURP = /\b[A-Z]{4}\d{6}[HM][A-Z]{5}[A-Z0-9]\d\b/gi;

function countDigits(source: string): number {
  let n = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

const before = (source: string, at: number, width: number): string =>
  source.slice(Math.max(0, at - width), at);

/**
 * Disjoint spans kept in order of start, so that "does this overlap one of them" is a binary search instead of a
 * scan of every span found so far (a comment of 10,000 DNIs made that scan quadratic).
 */
class DisjointSpans {
  private readonly spans: Span[] = [];

  /** Adds `s` unless it overlaps a span already held; says whether it was added. */
  tryAdd(s: Span): boolean {
    const spans = this.spans;
    // The last held span that starts before `s` ends: held spans are disjoint, so it is the only one that can
    // reach into `s` (every earlier one ends before it starts).
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((spans[mid] as Span).start < s.end) lo = mid + 1;
      else hi = mid;
    }
    const previous = spans[lo - 1];
    if (previous !== undefined && previous.end > s.start) return false;
    if (lo === spans.length) spans.push(s);
    else spans.splice(lo, 0, s);
    return true;
  }
}

/** Finds personal data in a comment: e-mails, phones, Spanish DNI/NIE, IBANs, payment cards, home addresses. */
export function findPersonalData(source: string): GroundFinding[] {
  const out: GroundFinding[] = [];
  const taken = new DisjointSpans();
  const add = (kind: FindingKind, span: Span, check: string): void => {
    if (!taken.tryAdd(span)) return;
    out.push(finding("personal-data", kind, source, span, [check]));
  };

  // Cheap pre-checks keep the common comment (no digits, no `@`) to a couple of scans.
  const digits = countDigits(source);
  if (source.includes("@")) for (const span of findEmails(source)) add("email", span, "email");
  for (const m of source.matchAll(EMAIL_SEPARATOR)) {
    const local = EMAIL_LOCAL_BEFORE.exec(source.slice(Math.max(0, m.index - 65), m.index));
    const after = m.index + m[0].length;
    const domain = local === null ? null : EMAIL_DOMAIN_AFTER.exec(source.slice(after, after + 90));
    if (local === null || domain === null) continue;
    add("email", { start: m.index - local[0].length, end: after + domain[0].length }, "obfuscated-email");
  }
  if (MAIL_PROVIDER.test(source)) {
    for (const m of source.matchAll(EMAIL_AT_PROVIDER)) {
      const name = m[0].slice(0, m[0].indexOf(" "));
      if (/[._\d]/.test(name)) add("email", spanOf(m), "obfuscated-email");
    }
  }
  if (digits >= 8) {
    for (const m of source.matchAll(CURP)) add("national-id", spanOf(m), "curp");
    for (const m of source.matchAll(ID_DIGITS)) {
      const cue = ID_CUE.exec(before(source, m.index, 40));
      if (cue === null) continue;
      // A Spanish DNI, NIE or NIF still needs its check letter (`12345678A` is a typo or made up, not someone's).
      if (/^\W*(?:dni|nie|nif)/i.test(cue[0])) {
        if (isValidSpanishId(m[0].replace(/[ .-]/g, ""))) add("national-id", spanOf(m), "dni-check-letter");
      } else add("national-id", spanOf(m), "named-id-number");
    }
  }
  if (digits >= 12) {
    for (const m of source.matchAll(IBAN_LIKE)) {
      const length = validIbanPrefix(m[0]);
      if (length > 0) add("iban", { start: m.index, end: m.index + length }, "iban-mod-97");
    }
  }
  if (digits >= 13) {
    for (const m of source.matchAll(CARD_LIKE)) {
      if (isValidCardNumber(m[0]) && !REFERENCE_CUE.test(before(source, m.index, 40))) {
        add("payment-card", spanOf(m), "luhn");
      }
    }
  }
  if (digits >= 7) {
    for (const m of source.matchAll(SPANISH_ID)) {
      if (isValidSpanishId(m[0]) && !REFERENCE_CUE.test(before(source, m.index, 40))) {
        add("national-id", spanOf(m), "dni-check-letter");
      }
    }
    for (const m of source.matchAll(PHONE_LIKE)) {
      const check = phoneCheck(source, m[0], m.index);
      if (check !== undefined) add("phone", spanOf(m), check);
    }
  }
  if (digits >= 1 && ADDRESS_HINT.test(source)) {
    const streets: Span[] = [];
    if (STREET_HINT.test(source)) for (const m of source.matchAll(SPANISH_STREET)) streets.push(spanOf(m));
    for (const m of source.matchAll(ENGLISH_STREET_TYPE)) {
      const from = Math.max(0, m.index - 80);
      const head = ENGLISH_STREET_HEAD.exec(source.slice(from, m.index));
      if (head !== null) streets.push({ start: from + head.index, end: m.index + m[0].length });
    }
    for (const span of streets) {
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
  // Toll-free and premium lines are businesses' numbers, not personal data (900/800 in Spain, 0800 in the UK…).
  if (/^(?:0?800|0808|900|901|902|8(?:00|33|44|55|66|77|88))/.test(digits)) return undefined;
  const cue = PHONE_CUE.test(context);
  if (cue && digits.length >= 9 && digits.length <= 13) return "phone-cue";
  const grouped = /^\d{2,4}(?:[ .-]\d{2,4}){2,4}$/.test(raw) || /^\(\d{3}\) ?\d{3}[ .-]\d{4}$/.test(raw);
  const spanish = digits.length === 9 && /^[6-9]/.test(digits);
  const spanishMobile = digits.length === 9 && /^[67]/.test(digits);
  const northAmerican =
    (digits.length === 10 && /^[2-9]/.test(digits)) || (digits.length === 11 && digits.startsWith("1"));
  if (!spanish && !northAmerican) return undefined;
  if (grouped && (spanishMobile || northAmerican)) return "phone-format";
  return undefined;
}
