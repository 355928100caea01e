// Compiles phrase lexicons (`PhraseEntry`) of both languages into one matcher and finds their hits with
// the context each entry asks for: standalone, not negated, not quoted.
import { type LexiconEntry, type PhraseEntry, expandLexicon } from "../../text/lexicons/lexicon-entry.js";
import { compileTermMatcher, type TermMatcher } from "../../text/term-matcher.js";
import type { TextView } from "../../text/text-view.js";
import { insideRanges, negatedBefore, type Ranges, withApostrophes } from "../authority/reply-context.js";

/** A compiled phrase lexicon. */
export interface PhraseMatcher<Entry extends LexiconEntry> {
  /** The matcher over every form. */
  readonly matcher: TermMatcher;
  /** The entry of each matcher term. */
  readonly entryOf: readonly Entry[];
}

/** One phrase found in a text. */
export interface PhraseHit<Entry extends LexiconEntry> {
  /** First offset in the source. */
  readonly start: number;
  /** Offset after the last character. */
  readonly end: number;
  /** The entry that matched. */
  readonly entry: Entry;
}

/** Compiles the Spanish and English entries into one matcher (both languages: replies mix them). */
export function compilePhrases<Entry extends LexiconEntry>(
  es: readonly Entry[],
  en: readonly Entry[],
): PhraseMatcher<Entry> {
  const terms: string[] = [];
  const entryOf: Entry[] = [];
  for (const [entries, lang] of [
    [es, "es"],
    [en, "en"],
  ] as const) {
    const expanded = expandLexicon(entries, lang);
    expanded.forms.forEach((form, i) => {
      const entry = entries[expanded.entryOf[i] ?? 0] as Entry;
      for (const spelling of withApostrophes([form])) {
        terms.push(spelling);
        entryOf.push(entry);
      }
    });
  }
  return { matcher: compileTermMatcher(terms), entryOf };
}

const STANDALONE_AFTER = new Set([",", ".", "!", "?", ";", ":", "\u2026", "\n"]);

/**
 * Hits of a phrase lexicon, longest first at each position and never overlapping, skipping quoted ones,
 * negated `negatable` ones, and `standalone` ones that run on into the sentence.
 */
export function findPhrases<Entry extends PhraseEntry>(
  text: TextView,
  compiled: PhraseMatcher<Entry>,
  quotes: Ranges,
): PhraseHit<Entry>[] {
  const source = text.source;
  const out: PhraseHit<Entry>[] = [];
  let reached = -1;
  for (const hit of compiled.matcher.find(text.folded)) {
    if (hit.start < reached) continue;
    const entry = compiled.entryOf[hit.term];
    if (entry === undefined) continue;
    if (insideRanges(quotes, hit.start, hit.end)) continue;
    if (entry.negatable && negatedBefore(source, hit.start, 2)) continue;
    if (entry.standalone) {
      let k = hit.end;
      while (source[k] === " ") k++;
      if (k < source.length && !STANDALONE_AFTER.has(source[k] as string)) continue;
    }
    reached = hit.end;
    out.push({ start: hit.start, end: hit.end, entry });
  }
  return out;
}
