import type { Span } from "../model/violation.js";

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

/** How a quotation is marked. */
export type QuoteStyle =
  | "guillemets"
  | "curly-double"
  | "low-high"
  | "straight-double"
  | "curly-single"
  | "blockquote";

/** A quotation found in a text: `[start, end)` includes the quotation marks (or the `>` of each line). */
export interface QuoteEvidence {
  /** First offset of the quotation, inclusive. */
  readonly start: number;
  /** Last offset of the quotation, exclusive. */
  readonly end: number;
  /** Which marks quote it. */
  readonly style: QuoteStyle;
}

/** What kind of credit was found. */
export type CreditKind = "author" | "handle" | "url" | "marker";

/** A credit found near a quotation. */
export interface CreditEvidence {
  /** First offset of the credit, inclusive. */
  readonly start: number;
  /** Last offset of the credit, exclusive. */
  readonly end: number;
  /** The author's name, an `@handle`, a link to the source, or a marker such as `según` or `via`. */
  readonly kind: CreditKind;
  /** The credit as written. */
  readonly text: string;
}

/** Whether a fragment is attributed, with the evidence found (quote and credit are reported even when one lacks). */
export interface Attribution {
  /** True when the fragment is quoted and credited. */
  readonly attributed: boolean;
  /** The quotation holding the fragment, if any. */
  readonly quote: QuoteEvidence | null;
  /** The credit near the fragment (near its quotation when quoted), if any. */
  readonly credit: CreditEvidence | null;
}
