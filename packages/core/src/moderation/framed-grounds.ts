// Grounds read from frames over two word lists at once, for wording no single phrase list holds: a protected group
// beside a generalisation (`normal que vaya mal, con tanto moro en el almacén`), a violent act whoever does it and
// in any mood (`alguien debería partirle las piernas`), a body mocked beside an identifiable person (`la gorda de la
// caja 3`), card data asked for (`manda tu número de tarjeta y el CVV`), a link written to dodge filters (`punto
// es barra promo`), an illicit item on offer (`vendo Ozempic sin receta`) and a phone number spelt out in words.
import { englishModerationFrames } from "../lang/en/lexicons/moderation-frames.js";
import { spanishModerationFrames } from "../lang/es/lexicons/moderation-frames.js";
import type { ModerationFrameLexicon } from "../lang/moderation-frames.js";
import type { Ground } from "../model/grounds.js";
import { compileTermMatcher, type TermMatcher } from "../text/term-matcher.js";
import type { TextView } from "../text/text-view.js";
import { type FindingKind, finding, type GroundFinding } from "./finding.js";
import { jokingAround } from "./joking.js";

type ListName = keyof ModerationFrameLexicon;

interface CompiledFrames {
  readonly matcher: TermMatcher;
  /** For each compiled term, the list it comes from and its folded text. */
  readonly lists: readonly ListName[];
  readonly terms: readonly string[];
}

const LEXICONS: Record<"es" | "en", ModerationFrameLexicon> = {
  es: spanishModerationFrames,
  en: englishModerationFrames,
};
const compiled = new Map<string, CompiledFrames>();

function framesOf(lang: "es" | "en"): CompiledFrames {
  let found = compiled.get(lang);
  if (found === undefined) {
    const lists: ListName[] = [];
    const terms: string[] = [];
    const lexicon = LEXICONS[lang];
    for (const name of Object.keys(lexicon) as ListName[]) {
      for (const term of lexicon[name]) {
        lists.push(name);
        terms.push(term);
      }
    }
    found = { matcher: compileTermMatcher(terms), lists, terms };
    compiled.set(lang, found);
  }
  return found;
}

interface Hit {
  readonly list: ListName;
  readonly term: string;
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
}

const SENTENCE_END = new Set([".", "!", "?", "\n", ";"]);
const NEGATIONS = new Set(["no", "not", "never", "nunca", "jamas", "jamás", "n't"]);

/** Sentence numbers of every offset, by counting sentence marks up to it (one pass). */
function sentenceIndex(source: string): Uint32Array {
  const index = new Uint32Array(source.length + 1);
  let s = 0;
  for (let i = 0; i < source.length; i++) {
    index[i] = s;
    if (SENTENCE_END.has(source[i] as string)) s++;
  }
  index[source.length] = s;
  return index;
}

