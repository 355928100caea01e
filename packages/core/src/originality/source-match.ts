// Turns the alignment of a draft with one candidate source into a `SourceMatch`: chains long enough (not
// counting boilerplate or extra stop-phrases) become fragments, overlapping fragments merge, and each fragment
// gets its attribution.

import type { QuoteEvidence, SourceFragment, SourceMatch } from "../engine/source-lookup.js";
import { chainRuns, findRuns } from "./align.js";
import { detectAttribution } from "./attribution.js";
import type { HashList } from "./fingerprints.js";
import type { SourceDocument } from "./source-document.js";
import type { WordList } from "./words.js";

/** What a match needs to know about the draft, shared across candidate sources. */
export interface DraftContext {
  /** The draft as given. */
  readonly text: string;
  /** Its words (stop-phrases removed). */
  readonly words: WordList;
  /** Its k-gram keys → positions. */
  readonly kgramMap: Map<number, number | number[]>;
  /** 1 for words inside the caller's extra stop-phrases. */
  readonly extraCovered: Uint8Array;
  /** 1 for words inside a k-gram too common to be evidence. */
  readonly commonWord: Uint8Array;
  /** Shortest fragment reported, in words. */
  readonly minWords: number;
  /** Words per k-gram. */
  readonly kgramWords: number;
  /** Most words between chained runs. */
  readonly maxGap: number;
  /** Scratch: 1 for draft words matched in the current source. */
  readonly matched: Uint8Array;
  /** The draft's quotations, computed once. */
  readonly quotations: () => QuoteEvidence[];
}

/** The fragments of the draft found in `doc` (whose words and k-grams are given), or null when none. */
export function matchSource(
  draft: DraftContext,
  doc: SourceDocument,
  sw: WordList,
  sk: HashList,
): SourceMatch | null {
  const { matched, extraCovered, commonWord, minWords } = draft;
  const dw = draft.words;
  const chains = chainRuns(findRuns(dw, sw, sk, draft.kgramMap, draft.kgramWords), draft.maxGap);
  matched.fill(0);
  const sourceMatched = new Uint8Array(sw.count);
  const spans: { ds: number; de: number; ss: number; se: number }[] = [];
  for (const chain of chains) {
    let words = 0;
    let free = 0;
    for (const run of chain.runs) {
      for (let i = run.ds; i < run.de; i++) {
        if (matched[i] === 0) words++;
        if (extraCovered[i] === 0 && commonWord[i] === 0) free++;
      }
    }
    if (words < minWords || free < minWords) continue;
    for (const run of chain.runs) {
      matched.fill(1, run.ds, run.de);
      sourceMatched.fill(1, run.ss, run.se);
    }
    spans.push({ ds: chain.ds, de: chain.de, ss: chain.ss, se: chain.se });
  }
  if (spans.length === 0) return null;
  spans.sort((x, y) => x.ds - y.ds);
  const merged: typeof spans = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.ds < last.de) {
      last.de = Math.max(last.de, s.de);
      last.ss = Math.min(last.ss, s.ss);
      last.se = Math.max(last.se, s.se);
    } else merged.push({ ...s });
  }
  const credit = { author: doc.author, handle: doc.handle, url: doc.url };
  const fragments: SourceFragment[] = merged.map((s) => {
    const start = dw.starts[s.ds] ?? 0;
    const end = dw.ends[s.de - 1] ?? start;
    let words = 0;
    for (let i = s.ds; i < s.de; i++) words += matched[i] ?? 0;
    return {
      draft: { start, end },
      source: { start: sw.starts[s.ss] ?? 0, end: sw.ends[s.se - 1] ?? 0 },
      words,
      attribution: detectAttribution(
        draft.text,
        start,
        end,
        credit,
        { maxUnquotedWords: minWords },
        draft.quotations(),
      ),
    };
  });
  return {
    sourceId: doc.id,
    own: doc.own,
    author: doc.author ?? null,
    url: doc.url ?? null,
    fragments,
    draftCoverage: count(matched) / Math.max(1, dw.count),
    sourceCoverage: count(sourceMatched) / Math.max(1, sw.count),
  };
}

function count(flags: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < flags.length; i++) n += flags[i] ?? 0;
  return n;
}
