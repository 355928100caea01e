import type { AppendResult } from "../../engine/ports/event-stream-store.js";
import type { EpochMs } from "../clock.js";
import { WorkflowError } from "../errors.js";
import type { CommitOutcome, ExecuteResult, IdempotencyClaim } from "../execute-options.js";
import { deepFreeze } from "../freeze.js";
import { CRISIS_GENESIS_HASH, hashCanonical } from "../hash.js";
import type { RefusalSite, WorkflowRefusal, WorkflowRefusalCode } from "../refusal.js";
import { zodRefusalIssues } from "../refusal.js";
import { WorkflowRuntime } from "../runtime.js";
import type { StepAccepted } from "../step.js";
import { sealCrisisEvent, sealInPlace, type VerifyResult } from "./chain.js";
import { type CrisisCommandOf, CrisisCommandSchema } from "./command.js";
import { isPlainValidCommand } from "./command-fast-check.js";
import type { CrisisEventStore } from "./crisis-event-store.js";
import type { CrisisState } from "./crisis-state.js";
import type { CrisisEffect, CrisisEvent, SealedCrisisEvent } from "./event.js";
import { fireDeadlines, type OpenCrisisOptions, openCrisis } from "./lifecycle.js";
import { type LoadCrisisOptions, loadCrisis, verifyStoredCrisis } from "./load-crisis.js";
import type { CrisisProtocol } from "./protocol-schema.js";
import { type CrisisRefusal, refuse } from "./refusal.js";
import { type TransitionResult, transition } from "./transition.js";

/** What `Crisis.execute` and `Crisis.tick` return. */
export type CrisisExecuteResult = ExecuteResult<CrisisState, SealedCrisisEvent, CrisisEffect, CrisisRefusal>;

/**
 * The crisis runtime: applies commands through the pure `transition`, records each accepted one (with the
 * escalations of deadlines overdue at its time) as hash-chained events in a {@link CrisisEventStore}, and
 * fires overdue deadlines on `tick(now)`. The runtime skeleton it shares with `MamaCase` validates options,
 * answers idempotent retries, checks `expectedVersion`, runs calls one after another, writes nothing for a
 * refusal, and hands out frozen state and events.
 *
 * @example
 * ```ts
 * import { Crisis, MemoryCrisisEventStore, standardProtocol } from "@normas/core/crisis";
 * const store = new MemoryCrisisEventStore();
 * const t0 = Date.UTC(2026, 4, 12, 9);
 * const crisis = await Crisis.open(store, standardProtocol, { crisisId: "leak-1", brand: "acme-air", actor: "ana", role: "community-manager" }, t0);
 * const r = await crisis.execute({ type: "raise-alert", actor: "ana", role: "community-manager", topics: ["filtración"] }, { now: t0 + 60_000, idempotencyKey: "cmd-1" });
 * if (!r.accepted) console.log(r.refusal.message.es);
 * await crisis.tick(t0 + 20 * 60_000); // escalates the unmet "acknowledge" deadline
 * (await crisis.verify()).ok; // true
 * ```
 *
 * @category Workflows
 */
export class Crisis<P extends CrisisProtocol = CrisisProtocol> extends WorkflowRuntime<
  CrisisState,
  CrisisCommandOf<P>,
  CrisisEvent,
  SealedCrisisEvent,
  CrisisEffect,
  CrisisRefusal