/** Whether one of the two words before `at` is a negation (`no le voy a partir la cara`). */
function negatedBefore(source: string, at: number): boolean {
  let i = at;
  for (let w = 0; w < 2; w++) {
    while (i > 0 && source[i - 1] === " ") i--;
    const end = i;
    while (i > 0 && /[\p{L}']/u.test(source[i - 1] as string)) i--;
    if (i === end) return false;
    if (NEGATIONS.has(source.slice(i, end).toLowerCase())) return true;
  }
  return false;
}

const span = (hits: readonly Hit[]): { start: number; end: number } => ({
  start: Math.min(...hits.map((h) => h.start)),
  end: Math.max(...hits.map((h) => h.end)),
});

/** Whether the text names a person by handle (`@ana_frescalia`) or a capitalised name after the first word. */
function namesSomeone(source: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = source[i] as string;
    if (c === "@" && i + 1 < to && /[\p{L}\d_]/u.test(source[i + 1] as string)) return true;
  }
  return false;
}

/** Every ground a frame finds in a comment, in text order. */
export function findFramedGrounds(view: TextView, lang: "es" | "en"): GroundFinding[] {
  const source = view.source;
  const frames = framesOf(lang);
  const sentences = sentenceIndex(source);
  const hits: Hit[] = [];
  for (const h of frames.matcher.find(view.folded)) {
    const list = frames.lists[h.term] as ListName;
    hits.push({
      list,
      term: frames.terms[h.term] as string,
      start: h.start,
      end: h.end,
      sentence: sentences[h.start] ?? 0,
    });
  }
  const out: GroundFinding[] = [];
  const add = (ground: Ground, kind: FindingKind, found: readonly Hit[]): void => {
    out.push(
      finding(
        ground,
        kind,
        source,
        span(found),
        found.map((h) => h.term),
      ),
    );
  };
  // Hits by sentence, in text order: each sentence frame reads only its own bucket (one pass over the hits).
  const bySentence = new Map<number, Hit[]>();
  for (const h of hits) {
    const bucket = bySentence.get(h.sentence);
    if (bucket === undefined) bySentence.set(h.sentence, [h]);
    else bucket.push(h);
  }
  const of = (list: ListName, sentence?: number): Hit[] =>
    (sentence === undefined ? hits : (bySentence.get(sentence) ?? [])).filter((h) => h.list === list);
  const emojiSentences = sentencesWith(source, sentences, SEXUAL_EMOJI);
  // Threats: a violent act or intimidation, not denied, and not a joke (`te mato 😍`, `I'll kill you 😂`).
  let threatened = false;
  for (const h of hits) {
    if (
      (h.list === "harm" || h.list === "intimidation") &&
      !negatedBefore(source, h.start) &&
      !(h.list === "harm" && jokingAround(source, h.start, h.end))
    ) {
      add("threat", "violence", [h]);
      threatened = true;
      break;
    }
  }
  // A vague warning (`vosotros veréis`, `your call`) is a threat beside a weapon someone says they have, or beside
  // a violent verb; alone it is a customer warning others or promising a scene.
  if (!threatened) {
    const warnings = of("warning").filter((h) => !negatedBefore(source, h.start));
    const armed = of("weapon").filter((w) => of("possession", w.sentence).length > 0);
    if (warnings.length > 0 && (armed.length > 0 || of("violentVerbs").length > 0))
      add("threat", "violence", [...warnings, ...armed]);
  }
  // Hate: telling people to go back to their country, on its own.
  const exclusion = of("exclusion").filter((h) => !negatedBefore(source, h.start));
  if (exclusion.length > 0) add("hate", "group-attack", exclusion);
  for (const [s, inSentence] of bySentence) {
    // Threats: a verb of hitting or breaking beside a body part (`smash the manager's face in`, `partirle la cara`).
    const strikes = of("violentVerbs", s);
    const parts = of("bodyParts", s);
    if (strikes.length > 0 && parts.length > 0 && !negatedBefore(source, (strikes[0] as Hit).start))
      add("threat", "violence", [...strikes, ...parts]);
    // Sexual: an aubergine, a peach or drops beside an identifiable person.
    const people0 = of("person", s);
    if (people0.length > 0 && emojiSentences.has(s)) add("sexual", "sexual-content", people0);
    // Hate: a group and a generalisation about it in one sentence.
    const groups = of("groups", s);
    const general = of("generalise", s);
    if (groups.length > 0 && general.length > 0) add("hate", "group-attack", [...groups, ...general]);
    // Harassment: a body mocked beside an identifiable person.
    const body = of("body", s);
    const people = of("person", s);
    if (body.length > 0) {
      const first = body[0] as Hit;
      const sentenceStart = (inSentence[0] as Hit).start;
      if (people.length > 0 || namesSomeone(source, Math.max(0, sentenceStart - 80), first.end + 80))
        add("harassment", "insult", [...body, ...people]);
    }
  }
  // Spam: card data asked for, a link written to dodge filters, a get-rich scheme.
  const card = of("cardData");
  const request = of("request");
  if (card.length > 0 && request.length > 0) add("spam", "scam", [...card, ...request]);
  // `jenna dot marsh at gmail dot com` is an e-mail address written out, not a dodged link.
  const dodged = of("obfuscation").filter((h) => !emailAround(source, h.start));
  if (dodged.length > 0 || source.includes("[.]") || source.includes("(.)"))
    out.push(
      finding(
        "spam",
        "offer-link",
        source,
        dodged.length > 0 ? span(dodged) : bracketDot(source),
        dodged.map((h) => h.term),
      ),
    );
  const scheme = of("scheme");
  if (new Set(scheme.map((h) => h.term)).size >= 2) add("spam", "scam", scheme);
  // Illegal: an illicit item on offer.
  const illicit = of("illicit");
  const offer = of("offer");
  if (illicit.length > 0 && offer.length > 0) add("illegal", "illegal-offer", [...illicit, ...offer]);
  // Sexual content.
  const sexual = of("sexual");
  if (sexual.length > 0) add("sexual", "sexual-content", sexual);
  // A payment card written out beside a word for it (`mi tarjeta es 4152 3134 5678 9012`), checksum or not.
  if (of("cardData").length > 0 || CARD_WORDS.some((w) => view.folded.text.includes(w))) {
    const digits = cardDigits(source);
    if (digits !== undefined) out.push(finding("personal-data", "payment-card", source, digits, []));
  }
  // A UK National Insurance number.
  const nino = NINO.exec(source);
  if (nino !== null)
    out.push(
      finding(
        "personal-data",
        "national-id",
        source,
        { start: nino.index, end: nino.index + nino[0].length },
        [],
      ),
    );
  // A home address: a street word next to a number, with a word for where someone lives or receives parcels.
  const street = streetAddress(source, view.folded.text);
  if (street !== undefined) out.push(finding("personal-data", "street-address", source, street, []));
  // A phone number spelt out: seven or more number words in a row.
  const numbers = of("numbers");
  let run: Hit[] = [];
  const flush = (): void => {
    if (run.length >= 7) add("personal-data", "phone", run);
    run = [];
  };
  for (const h of numbers) {
    const last = run[run.length - 1];
    if (last !== undefined && !onlySeparators(source, last.end, h.start)) flush();
    run.push(h);
  }
  flush();
  return out;
}

function onlySeparators(source: string, from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let i = from; i < to; i++) if (!" ,-".includes(source[i] as string)) return false;
  return true;
}

