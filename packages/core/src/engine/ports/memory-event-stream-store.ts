import { InputError, type Issue } from "../../model/errors.js";
import type {
  AppendRequest,
  AppendResult,
  EventStreamStore,
  IdempotencyRecord,
  Snapshot,
  StreamEvent,
  StreamHead,
} from "./event-stream-store.js";
import { frozenCopy } from "./frozen-copy.js";

interface Stream<E, S> {
  events: E[];
  head: StreamHead | undefined;
  readonly keys: Map<string, IdempotencyRecord>;
  snapshot: Snapshot<S> | undefined;
}

const NO_EVENTS: readonly never[] = Object.freeze([]);

function invalid(code: string, field: string, message: string): InputError {
  const issue: Issue = { code, path: [field], pathText: field, message };
  return new InputError([issue], "Invalid store call");
}

/**
 * The in-memory {@link EventStreamStore}: for tests, drills, demos and single-process tools. It keeps frozen
 * copies of what it is given and hands those out, as a database would hand out rows: no caller can change
 * a stored event, head or snapshot through an object it holds.
 *
 * @example
 * ```ts
 * import { Crisis, MemoryCrisisEventStore, standardProtocol } from "@normas/core/crisis";
 * const store = new MemoryCrisisEventStore();
 * const crisis = await Crisis.open(store, standardProtocol, { crisisId: "c1", brand: "acme-es", actor: "ana", role: "community-manager" }, Date.now());
 * ```
 */
export class MemoryEventStreamStore<E extends StreamEvent, S> implements EventStreamStore<E, S> {
  readonly #streams = new Map<string, Stream<E, S>>();

  /** Appends events atomically after `expectedVersion` (see `EventStreamStore.append`). */
  async append(streamId: string, request: AppendRequest<E>): Promise<AppendResult<E>> {
    checkStreamId(streamId);
    const { expectedVersion, events, idempotency } = request;
    if (!Number.isInteger(expectedVersion) || expectedVersion < 0)
      throw invalid("invalid_version", "expectedVersion", "expectedVersion must be a whole number ≥ 0.");
    if (!Array.isArray(events) || events.length === 0)
      throw invalid("no_events", "events", "append needs at least one event.");
    if (idempotency !== undefined && (typeof idempotency.key !== "string" || idempotency.key === ""))
      throw invalid("invalid_key", "idempotency", "An idempotency key must be a non-empty string.");
    const stream = this.#streams.get(streamId);
    if (idempotency !== undefined && stream !== undefined) {
      const record = stream.keys.get(idempotency.key);
      if (record !== undefined) {
        if (record.payloadHash !== idempotency.payloadHash)
          return { ok: false, reason: "idempotency_conflict", record };
        return {
          ok: false,
          reason: "duplicate",
          record,
          events: stream.events.slice(record.fromSeq - 1, record.toSeq),
        };
      }
    }
    const version = stream?.head?.version ?? 0;
    if (version !== expectedVersion) return { ok: false, reason: "version_conflict", version };
    const copies = new Array<E>(events.length);
    for (let i = 0; i < events.length; i++) {
      const e = events[i] as E;
      if (e.seq !== expectedVersion + i + 1)
        throw invalid(
          "bad_sequence",
          "events",
          `Event ${i} has seq ${String(e.seq)}, not ${expectedVersion + i + 1}.`,
        );
      if (typeof e.hash !== "string" || e.hash === "")
        throw invalid("no_hash", "events", `Event ${i} has no hash.`);
      copies[i] = frozenCopy(e);
    }
    const last = copies[copies.length - 1] as E;
    const head: StreamHead = Object.freeze({ version: last.seq, hash: last.hash });
    const target: Stream<E, S> = stream ?? { events: [], head, keys: new Map(), snapshot: undefined };
    for (const e of copies) target.events.push(e);
    target.head = head;
    if (idempotency !== undefined) {
      target.keys.set(
        idempotency.key,
        Object.freeze({
          key: idempotency.key,
          payloadHash: idempotency.payloadHash,
          fromSeq: expectedVersion + 1,
          toSeq: last.seq,
        }),
      );
    }
    if (stream === undefined) this.#streams.set(streamId, target);
    return { ok: true, head };
  }

  /** Events with `seq >= fromVersion` (default 1), oldest first; empty when there are none. */
  async read(streamId: string, fromVersion = 1): Promise<readonly E[]> {
    const events = this.#streams.get(streamId)?.events;
    if (events === undefined) return NO_EVENTS;
    return events.slice(Math.max(0, Math.floor(fromVersion) - 1));
  }

  /** The anchored head, or undefined when nothing was ever appended to the stream. */
  async head(streamId: string): Promise<StreamHead | undefined> {
    return this.#streams.get(streamId)?.head;
  }

  /** The record of an idempotency key, if the key was used in this stream. */
  async findIdempotencyKey(streamId: string, key: string): Promise<IdempotencyRecord | undefined> {
    return this.#streams.get(streamId)?.keys.get(key);
  }

  /** Saves a snapshot (a frozen copy), replacing the previous one. */
  async saveSnapshot(streamId: string, snapshot: Snapshot<S>): Promise<void> {
    checkStreamId(streamId);
    const stream = this.#streams.get(streamId);
    const copy = frozenCopy(snapshot);
    if (stream !== undefined) stream.snapshot = copy;
    else this.#streams.set(streamId, { events: [], head: undefined, keys: new Map(), snapshot: copy });
  }

  /** The latest snapshot, if any. */
  async loadSnapshot(streamId: string): Promise<Snapshot<S> | undefined> {
    return this.#streams.get(streamId)?.snapshot;
  }

  /**
   * Replaces a stream's stored events with `edit(events)` WITHOUT any check and without moving the anchored
   * head: it simulates a damaged or tampered database, for tests of verification (the store conformance suite
   * uses it). Never call it in an application.
   */
  async rewriteEvents(streamId: string, edit: (events: E[]) => readonly E[]): Promise<void> {
    const stream = this.#streams.get(streamId);
    if (stream === undefined) return;
    stream.events = edit(stream.events.map((e) => structuredClone(e))).map((e) => frozenCopy(e));
  }
}

function checkStreamId(streamId: unknown): void {
  if (typeof streamId !== "string" || streamId === "")
    throw invalid("invalid_id", "streamId", "A stream id must be a non-empty string.");
}
