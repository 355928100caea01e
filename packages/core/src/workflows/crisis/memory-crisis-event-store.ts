import type { AppendResult, CrisisEventStore, CrisisSnapshot } from "./crisis-event-store.js";
import type { SealedCrisisEvent } from "./event.js";

interface Log {
  readonly events: SealedCrisisEvent[];
  readonly keys: Map<string, SealedCrisisEvent>;
  snapshot: CrisisSnapshot | undefined;
}

/**
 * The in-memory {@link CrisisEventStore}: for tests, drills, and single-process use. Events are kept as
 * given (not copied), so tests can tamper with them to exercise `verify()`.
 *
 * @example
 * ```ts
 * import { Crisis, MemoryCrisisEventStore, standardProtocol } from "@normas/core";
 * const store = new MemoryCrisisEventStore();
 * const crisis = await Crisis.open(store, standardProtocol, { crisisId: "c1", brand: "acme-es", actor: "ana", role: "community-manager" }, Date.now());
 * ```
 */
export class MemoryCrisisEventStore implements CrisisEventStore {
  readonly #logs = new Map<string, Log>();

  #log(crisisId: string): Log {
    let log = this.#logs.get(crisisId);
    if (log === undefined) {
      log = { events: [], keys: new Map(), snapshot: undefined };
      this.#logs.set(crisisId, log);
    }
    return log;
  }

  /** {@inheritDoc CrisisEventStore.read} */
  async read(crisisId: string, fromSeq = 1): Promise<readonly SealedCrisisEvent[]> {
    const events = this.#logs.get(crisisId)?.events ?? [];
    return events.slice(Math.max(0, fromSeq - 1));
  }

  /** {@inheritDoc CrisisEventStore.append} */
  async append(
    crisisId: string,
    events: readonly SealedCrisisEvent[],
    expectedVersion: number,
  ): Promise<AppendResult> {
    const log = this.#log(crisisId);
    if (log.events.length !== expectedVersion) {
      return { ok: false, reason: "version_conflict", version: log.events.length };
    }
    for (const e of events) {
      const dup = e.idempotencyKey !== undefined ? log.keys.get(e.idempotencyKey) : undefined;
      if (dup !== undefined) return { ok: false, reason: "duplicate", event: dup };
    }
    for (const e of events) {
      log.events.push(e);
      if (e.idempotencyKey !== undefined) log.keys.set(e.idempotencyKey, e);
    }
    return { ok: true, version: log.events.length };
  }

  /** {@inheritDoc CrisisEventStore.findByIdempotencyKey} */
  async findByIdempotencyKey(crisisId: string, key: string): Promise<SealedCrisisEvent | undefined> {
    return this.#logs.get(crisisId)?.keys.get(key);
  }

  /** {@inheritDoc CrisisEventStore.saveSnapshot} */
  async saveSnapshot(snapshot: CrisisSnapshot): Promise<void> {
    this.#log(snapshot.crisisId).snapshot = snapshot;
  }

  /** {@inheritDoc CrisisEventStore.loadSnapshot} */
  async loadSnapshot(crisisId: string): Promise<CrisisSnapshot | undefined> {
    return this.#logs.get(crisisId)?.snapshot;
  }
}
