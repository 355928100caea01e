// The insult lexicons of both languages as forms to compile (the term matcher also reads censored spellings
// such as `f*ck` and `c*brón`), and the check that a word is aimed at a person.
import { englishInsults } from "../../text/lexicons/en/insults.js";
import { spanishInsults } from "../../text/lexicons/es/insults.js";
import { expandLexicon, type LexiconEntry } from "../../text/lexicons/lexicon-entry.js";
import { normalizeText } from "../../text/normalize.js";
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

/** The insult lexicons of both languages as forms, in term order. */
export function insultForms(): InsultForm[] {
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
  return forms;
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
  "that",
  "even",
  "quite",
  "rather",
  "truly",
  "bastante",
  "demasiado",
  "realmente",
  "of",
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
  "panda",
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
  "lot",
  "bunch",
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

const VOCATIVE_END = new Set([".", "!", "?", "\u2026"]);

/**
 * Whether the word at `[start, end)` is a vocative: alone in a clause that opens after a comma and closes the
 * sentence (`Deja de llorar, quejica.`, `Stop it, clown!`).
 */
export function vocative(source: string, start: number, end: number): boolean {
  let b = start - 1;
  while (b >= 0 && source[b] === " ") b--;
  if (source[b] !== ",") return false;
  let a = end;
  while (a < source.length && source[a] === " ") a++;
  return a === source.length || VOCATIVE_END.has(source[a] as string);
}

const CUES_AFTER = new Set(["eres", "sois", "estas", "estais"]);

/**
 * Whether the word ending at `end` is said of the person right after it: `¡Qué pesado eres!`, `Tan inútil es
 * usted que…`.
 */
export function aimedAfter(source: string, end: number): boolean {
  const words = wordsAfter(source, end, 2);
  const [first, second] = words;
  if (first === undefined) return false;
  if (CUES_AFTER.has(first)) return true;
  return (
    (first === "es" || first === "son" || first === "esta") && (second === "usted" || second === "ustedes")
  );
}

/** Up to `count` words right after `at`, folded, without crossing a clause break. */
function wordsAfter(source: string, at: number, count: number): string[] {
  const out: string[] = [];
  let i = at;
  while (out.length < count && i < source.length) {
    while (i < source.length && source[i] === " ") i++;
    const start = i;
    while (i < source.length && /[\p{L}\p{M}]/u.test(source[i] as string)) i++;
    if (i === start) break;
    out.push(normalizeText(source.slice(start, i)).text);
  }
  return out;
}
