// The insult lexicons of both languages as forms to compile (the term matcher also reads censored spellings
// such as `f*ck` and `c*brón`), and the check that a word is aimed at a person.

import { englishInsults } from "../../lang/en/lexicons/insults.js";
import { spanishInsults } from "../../lang/es/lexicons/insults.js";
import { expandLexicon, type LexiconEntry } from "../../lang/lexicon-entry.js";
import { classOf, LETTER, MARK } from "../../text/chars.js";
import { foldedWord } from "../../text/folded-word.js";
import { normalizeText } from "../../text/normalize.js";
import { wordsBefore } from "./reply-context.js";

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
      // Spoken Spanish drops the d of -ado (`pringao`, `tarao`, `desgraciaos`).
      if (lang === "es" && /ados?$/.test(form)) {
        const spoken = form.endsWith("s") ? `${form.slice(0, -3)}aos` : `${form.slice(0, -3)}ao`;
        forms.push({ form: spoken, folded: normalizeText(spoken).text, entry });
      }
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
  "clearly",
  "too",
  "obviously",
  "simply",
  "seriously",
  "genuinely",
  "honestly",
  "actually",
  "right",
  "proper",
  "bit",
  "kind",
  "sort",
  "absolutely",
  "massive",
  "big",
  "old",
  "poco",
  "algo",
  "super",
  "bien",
  "pinche",
  "gran",
  "grandisimo",
  "grandisima",
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
  // `only a fool would…`, `solo a un memo se le ocurre…`.
  "only",
  "solo",
]);
const COPULAS = new Set(["are", "re", "es", "son", "esta", "estan"]);
const SUBJECTS = new Set(["you", "u", "usted", "ustedes", "tu"]);
/** Demonstratives that point at a person when the word closes its clause (`ni caso a este troll,`). */
const DEMONSTRATIVES = new Set([
  "este",
  "esta",
  "ese",
  "esa",
  "estos",
  "estas",
  "esos",
  "esas",
  "this",
  "that",
  "what",
]);
/** Third person said of someone when the word closes its clause (`es un amargado.`, `he's a clown.`). */
const THIRD_PERSON = new Set(["he's", "she's", "he\u2019s", "she\u2019s"]);
const ARTICLES = new Set(["un", "una", "a", "an"]);

/**
 * Whether the word at `at` is aimed at a person: a second-person cue (`eres`, `usted es`, `you're`, `you`,
 * `don't be`, `menudo`, `pedazo de`) stands right before it, with only articles and intensifiers between.
 */
export function aimedAtPerson(source: string, at: number, end = wordEnd(source, at)): boolean {
  const words = wordsBefore(source, at, 6);
  let article = false;
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k] as string;
    // Spanish vocative `so` (`¡so pesado!`) opens its clause; elsewhere `so` is an English intensifier.
    if (w === "so" && k === 0 && words.length < 6) return true;
    if (ARTICLES.has(w)) article = true;
    if (FILLERS.has(w)) continue;
    if (CUES.has(w)) return true;
    if (COPULAS.has(w)) {
      // `you really are dumb`: intensifiers may stand between the subject and the verb too.
      let j = k - 1;
      while (j >= 0 && FILLERS.has(words[j] as string)) j--;
      if (SUBJECTS.has(words[j] ?? "")) return true;
    }
    // An exclamation about the reader that ends its clause: `¡Qué naco!`, `Qué gonorrea de persona`, `What a
    // loser lol`, `Such a muppet.` — not `qué idiota soy` (the clause goes on) nor `what a stupid mistake`.
    if (EXCLAMATIVES.has(w) && words.length - k <= 3 && exclaimedAbout(source, end))
      return words.slice(k + 1).every((x) => ARTICLES.has(x) || FILLERS.has(x));
    // `hay que ser tonto`, `tienes que ser muy torpe`.
    if (w === "ser" && words[k - 1] === "que") return true;
    // A noun closing its clause, said of someone: `este troll,`, `es un amargado.`, `he's a clown.`.
    if (DEMONSTRATIVES.has(w) || THIRD_PERSON.has(w) || (article && k === 0 && w === "es")) {
      return closesClause(source, end);
    }
    return false;
  }
  return false;
}

