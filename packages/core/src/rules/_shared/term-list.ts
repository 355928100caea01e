import { type InflectedForm, inflectTerm } from "../../lang/es/morphology/inflect.js";
import type { TermEntry } from "../../policy/terms.js";
import { compileTermMatcher, type TermMatcher } from "../../text/term-matcher.js";

/** One listed term as the matcher knows it: which entry, and which inflected variant. */
export interface TermVariant {
  /** Index of the entry in the list given to `compileTermList`. */
  readonly entry: number;
  /** The entry's term as written in the policy. */
  readonly term: string;
  /** Why the term is listed, if the policy says. */
  readonly reason: string | undefined;
  /** The variant matched (the term itself when the entry does not ask for inflection). */
  readonly variant: InflectedForm;
}

/** A brand's term list compiled once: a whole-word matcher over every variant. */
export interface CompiledTermList {
  /** The matcher; its hit `term` indexes `variants`. */
  readonly matcher: TermMatcher;
  /** Variants by matcher term index. */
  readonly variants: readonly TermVariant[];
}

/** Term text and options of an entry written either as a string or as an object. */
export function termOf(entry: TermEntry): { term: string; inflect: boolean; reason: string | undefined } {
  return typeof entry === "string"
    ? { term: entry, inflect: false, reason: undefined }
    : { term: entry.term, inflect: entry.inflect, reason: entry.reason };
}

/**
 * Compiles term entries into one matcher (default folding: case, accents, invisibles, homoglyphs, leetspeak,
 * repeated letters), with Spanish plural and gender variants for entries that set `inflect`.
 */
export function compileTermList(entries: readonly TermEntry[]): CompiledTermList {
  const variants: TermVariant[] = [];
  entries.forEach((raw, entry) => {
    const { term, inflect, reason } = termOf(raw);
    const forms: InflectedForm[] = inflect
      ? inflectTerm(term)
      : [{ form: term, plural: false, switchedGender: false }];
    for (const variant of forms) variants.push({ entry, term, reason, variant });
  });
  return { matcher: compileTermMatcher(variants.map((v) => v.variant.form)), variants };
}

const isLetter = (ch: string | undefined): boolean => ch !== undefined && /\p{L}/u.test(ch);
const isUpper = (ch: string | undefined): boolean =>
  ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();

/** Whether `[start, end)` is one part of a hyphenated compound (`user-friendly`, `client-side`). */
export function inHyphenCompound(source: string, start: number, end: number): boolean {
  return (
    (source[end] === "-" && isLetter(source[end + 1])) ||
    (source[start - 1] === "-" && isLetter(source[start - 2]))
  );
}

/**
 * Whether `[start, end)` reads as part of a proper name: capitalised (not in capitals) in the middle of a
 * sentence and followed by another capitalised word, possibly after `'s` (`Hell's Kitchen`, `Calle Barato`).
 */
export function looksLikeName(source: string, start: number, end: number): boolean {
  const word = source.slice(start, end);
  if (!isUpper(word[0]) || word === word.toUpperCase()) return false;
  let before = start - 1;
  while (before >= 0 && source[before] === " ") before--;
  if (before < 0 || /[.!?¡¿:;\n«"“]/.test(source[before] as string)) return false;
  let after = end;
  if ((source[after] === "'" || source[after] === "’") && source[after + 1] === "s") after += 2;
  while (source[after] === " ") after++;
  return after > end && isUpper(source[after]);
}
