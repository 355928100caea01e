// The insult lexicons of both languages compiled into one matcher, plus a matcher for censored spellings
// (`f*ck`, `c*brón`). Built once per process on first use; the rule's `create` only filters by options.
import { englishInsults } from "../../text/lexicons/en/insults.js";
import { spanishInsults } from "../../text/lexicons/es/insults.js";
import { expandLexicon, type LexiconEntry } from "../../text/lexicons/lexicon-entry.js";
import { normalizeText } from "../../text/normalize.js";
import { compileTermMatcher, type TermMatcher } from "../../text/term-matcher.js";
import { wordsBefore } from "../authority/reply-context.js";

/** One compiled form and the entry it comes from. */
export interface InsultForm {
  /** The form as written in the lexicon. */
  readonly form: string;
  /** Its folded spelling. */
  readonly folded: string;
  /** The lexicon entry. */
  readonly entry: LexiconEntry;
}

/** The compiled insult lexicons. */
export interface InsultMatcher {
  /** Matcher over every form (folded text, whole words). */
  readonly matcher: TermMatcher;
  /** Forms by matcher term index. */
  readonly forms: readonly InsultForm[];
  /** Single-word forms by `first letter + length`, for censored spellings. */
  readonly byShape: ReadonlyMap<string, readonly InsultForm[]>;
}

let cached: InsultMatcher | undefined;

/** The insult lexicons of both languages, compiled once. */
export function insultMatcher(): InsultMatcher {
  if (cached) return cached;
  const forms: InsultForm[] = [];
  for (const [entries, lang] of [
    [spanishInsults, "es"],
    [englishInsults, "en"],
  ] as const) {
    const expanded = expandLexicon(entries, lang);
    expanded.forms.forEach((form, i) => {
      const entry = entries[expanded.entryOf[i] ?? 0] as LexiconEntry;
      forms.push({ form, folded: normalizeText(form).text, entry });
    });
  }
  const byShape = new Map<string, InsultForm[]>();
  for (const f of forms) {
    if (f.folded.includes(" ") || f.folded.length < 3) continue;
    const key = `${f.folded[0]}${f.folded.length}`;
    const list = byShape.get(key) ?? [];
    list.push(f);
    byShape.set(key, list);
  }
  cached = { matcher: compileTermMatcher(forms.map((f) => f.form)), forms, byShape };
  return cached;
}

const MASKS = new Set(["*", "#", "\u2022", "_"]);
const isRunChar = (ch: string): boolean => /[\p{L}\p{M}\p{N}@$]/u.test(ch) || MASKS.has(ch);

/** A censored spelling found in the text (`f*ck`) and the form it stands for. */
export interface MaskedHit {
  /** First offset in the source. */
  readonly start: number;
  /** Offset after the last character. */
  readonly end: number;
  /** The lexicon form it matches. */
  readonly form: InsultForm;
}

/**
 * Finds words written with mask characters (`*`, `#`, `•`, `_`) that match a lexicon word letter for letter
 * elsewhere: same first letter, same length, at least two letters shown. One linear pass over the text.
 */
export function findMasked(source: string, compiled: InsultMatcher): MaskedHit[] {
  const out: MaskedHit[] = [];
  let i = 0;
  while (i < source.length) {
    if (!isRunChar(source[i] as string)) {
      i++;
      continue;
    }
    const start = i;
    let masked = false;
    while (i < source.length && isRunChar(source[i] as string)) {
      if (MASKS.has(source[i] as string)) masked = true;
      i++;
    }
    if (!masked) continue;
    let s = start;
    let e = i;
    while (s < e && MASKS.has(source[s] as string)) s++;
    while (e > s && MASKS.has(source[e - 1] as string) && source[e - 1] !== "*") e--;
    const folded = normalizeText(source.slice(s, e), { squeezeRepeats: false }).text;
    const shown = [...folded].filter((ch) => !MASKS.has(ch)).length;
    if (shown < 2 || MASKS.has(folded[0] as string)) continue;
    const form = compiled.byShape
      .get(`${folded[0]}${folded.length}`)
      ?.find((f) => [...folded].every((ch, k) => MASKS.has(ch) || ch === f.folded[k]));
    if (form) out.push({ start: s, end: e, form });
  }
  return out;
}

const FILLERS = new Set([
  "un",
  "una",
  "unos",
  "unas",
  "muy",
  "tan",
  "mas",
  "el",
  "la",
  "los",
  "las",
  "y",
  "todo",
  "toda",
  "completo",
  "completa",
  "verdadero",
  "verdadera",
  "autentico",
  "autentica",
  "de",
  "a",
  "an",
  "so",
  "such",
  "really",
  "very",
  "total",
  "complete",
  "completely",
  "totally",
  "utter",
  "utterly",
  "just",
  "the",
  "most",
  "absolute",
  "bloody",
  "pretty",
  "little",
  "and",
]);

const CUES = new Set([
  "eres",
  "sois",
  "estas",
  "estais",
  "seas",
  "seais",
  "usted",
  "ustedes",
  "tu",
  "vosotros",
  "vosotras",
  "menudo",
  "menuda",
  "menudos",
  "menudas",
  "pedazo",
  "you",
  "u",
  "ur",
  "youre",
  "you're",
  "you\u2019re",
  "yourself",
  "yourselves",
  "be",
  "being",
]);
const COPULAS = new Set(["are", "re", "es", "son", "esta", "estan"]);
const SUBJECTS = new Set(["you", "u", "usted", "ustedes", "tu"]);

/**
 * Whether the word at `at` is aimed at a person: a second-person cue (`eres`, `usted es`, `you're`, `you`,
 * `don't be`, `menudo`, `pedazo de`) stands right before it, with only articles and intensifiers between.
 */
export function aimedAtPerson(source: string, at: number): boolean {
  const words = wordsBefore(source, at, 6);
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k] as string;
    // Spanish vocative `so` (`¡so pesado!`) opens its clause; elsewhere `so` is an English intensifier.
    if (w === "so" && k === 0 && words.length < 6) return true;
    if (FILLERS.has(w)) continue;
    if (CUES.has(w)) return true;
    if (COPULAS.has(w)) return SUBJECTS.has(words[k - 1] ?? "");
    return false;
  }
  return false;
}
