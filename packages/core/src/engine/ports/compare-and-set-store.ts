/** A stored record and its version. */
export interface Versioned<S> {
  /** The record (as stored: the loader validates it). */
  readonly state: S;
  /** How many times it was saved: 1 after the first save. */
  readonly version: number;
}

/** What `save` did. Nothing is written unless `ok`. */
export type SaveResult =
  /** Saved; the record's new version. */
  | { readonly ok: true; readonly version: number }
  /** The record is not at `expectedVersion`; `version` is where it is (0 when there is none). */
  | { readonly ok: false; readonly reason: "version_conflict"; readonly version: number };

/**
 * The port for records changed by compare-and-set (one record per MAMA case): `save` writes only when the
 * stored version is `expectedVersion` (0: the record must not exist), so two writers cannot overwrite each
 * other. Every method is async; `MemoryCompareAndSetStore` is the in-memory implementation and the store
 * conformance suite (`@normas/core/testing`) checks any other.
 */
export interface CompareAndSetStore<S> {
  /** The record with this id and its version, or undefined. */
  load(id: string): Promise<Versioned<S> | undefined>;
  /** Stores `state` as version `expectedVersion + 1` if the stored version is `expectedVersion`. */
  save(id: string, state: S, expectedVersion: number): Promise<SaveResult>;
}
