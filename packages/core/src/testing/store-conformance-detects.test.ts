// The suite proves something: a second, independent store passes it, and each bug put into that store fails the
// check named for it.
import { describe, expect, it } from "vitest";
import type { CompareAndSetStore, SaveResult, Versioned } from "../engine/ports/compare-and-set-store.js";
import type {
  AppendRequest,
  AppendResult,
  EventStreamStore,
  IdempotencyRecord,
  Snapshot,
  StreamHead,
} from "../engine/ports/event-stream-store.js";
import type { CaseState } from "../workflows/cases/state.js";
import type { CrisisState } from "../workflows/crisis/crisis-state.js";
import type { SealedCrisisEvent } from "../workflows/crisis/event.js";
import { ConformanceFailure } from "./conformance-kit.js";
import { storeConformanceChecks } from "./store-conformance.js";

interface Bugs {
  /** Checks the version, then awaits, then writes: concurrent appends all pass. */
  readonly raceyVersion?: boolean;
  /** Computes the head from the events instead of keeping it apart. */
  readonly headFromEvents?: boolean;
  /** Treats any reuse of a key as a retry, whatever the payload. */
  readonly ignorePayloadHash?: boolean;
  /** Hands out the objects it keeps. */
  readonly sharesObjects?: boolean;
}

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const copy = <T>(v: T): T => structuredClone(v);

/** An event stream store written from the port's contract alone, with optional bugs. */
class PlainStore implements EventStreamStore<SealedCrisisEvent, CrisisState> {
  readonly events = new Map<string, SealedCrisisEvent[]>();
  readonly heads = new Map<string, StreamHead>();
  readonly keys = new Map<string, IdempotencyRecord>();
  readonly snapshots = new Map<string, Snapshot<CrisisState>>();
  constructor(private readonly bugs: Bugs = {}) {}

  #out<T>(v: T): T {
    return this.bugs.sharesObjects ? v : copy(v);
  }

  async append(id: string, r: AppendRequest<SealedCrisisEvent>): Promise<AppendResult<SealedCrisisEvent>> {
    const record = r.idempotency ? this.keys.get(`${id}\u0000${r.idempotency.key}`) : undefined;
    if (record && r.idempotency) {
      if (!this.bugs.ignorePayloadHash && record.payloadHash !== r.idempotency.payloadHash)
        return { ok: false, reason: "idempotency_conflict", record };
      const events = (this.events.get(id) ?? []).slice(record.fromSeq - 1, record.toSeq);
      return { ok: false, reason: "duplicate", record, events: this.#out(events) };
    }
    // Synchronous from check to write (an await between them would be the race below).
    const version = this.#head(id)?.version ?? 0;
    if (this.bugs.raceyVersion) await tick();
    if (version !== r.expectedVersion) return { ok: false, reason: "version_conflict", version };
    const log = this.events.get(id) ?? [];
    const stored = this.bugs.sharesObjects ? [...r.events] : r.events.map(copy);
    log.splice(r.expectedVersion, log.length, ...stored);
    this.events.set(id, log);
    const last = r.events[r.events.length - 1] as SealedCrisisEvent;
    const head = { version: last.seq, hash: last.hash };
    this.heads.set(id, head);
    if (r.idempotency) {
      const { key, payloadHash } = r.idempotency;
      this.keys.set(`${id}\u0000${key}`, {
        key,
        payloadHash,
        fromSeq: r.expectedVersion + 1,
        toSeq: last.seq,
      });
    }
    return { ok: true, head };
  }

  async read(id: string, from = 1) {
    return this.#out((this.events.get(id) ?? []).slice(from - 1));
  }

  async head(id: string) {
    return this.#head(id);
  }

  #head(id: string): StreamHead | undefined {
    if (this.bugs.headFromEvents) {
      const last = this.events.get(id)?.at(-1);
      return last ? { version: last.seq, hash: last.hash } : undefined;
    }
    return this.heads.get(id);
  }

  async findIdempotencyKey(id: string, key: string) {
    return this.keys.get(`${id}\u0000${key}`);
  }

  async saveSnapshot(id: string, s: Snapshot<CrisisState>) {
    this.snapshots.set(id, copy(s));
  }

  async loadSnapshot(id: string) {
    const s = this.snapshots.get(id);
    return s === undefined ? undefined : this.#out(s);
  }
}

/** A compare-and-set store from the contract, with an optional race. */
class PlainRecords implements CompareAndSetStore<CaseState> {
  readonly records = new Map<string, Versioned<CaseState>>();
  constructor(private readonly racey = false) {}

  async load(id: string) {
    const r = this.records.get(id);
    return r === undefined ? undefined : copy(r);
  }

  async save(id: string, state: CaseState, expected: number): Promise<SaveResult> {
    const version = this.records.get(id)?.version ?? 0;
    if (this.racey) await tick();
    if (version !== expected) return { ok: false, reason: "version_conflict", version };
    this.records.set(id, { state: copy(state), version: version + 1 });
    return { ok: true, version: version + 1 };
  }
}

async function failures(bugs: Bugs, raceyCases = false): Promise<string[]> {
  const checks = storeConformanceChecks({
    eventStreams: () => {
      const store = new PlainStore(bugs);
      return {
        store,
        rewriteEvents: async (id, edit) => {
          store.events.set(id, [...edit(copy(store.events.get(id) ?? []))]);
        },
      };
    },
    cases: () => ({ store: new PlainRecords(raceyCases) }),
  });
  const failed: string[] = [];
  for (const check of checks) {
    try {
      await check.run();
    } catch (error) {
      expect(error).toBeInstanceOf(ConformanceFailure);
      failed.push(check.name);
    }
  }
  return failed;
}

describe("the store conformance suite", () => {
  it("passes an independent store written from the port's contract", async () => {
    expect(await failures({})).toEqual([]);
  });

  it("fails a store whose version check races", async () => {
    const failed = await failures({ raceyVersion: true });
    expect(failed).toContain("event streams: lets exactly one of 8 concurrent appends at one version win");
    expect(failed).toContain(
      "crisis on event streams: two instances on one crisis: one command wins, the other is refused, nothing is lost",
    );
  });

  it("fails a store that does not anchor the head apart from the events", async () => {
    const failed = await failures({ headFromEvents: true });
    expect(failed).toContain(
      "crisis on event streams: events removed at the end are detected through the anchored head",
    );
  });

  it("fails a store that ignores the payload hash of an idempotency key", async () => {
    const failed = await failures({ ignorePayloadHash: true });
    expect(failed).toContain(
      "event streams: refuses the same key with a different payload (idempotency_conflict) and writes nothing",
    );
  });

  it("fails a store that hands out the objects it keeps", async () => {
    const failed = await failures({ sharesObjects: true });
    expect(failed).toContain(
      "event streams: keeps the latest snapshot, and hands out copies nobody can change",
    );
  });

  it("fails a compare-and-set store whose check races", async () => {
    const failed = await failures({}, true);
    expect(failed).toContain(
      "cases on compare-and-set: lets exactly one of 8 concurrent compare-and-sets win",
    );
  });
});