/** Offset after the word that starts at `at`. */
function wordEnd(source: string, at: number): number {
  let i = at;
  while (i < source.length && /[\p{L}\p{M}\p{N}'\u2019]/u.test(source[i] as string)) i++;
  return i;
}

const CLAUSE_END = new Set([",", ".", "!", "?", ";", ":", "\u2026"]);

/** Whether only spaces stand between `end` and the end of the text or a clause mark. */
/** Words that open an exclamation about someone (`qué`, `vaya`, `menudo`, `what`, `such`). */
const EXCLAMATIVES = new Set(["que", "vaya", "menudo", "menuda", "what", "such"]);
/** Laughter and the like that may close an exclamation (`What a loser lol`, `qué naco jaja`). */
const LAUGHS = new Set(["lol", "lmao", "jaja", "jajaja", "haha", "hahaha", "xd", "smh", "fr"]);

/** The insult closes its clause, or only laughter or `de persona` follows it. */
function exclaimedAbout(source: string, end: number): boolean {
  if (closesClause(source, end)) return true;
  let a = end;
  while (a < source.length && source[a] === " ") a++;
  let b = a;
  while (b < source.length && /[\p{L}]/u.test(source[b] as string)) b++;
  const next = source.slice(a, b).toLowerCase();
  if (LAUGHS.has(next)) return true;
  // `qué gonorrea de persona`, `what a joke of a man`: the insult said of a person.
  return /^(?:de persona|de tipo|de tío|de tipa|of a (?:man|woman|person))\b/i.test(source.slice(a, a + 20));
}

function closesClause(source: string, end: number): boolean {
  let a = end;
  while (a < source.length && source[a] === " ") a++;
  return a === source.length || CLAUSE_END.has(source[a] as string);
}

const VOCATIVE_END = new Set([".", "!", "?", "\u2026"]);

/**
 * Whether the word at `[start, end)` is a vocative: alone in a clause that opens after a comma and closes the
 * sentence (`Deja de llorar, quejica.`, `Stop it, clown!`).
 */
export function vocative(source: string, start: number, end: number): boolean {
  let b = start - 1;
  while (b >= 0 && source[b] === " ") b--;
  // Intensifiers may stand between the comma and the word (`…, pinche ridículo.`).
  for (let w = wordsBefore(source, start, 2), k = w.length - 1; k >= 0 && FILLERS.has(w[k] as string); k--) {
    while (b >= 0 && source[b] !== " " && source[b] !== ",") b--;
    while (b >= 0 && source[b] === " ") b--;
  }
  if (source[b] !== ",") return false;
  let a = end;
  while (a < source.length && source[a] === " ") a++;
  return a === source.length || VOCATIVE_END.has(source[a] as string);
}

const CUES_AFTER = new Set(["eres", "sois", "estas", "estais"]);
const YOU_AFTER = new Set(["are", "just", "wrote", "said", "posted", "write", "sent", "typed"]);

/**
 * Whether the word ending at `end` is said of the person right after it: `¡Qué pesado eres!`, `Tan inútil es
 * usted que…`.
 */
export function aimedAfter(source: string, end: number): boolean {
  const words = wordsAfter(source, end, 2);
  const [first, second] = words;
  if (first === undefined) return false;
  if (CUES_AFTER.has(first)) return true;
  // `a loser like you`, `un payaso como tú`, `the rubbish you just wrote`.
  if ((first === "like" || first === "como") && SUBJECTS.has(second ?? "")) return true;
  if (first === "you" && YOU_AFTER.has(second ?? "")) return true;
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
    while (i < source.length && (classOf(source.charCodeAt(i)) & (LETTER | MARK)) !== 0) i++;
    if (i === start) break;
    out.push(foldedWord(source.slice(start, i)));
  }
  return out;
}
