import type { CrisisState } from "./crisis-state.js";
import type { SealedCrisisEvent } from "./event.js";

/** A saved crisis state, to avoid replaying the whole log on load. */
export interface CrisisSnapshot {
  /** The crisis id. */
  readonly crisisId: string;
  /** The state at `state.version`. */
  readonly state: CrisisState;
  /** Hash of the event at `state.version` (the chain continues from it). */
  readonly head: string;
}

/** What `append` did. */
export type AppendResult =
  | { readonly ok: true; readonly version: number }
  /** The log is not at `expectedVersion`; `version` is where it is. Nothing was written. */
  | { readonly ok: false; readonly reason: "version_conflict"; readonly version: number }
  /** An event with the same idempotency key exists; it is returned. Nothing was written. */
  | { readonly ok: false; readonly reason: "duplicate"; readonly event: SealedCrisisEvent };

/**
 * Storage of crisis logs: append-only, one log per crisis. Implement it over a database in another
 * package; {@link MemoryCrisisEventStore} is the in-memory default. Every method is async.
 *
 * An implementation must make `append` atomic: either every event is written or none, only if the log
 * is at `expectedVersion` (optimistic concurrency, e.g. a unique `(crisis_id, seq)` index) and only if
 * no stored event of the crisis has the idempotency key of one of the new events (a unique index too).
 * It must return events as they were appended (same fields and values) and never change them.
 */
export interface CrisisEventStore {
  /** Events of a crisis with `seq >= fromSeq` (default 1), oldest first; empty if none. */
  read(crisisId: string, fromSeq?: number): Promise<readonly SealedCrisisEvent[]>;
  /** Appends events after version `expectedVersion` (0 for a new crisis). */
  append(
    crisisId: string,
    events: readonly SealedCrisisEvent[],
    expectedVersion: number,
  ): Promise<AppendResult>;
  /** The event recorded with this idempotency key, if any. */
  findByIdempotencyKey(crisisId: string, key: string): Promise<SealedCrisisEvent | undefined>;
  /** Saves a snapshot (replacing an older one). */
  saveSnapshot(snapshot: CrisisSnapshot): Promise<void>;
  /** The latest snapshot, if any. */
  loadSnapshot(crisisId: string): Promise<CrisisSnapshot | undefined>;
}
