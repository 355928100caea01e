import type { Span } from "../model/violation.js";
import type { Attribution } from "../originality/attribution.js";

/** A copied or near-copied fragment of a draft, found in one source. */
export interface SourceFragment {
  /** Where the fragment is in the draft (UTF-16 offsets of the draft). */
  readonly draft: Span;
  /** Where it is in the source (UTF-16 offsets of the source's text). */
  readonly source: Span;
  /** How many words of the draft match the source word for word (gaps of inserted words not counted). */
  readonly words: number;
  /** Whether the draft quotes and credits the fragment, with the evidence. */
  readonly attribution: Attribution;
}

/** Every fragment of a draft found in one source document. */
export interface SourceMatch {
  /** The source's id. */
  readonly sourceId: string;
  /** True when the source is one of the brand's own texts. */
  readonly own: boolean;
  /** The source's author, when registered. */
  readonly author: string | null;
  /** The source's address, when registered. */
  readonly url: string | null;
  /** The fragments, in draft order, never overlapping. */
  readonly fragments: readonly SourceFragment[];
  /** Share of the draft's words (0–1) found in this source. */
  readonly draftCoverage: number;
  /** Share of the source's words (0–1) repeated in the draft. */
  readonly sourceCoverage: number;
}

/** Options of a lookup. */
export interface SourceLookupOptions {
  /** Shortest fragment reported, in words (default: the index's guaranteed length, 8). */
  readonly minWords?: number;
  /**
   * More stop-phrases (e.g. the policy's): a fragment with fewer than `minWords` words outside them is dropped.
   */
  readonly stopPhrases?: readonly string[];
}

/** What evaluation needs from a source index: the fragments of a draft found in registered sources. */
export interface SourceLookup {
  /** Every copied or near-copied fragment of `draft`, grouped by source, ordered by first fragment. */
  match(draft: string, options?: SourceLookupOptions): readonly SourceMatch[];
}