> {
  readonly #store: CrisisEventStore;
  readonly #protocol: P;
  #head: string;
  #writing: { state: CrisisState; events: SealedCrisisEvent[] } | undefined;

  private constructor(store: CrisisEventStore, protocol: P, state: CrisisState, head: string) {
    super(state);
    this.#store = store;
    this.#protocol = protocol;
    this.#head = head;
  }

  /**
   * Opens a new crisis record and writes its `opened` event.
   * @throws `InputError` when an id is empty or `now` is not whole epoch milliseconds;
   * {@link WorkflowError} `WORKFLOW_EXISTS` if the store already has a log for this id.
   */
  static async open<P extends CrisisProtocol>(
    store: CrisisEventStore,
    protocol: P,
    options: OpenCrisisOptions,
    now: EpochMs,
  ): Promise<Crisis<P>> {
    const { state, event } = openCrisis(protocol, options, now);
    const sealed = sealCrisisEvent(event, CRISIS_GENESIS_HASH);
    const r = await store.append(state.crisisId, { expectedVersion: 0, events: [sealed] });
    if (!r.ok)
      throw new WorkflowError(
        "WORKFLOW_EXISTS",
        state.crisisId,
        `Crisis '${state.crisisId}' already exists.`,
      );
    return new Crisis(store, protocol, state, sealed.hash);
  }

  /**
   * Loads a crisis from the store (a restart): its snapshot, then the events after it. Checks what it reads:
   * the snapshot validates, matches the hash of its state, is not ahead of the log and is anchored to the hash
   * of the event at its version;
   * the events after it follow the hash chain and end exactly at the stream's anchored head. Events before
   * the snapshot are not re-read: `verify()` checks the whole log.
   * @throws {@link WorkflowError} `WORKFLOW_NOT_FOUND` when there is no log for this id,
   * `WORKFLOW_LOG_INVALID` when the events read fail verification (changed, removed, inserted, reordered, or
   * missing at the end), `WORKFLOW_SNAPSHOT_INVALID` when the snapshot is corrupt or does not match the log;
   * `InputError` for an empty id.
   */
  static async load<P extends CrisisProtocol>(
    store: CrisisEventStore,
    protocol: P,
    crisisId: string,
    options: LoadCrisisOptions = {},
  ): Promise<Crisis<P>> {
    const loaded = await loadCrisis(store, protocol, crisisId, options);
    return new Crisis(store, protocol, loaded.state, loaded.head);
  }

  /** The log version (number of events). */
  get version(): number {
    return this.state.version;
  }

  /** The protocol this crisis follows. */
  get protocol(): P {
    return this.#protocol;
  }

  /** @internal */
  protected get streamId(): string {
    return this.state.crisisId;
  }

  /** @internal */
  protected site(command: string | null): RefusalSite {
    return { command, state: this.state.state };
  }

  /** @internal */
  protected parseCommand(
    command: unknown,
  ): { ok: true; command: CrisisCommandOf<P> } | { ok: false; refusal: CrisisRefusal } {
    // The common command passes a structural check that accepts a subset of what zod accepts; the rest
    // (and every bad command, for its report) goes through zod.
    if (isPlainValidCommand(command)) return { ok: true, command: command as CrisisCommandOf<P> };
    const parsed = CrisisCommandSchema.safeParse(command);
    if (parsed.success) return { ok: true, command: parsed.data as CrisisCommandOf<P> };
    const issues = zodRefusalIssues(parsed.error, command);
    const type =
      typeof (command as { type?: unknown } | null)?.type === "string"
        ? (command as { type: string }).type.slice(0, 64)
        : null;
    const path = issues.length === 1 ? issues[0]?.path : undefined;
    return { ok: false, refusal: refuse("invalid_command", type, this.state.state, {}, path, issues) };
  }

  /** @internal */
  protected adopt(refusal: WorkflowRefusal<WorkflowRefusalCode>): CrisisRefusal {
    return refusal;
  }

  /** @internal */
  protected async storedVersion(): Promise<number> {
    return (await this.#store.head(this.streamId))?.version ?? 0;
  }

  /** @internal */
  protected decide(state: CrisisState, command: CrisisCommandOf<P>, now: EpochMs): TransitionResult {
    return transition(this.#protocol, state, command, now);
  }

  /** @internal */
  protected async recall(
    key: string,
  ): Promise<{ readonly payloadHash: string; readonly events: readonly SealedCrisisEvent[] } | undefined> {
    const record = await this.#store.findIdempotencyKey(this.streamId, key);
    if (record === undefined) return undefined;
    const events = await this.#store.read(this.streamId, record.fromSeq);
    return { payloadHash: record.payloadHash, events: events.slice(0, record.toSeq - record.fromSeq + 1) };
  }

  /** @internal */
  protected write(
    accepted: StepAccepted<CrisisState, CrisisEvent, CrisisEffect>,
    claim: IdempotencyClaim | undefined,
  ): Promise<AppendResult<SealedCrisisEvent>> {
    // Frozen before the store sees them: the memory store keeps frozen data as it is, and callers get them back.
    const sealed = deepFreeze(sealInPlace(accepted.events, this.#head, claim?.key));
    this.#writing = { state: accepted.state, events: sealed };
    return this.#store.append(this.streamId, {
      expectedVersion: this.version,
      events: sealed,
      ...(claim !== undefined ? { idempotency: claim } : {}),
    });
  }

  /** @internal */
  protected settle(written: unknown): CommitOutcome<SealedCrisisEvent, CrisisState> {
    const r = written as AppendResult<SealedCrisisEvent>;
    const writing = this.#writing as { state: CrisisState; events: SealedCrisisEvent[] };
    this.#writing = undefined;
    if (r.ok) {
      this.#head = r.head.hash;
      return { kind: "committed", state: writing.state, events: writing.events };
    }
    if (r.reason === "duplicate") return { kind: "duplicate", events: r.events };
    if (r.reason === "idempotency_conflict") return { kind: "idempotency_conflict" };
    return { kind: "version_conflict", version: r.version };
  }

  /** @internal */
  protected async reload(): Promise<CrisisState> {
    const fresh = await loadCrisis(this.#store, this.#protocol, this.streamId);
    this.#head = fresh.head;
    return fresh.state;
  }

  /**
   * Escalates every deadline overdue at `now`, each exactly once (also after a restart: the escalation is in
   * the log). Accepted with the escalation events written (none when nothing was due) and their effects;
   * refused with `invalid_time` or `clock_went_back` for a bad `now`, or `version_conflict` when another
   * instance moved the log on (the state is reloaded: tick again).
   */
  tick(now: EpochMs): Promise<CrisisExecuteResult> {
    return this.serial(async () => {
      const r = fireDeadlines(this.#protocol, this.state, now);
      if (!r.accepted) return r;
      if (r.events.length === 0)
        return { accepted: true, duplicate: false, state: this.state, events: [], effects: [] };
      return this.record(r, undefined, "tick");
    });
  }

  /** Saves a snapshot of the current state, so that `load` replays only the events after it. */
  snapshot(): Promise<void> {
    return this.serial(() =>
      this.#store.saveSnapshot(this.streamId, {
        version: this.version,
        head: this.#head,
        state: this.state,
        stateHash: hashCanonical(this.state),
      }),
    );
  }

  /** The whole log, oldest first (frozen events, as the store hands them out). */
  events(): Promise<readonly SealedCrisisEvent[]> {
    return this.#store.read(this.streamId);
  }

  /**
   * Re-reads the whole stored log and checks, in this order:
   * 1. sequence numbers 1, 2, 3… with no gap or repeat (`sequence_gap`), all of this crisis (`wrong_crisis`);
   * 2. each event's `prevHash` equals the previous event's hash, the first one `CRISIS_GENESIS_HASH`
   *    (`broken_chain`: an event was removed, inserted or reordered);
   * 3. each event's hash recomputed from its content (`hash_mismatch`: an event was changed);
   * 4. the log ends exactly at the stream's anchored head, its version and hash (`head_mismatch`: events
   *    removed at the end, or added without the store's `append`);
   * 5. the stored snapshot, if any, matches the hash of its state, is anchored to the hash of the event at its
   *    version and equals the replay of the log up to it (`snapshot_mismatch`).
   *
   * It does not detect a rewrite of the whole log together with its head by someone who can write to the
   * store (anyone can recompute a hash chain: it is tamper evidence, not a signature), nor changes to the
   * protocol the crisis follows.
   */
  verify(): Promise<VerifyResult> {
    return verifyStoredCrisis(this.#store, this.#protocol, this.streamId);
  }
}
