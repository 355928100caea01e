// Compiles phrase lexicons (`PhraseEntry`) of both languages into one matcher and finds their hits with
// the context each entry asks for: standalone, not negated, not quoted.

import type { RuleContextBase } from "../../engine/rule.js";
import { expandLexicon, type LexiconEntry, type PhraseEntry } from "../../lang/lexicon-entry.js";
import {
  insideRanges,
  negatedBefore,
  type Ranges,
  type TermSource,
  withApostrophes,
} from "./reply-context.js";
import { withVerbForms } from "./verb-forms.js";

/** A phrase lexicon's terms, before compiling. */
export interface PhraseTerms<Entry extends LexiconEntry> {
  /** Every form of every entry. */
  readonly terms: readonly string[];
  /** The entry of each term. */
  readonly entryOf: readonly Entry[];
}

/** A compiled phrase lexicon. */
export interface PhraseMatcher<Entry extends LexiconEntry> {
  /** Where its hits come from. */
  readonly source: TermSource;
  /** The entry of each term. */
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

/** Expands the Spanish and English entries into one term list (both languages: replies mix them). */
export function phraseTerms<Entry extends LexiconEntry>(
  es: readonly Entry[],
  en: readonly Entry[],
): PhraseTerms<Entry> {
  const terms: string[] = [];
  const entryOf: Entry[] = [];
  for (const [entries, lang] of [
    [es, "es"],
    [en, "en"],
  ] as const) {
    const list = withVerbForms(entries);
    const expanded = expandLexicon(list, lang);
    expanded.forms.forEach((form, i) => {
      const entry = list[expanded.entryOf[i] ?? 0] as Entry;
      for (const spelling of withApostrophes([form])) {
        terms.push(spelling);
        entryOf.push(entry);
      }
    });
  }
  return { terms, entryOf };
}

const STANDALONE_AFTER = new Set([",", ".", "!", "?", ";", ":", "\u2026", "\n"]);

/**
 * Hits of a phrase lexicon, longest first at each position and never overlapping, skipping quoted ones,
 * negated `negatable` ones, and `standalone` ones that run on into the sentence.
 */
export function findPhrases<Entry extends PhraseEntry>(
  ctx: RuleContextBase,
  compiled: PhraseMatcher<Entry>,
  quotes: Ranges,
): PhraseHit<Entry>[] {
  const source = ctx.text.source;
  const out: PhraseHit<Entry>[] = [];
  let reached = -1;
  for (const hit of compiled.source.hits(ctx)) {
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