function bracketDot(source: string): { start: number; end: number } {
  const at = source.includes("[.]") ? source.indexOf("[.]") : source.indexOf("(.)");
  return { start: at, end: at + 3 };
}

const CARD_WORDS = ["tarjeta", "card"];
const SEXUAL_EMOJI = ["\u{1F346}", "\u{1F351}", "\u{1F4A6}", "\u{1F975}"];

/** The sentences that hold any of `needles` (one scan of the text per needle). */
function sentencesWith(source: string, sentences: Uint32Array, needles: readonly string[]): Set<number> {
  const found = new Set<number>();
  for (const needle of needles)
    for (let at = source.indexOf(needle); at >= 0; at = source.indexOf(needle, at + needle.length))
      found.add(sentences[at] ?? 0);
  return found;
}

// A UK National Insurance number (`QQ 12 34 56 C`): fixed and linear.
const NINO = /\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b/;

/** Whether an e-mail separator (`at`, `arroba`) stands in the 30 characters before `at`. */
function emailAround(source: string, at: number): boolean {
  const before = source.slice(Math.max(0, at - 30), at).toLowerCase();
  return before.includes(" at ") || before.includes(" arroba ") || before.includes("@");
}

/** The first run of 13 to 19 digits in groups of 4 (or 4-6-5) split by single spaces or hyphens. */
function cardDigits(source: string): { start: number; end: number } | undefined {
  let start = -1;
  let digits = 0;
  let groupLength = 0;
  for (let i = 0; i <= source.length; i++) {
    const c = i < source.length ? source.charCodeAt(i) : 0;
    const digit = c >= 48 && c <= 57;
    if (digit) {
      if (start < 0) start = i;
      digits++;
      groupLength++;
      continue;
    }
    const separator = (c === 32 || c === 45) && start >= 0 && groupLength > 0 && groupLength <= 6;
    const nextDigit =
      i + 1 < source.length && source.charCodeAt(i + 1) >= 48 && source.charCodeAt(i + 1) <= 57;
    if (separator && nextDigit) {
      groupLength = 0;
      continue;
    }
    if (start >= 0 && digits >= 13 && digits <= 19) return { start, end: i };
    start = -1;
    digits = 0;
    groupLength = 0;
  }
  return undefined;
}

const STREETS = new Set([
  "calle",
  "avenida",
  "av",
  "avda",
  "paseo",
  "plaza",
  "camino",
  "street",
  "st",
  "close",
  "road",
  "rd",
  "lane",
  "drive",
  "avenue",
  "ave",
  "way",
  "crescent",
  "court",
  "terrace",
  "grove",
  "place",
]);
const RESIDENCE = [
  "domicilio",
  "direccion",
  "vive en",
  "vivo en",
  "address",
  "live at",
  "lives at",
  "meant to go to",
  "deliver to",
  "my house",
  "su casa",
];

/** A street word with a number within two words of it, in a text that says someone lives or receives there. */
function streetAddress(source: string, folded: string): { start: number; end: number } | undefined {
  if (!RESIDENCE.some((r) => folded.includes(r))) return undefined;
  const words: { start: number; end: number; key: string }[] = [];
  for (let i = 0; i < source.length; ) {
    while (i < source.length && !/[\p{L}\d]/u.test(source[i] as string)) i++;
    const start = i;
    while (i < source.length && /[\p{L}\d]/u.test(source[i] as string)) i++;
    if (i > start) words.push({ start, end: i, key: source.slice(start, i).toLowerCase() });
  }
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as { start: number; end: number; key: string };
    if (!STREETS.has(w.key)) continue;
    for (let d = -3; d <= 3; d++) {
      const n = words[k + d];
      if (n === undefined || d === 0) continue;
      let digits = true;
      for (let i = 0; i < n.key.length && i < 5; i++) {
        const c = n.key.charCodeAt(i);
        if (c < 48 || c > 57) digits = false;
      }
      if (digits && n.key.length <= 5 && n.key.charCodeAt(0) >= 48 && n.key.charCodeAt(0) <= 57)
        return { start: Math.min(w.start, n.start), end: Math.max(w.end, n.end) };
    }
  }
  return undefined;
}
