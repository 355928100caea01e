/** A source document as a source store keeps it: the document and the fingerprints the index computed of it. */
export interface SourceRecord<D> {
  /** The document's id (unique in the store). */
  readonly id: string;
  /** The document, as given (the index validated it). */
  readonly document: D;
  /** Its winnowed fingerprints, each once, as 16 hexadecimal digits. */
  readonly fingerprints: readonly string[];
}

/** A document that shares fingerprints with a query, and how many. */
export interface SourceCandidate {
  /** The document's id. */
  readonly id: string;
  /** How many of the query's fingerprints it holds. */
  readonly shared: number;
}

/**
 * The port for the source documents and fingerprints behind an originality index, so that they can live in a
 * database and a query loads only what it needs: the documents that share fingerprints with a draft. Documents
 * and their fingerprints are written together (a document is never found by fingerprints it no longer has).
 * Every method is async; `MemorySourceStore` is the in-memory implementation and the store conformance suite
 * (`@normas/core/testing`) checks any other. `StoredSourceIndex` (`@normas/core/originality`) works on it.
 *
 * An implementation must:
 * - make `put` atomic per call (bulk loading: many documents in one call), replacing a document with the same id
 *   together with all of its fingerprints;
 * - return documents exactly as put (same fields and values), never objects a caller can change in the store.
 */
export interface SourceStore<D> {
  /** Stores the records, replacing those with the same ids (documents and fingerprints). */
  put(records: readonly SourceRecord<D>[]): Promise<void>;
  /** Forgets a document and its fingerprints; false when there was none with this id. */
  delete(id: string): Promise<boolean>;
  /** The documents with these ids that are stored, in the order of `ids`. */
  get(ids: readonly string[]): Promise<readonly D[]>;
  /**
   * The documents holding at least one of `fingerprints`, most shared first (ties by id), at most `limit`.
   */
  candidates(fingerprints: readonly string[], limit: number): Promise<readonly SourceCandidate[]>;
  /** Up to `limit` records with an id after `after` (all when undefined), in id order: a page of a full scan. */
  list(after: string | undefined, limit: number): Promise<readonly SourceRecord<D>[]>;
  /** How many documents are stored. */
  count(): Promise<number>;
}
