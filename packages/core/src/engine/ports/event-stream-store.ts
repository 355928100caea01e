/**
 * What an event stream store needs to know of an event: its position in the stream (`seq`, from 1: the
 * stream's version after the event) and its hash (the link of the stream's hash chain).
 */
export interface StreamEvent {
  /** Position in the stream, from 1. */
  readonly seq: number;
  /** The event's hash; the stream's head is the hash of its last event. */
  readonly hash: string;
}

/**
 * The anchored head of a stream: its version and the hash of its last event, stored apart from the events
 * and moved only by `append`. Comparing it with the events read is what detects events removed at the end.
 */
export interface StreamHead {
  /** Number of events (the `seq` of the last one). */
  readonly version: number;
  /** Hash of the last event. */
  readonly hash: string;
}

/** An idempotency key as stored: the hash of the command it was given with, and the events that command wrote. */
export interface IdempotencyRecord {
  /** The key. */
  readonly key: string;
  /** Hash of the command's payload (a retry must carry the same). */
  readonly payloadHash: string;
  /** `seq` of the first event the command wrote. */
  readonly fromSeq: number;
  /** `seq` of the last event the command wrote. */
  readonly toSeq: number;
}

/** One atomic append. */
export interface AppendRequest<E extends StreamEvent> {
  /** The stream's version the events follow (0 for a new stream). */
  readonly expectedVersion: number;
  /** The events, `seq` `expectedVersion + 1`, `+ 2`… (at least one). */
  readonly events: readonly E[];
  /** The command's idempotency key and the hash of its payload, stored with the events. */
  readonly idempotency?: { readonly key: string; readonly payloadHash: string };
}

/** What `append` did. Nothing is written unless `ok`. */
export type AppendResult<E extends StreamEvent> =
  /** Written; the stream's new head. */
  | { readonly ok: true; readonly head: StreamHead }
  /** The stream is not at `expectedVersion`; `version` is where it is (0 for no stream). */
  | { readonly ok: false; readonly reason: "version_conflict"; readonly version: number }
  /** The key was used before with the same payload: the events that command wrote. */
  | {
      readonly ok: false;
      readonly reason: "duplicate";
      readonly record: IdempotencyRecord;
      readonly events: readonly E[];
    }
  /** The key was used before with a different payload. */
  | { readonly ok: false; readonly reason: "idempotency_conflict"; readonly record: IdempotencyRecord };

/** A saved state of a stream at a version, so that loading replays only the events after it. */
export interface Snapshot<S> {
  /** The version the state is at. */
  readonly version: number;
  /** Hash of the event at `version`: the snapshot is anchored to it. */
  readonly head: string;
  /** The state. */
  readonly state: S;
  /** A hash of the state, computed by the runtime that saved it and checked by the one that loads it. */
  readonly stateHash: string;
}

/**
 * The port for event streams (one stream per crisis): append-only, optimistic concurrency, idempotency
 * keys with payload hashes, an anchored head, snapshots. Every method is async, so the same contract fits
 * memory, an embedded database or a server; `MemoryEventStreamStore` is the in-memory implementation and
 * the store conformance suite (`@normas/core/testing`) checks any other.
 *
 * An implementation must:
 * - make `append` atomic: every event or none; only when the stream is at `expectedVersion` (e.g. a unique
 *   key on stream and `seq`); the idempotency record, the events and the head written together;
 * - check the idempotency key first: a key already stored gives `duplicate` (same payload hash, with the
 *   events it wrote) or `idempotency_conflict` (another hash), whatever the version;
 * - keep the head apart from the events and move it only in `append`;
 * - return events exactly as appended (same fields and values), never objects a caller can change in the
 *   store.
 */
export interface EventStreamStore<E extends StreamEvent, S> {
  /** Appends events atomically after `expectedVersion`. */
  append(streamId: string, request: AppendRequest<E>): Promise<AppendResult<E>>;
  /** Events with `seq >= fromVersion` (default 1), oldest first; empty when there are none. */
  read(streamId: string, fromVersion?: number): Promise<readonly E[]>;
  /** The anchored head, or undefined when nothing was ever appended to the stream. */
  head(streamId: string): Promise<StreamHead | undefined>;
  /** The record of an idempotency key, if the key was used in this stream. */
  findIdempotencyKey(streamId: string, key: string): Promise<IdempotencyRecord | undefined>;
  /** Saves a snapshot, replacing the previous one. */
  saveSnapshot(streamId: string, snapshot: Snapshot<S>): Promise<void>;
  /** The latest snapshot, if any (as stored: the loader validates it). */
  loadSnapshot(streamId: string): Promise<Snapshot<S> | undefined>;
}
