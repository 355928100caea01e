// PLACEHOLDER owned by the originality work: the real SourceIndex implements this.
/** What evaluation needs from a source index: the fragments of a draft found in registered sources. */
export interface SourceLookup {
  /** Every copied or near-copied fragment of `draft`. */
  match(draft: string): readonly unknown[];
}
