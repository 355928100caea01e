import { NormasError } from "../../model/errors.js";
import { sealCrisisEvent, sealInPlace, type VerifyResult, verifyCrisisLog } from "./chain.js";
import { type CrisisCommand, CrisisCommandSchema } from "./command.js";
import { isPlainValidCommand } from "./command-fast-check.js";
import type { CrisisEventStore } from "./crisis-event-store.js";
import type { CrisisState } from "./crisis-state.js";
import type { CrisisEffect, SealedCrisisEvent } from "./event.js";
import { CRISIS_GENESIS_HASH } from "./hash.js";
import { fireDeadlines, type OpenCrisisOptions, openCrisis, replayCrisis } from "./lifecycle.js";
import type { CrisisProtocol } from "./protocol-schema.js";
import { type CrisisRefusal, refuse } from "./refusal.js";
import { transition } from "./transition.js";

const NONE: readonly SealedCrisisEvent[] = Object.freeze([]);

/** A crisis that cannot be opened or loaded (`CRISIS_EXISTS`, `CRISIS_NOT_FOUND`, `CRISIS_LOG_INVALID`). */
export class CrisisError extends NormasError {
  constructor(code: "CRISIS_EXISTS" | "CRISIS_NOT_FOUND" | "CRISIS_LOG_INVALID", message: string) {
    super(code, message);
    this.name = "CrisisError";
  }
}

/** Options of `Crisis.execute`. */
export interface ExecuteOptions {
  /** The time of the command, epoch ms (the runtime never reads a clock). */
  readonly now: number;
  /** Retrying with the same key applies the command once; the retry returns the first event. */
  readonly idempotencyKey?: string;
  /** Refuse with `version_conflict` unless the log is at this version. */
  readonly expectedVersion?: number;
}

/** A command applied (or recognised as a retry): the state, the events written and the effects. */
export interface ExecuteAccepted {
  /** Accepted. */
  readonly ok: true;
  /** True when the idempotency key was already used: nothing new was written. */
  readonly duplicate: boolean;
  /** The state after the command. */
  readonly state: CrisisState;
  /** The command's event (for a duplicate, the one recorded the first time). */
  readonly event: SealedCrisisEvent;
  /** Escalations of overdue deadlines written just before the command. */
  readonly escalations: readonly SealedCrisisEvent[];
  /** Effects to perform (escalations' first; none for a duplicate). */
  readonly effects: readonly CrisisEffect[];
}

/** What `Crisis.execute` returns. */
export type ExecuteResult = ExecuteAccepted | { readonly ok: false; readonly refusal: CrisisRefusal };

/**
 * The crisis runtime: applies commands through the pure `transition`, records each accepted one as a
 * hash-chained event in a {@link CrisisEventStore}, and fires overdue deadlines on `tick(now)`. A
 * refused command writes nothing. Calls on one instance run one after another.
 *
 * @example
 * ```ts
 * import { Crisis, MemoryCrisisEventStore, standardProtocol } from "@normas/core";
 * const store = new MemoryCrisisEventStore();
 * const t0 = Date.UTC(2026, 4, 12, 9);
 * const crisis = await Crisis.open(store, standardProtocol, { crisisId: "leak-1", brand: "acme-air", actor: "ana", role: "community-manager" }, t0);
 * const r = await crisis.execute({ type: "raise-alert", actor: "ana", role: "community-manager", topics: ["filtración"] }, { now: t0 + 60_000, idempotencyKey: "cmd-1" });
 * if (!r.ok) console.log(r.refusal.message.es);
 * await crisis.tick(t0 + 20 * 60_000); // escalates the unmet "acknowledge" deadline
 * (await crisis.verify()).ok; // true
 * ```
 */
export class Crisis {
  readonly #store: CrisisEventStore;
  readonly #protocol: CrisisProtocol;
  #state: CrisisState;
  #head: string;
  #queue: Promise<unknown> | undefined;

  private constructor(store: CrisisEventStore, protocol: CrisisProtocol, state: CrisisState, head: string) {
    this.#store = store;
    this.#protocol = protocol;
    this.#state = state;
    this.#head = head;
  }

  /**
   * Opens a new crisis record and writes its `opened` event.
   * @throws `CrisisError` `CRISIS_EXISTS` if the store already has a log for this id.
   */
  static async open(
    store: CrisisEventStore,
    protocol: CrisisProtocol,
    options: OpenCrisisOptions,
    now: number,
  ): Promise<Crisis> {
    const { state, event } = openCrisis(protocol, options, now);
    const sealed = sealCrisisEvent(event, CRISIS_GENESIS_HASH);
    const r = await store.append(options.crisisId, [sealed], 0);
    if (!r.ok) throw new CrisisError("CRISIS_EXISTS", `Crisis '${options.crisisId}' already exists.`);
    return new Crisis(store, protocol, state, sealed.hash);
  }

  /**
   * Loads a crisis from the store: its latest snapshot, then the events after it (a restart).
   * @throws `CrisisError` `CRISIS_NOT_FOUND` when there is no log for this id.
   */
  static async load(store: CrisisEventStore, protocol: CrisisProtocol, crisisId: string): Promise<Crisis> {
    const snap = await store.loadSnapshot(crisisId);
    const events = await store.read(crisisId, snap !== undefined ? snap.state.version + 1 : 1);
    const state = replayCrisis(protocol, events, snap?.state);
    if (state === undefined) {
      if (events.length === 0) throw new CrisisError("CRISIS_NOT_FOUND", `No crisis '${crisisId}'.`);
      throw new CrisisError(
        "CRISIS_LOG_INVALID",
        `The log of crisis '${crisisId}' does not start with 'opened'.`,
      );
    }
    const head =
      events.length > 0
        ? (events[events.length - 1] as SealedCrisisEvent).hash
        : (snap?.head ?? CRISIS_GENESIS_HASH);
    return new Crisis(store, protocol, state, head);
  }

  /** The current state (plain data; pass it to `brandCrisisState` for evaluation). */
  get state(): CrisisState {
    return this.#state;
  }

  /** The log version (number of events). */
  get version(): number {
    return this.#state.version;
  }

  /** The protocol this crisis follows. */
  get protocol(): CrisisProtocol {
    return this.#protocol;
  }

  // Calls run one after another: each waits for the previous one (a rejected call does not block the next).
  #serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.#queue === undefined ? work() : this.#queue.then(work, work);
    const tail: Promise<void> = run.then(
      () => this.#settle(tail),
      () => this.#settle(tail),
    );
    this.#queue = tail;
    return run;
  }

  #settle(tail: Promise<unknown>): void {
    if (this.#queue === tail) this.#queue = undefined;
  }

  /**
   * Applies a command at `options.now`: first escalates overdue deadlines, then takes the transition,
   * and appends all of it atomically. A refusal writes nothing (not even the escalations).
   */
  execute(command: CrisisCommand, options: ExecuteOptions): Promise<ExecuteResult> {
    return this.#serial(() => this.#execute(command, options));
  }

  async #execute(command: CrisisCommand, options: ExecuteOptions): Promise<ExecuteResult> {
    const current = this.#state;
    // The common command passes a structural check that accepts a subset of what zod accepts; the rest
    // (and every bad command, for its report) goes through zod.
    const parsed = isPlainValidCommand(command)
      ? { success: true as const, data: command }
      : CrisisCommandSchema.safeParse(command);
    if (!parsed.success) {
      const problem = parsed.error.issues
        .map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`)
        .join("; ");
      const type = typeof (command as { type?: unknown })?.type === "string" ? String(command.type) : "";
      return { ok: false, refusal: refuse("invalid_command", type, current.state, { problem }) };
    }
    const key = options.idempotencyKey;
    if (key !== undefined) {
      const seen = await this.#store.findByIdempotencyKey(current.crisisId, key);
      if (seen !== undefined) return this.#duplicate(seen);
    }
    if (options.expectedVersion !== undefined && options.expectedVersion !== current.version) {
      return { ok: false, refusal: this.#conflict(options.expectedVersion, current.version, command.type) };
    }
    const fired = fireDeadlines(this.#protocol, current, options.now);
    const r = transition(this.#protocol, fired.state, parsed.data, options.now);
    if (!r.ok) return r;
    const escalated = fired.events.length > 0;
    const drafts = escalated ? [...fired.events, r.event] : [r.event];
    const sealed = sealInPlace(drafts, this.#head, key);
    const appended = await this.#store.append(current.crisisId, sealed, current.version);
    if (!appended.ok) {
      if (appended.reason === "duplicate") return this.#duplicate(appended.event);
      return { ok: false, refusal: this.#conflict(current.version, appended.version, command.type) };
    }
    const event = sealed[sealed.length - 1] as SealedCrisisEvent;
    this.#state = r.state;
    this.#head = event.hash;
    return {
      ok: true,
      duplicate: false,
      state: r.state,
      event,
      escalations: escalated ? sealed.slice(0, -1) : NONE,
      effects: escalated ? [...fired.effects, ...r.effects] : r.effects,
    };
  }

  #duplicate(event: SealedCrisisEvent): ExecuteAccepted {
    return { ok: true, duplicate: true, state: this.#state, event, escalations: [], effects: [] };
  }

  #conflict(expected: number, actual: number, command: string): CrisisRefusal {
    return refuse("version_conflict", command, this.#state.state, {
      expected: String(expected),
      actual: String(actual),
    });
  }

  /**
   * Escalates every deadline overdue at `now`, each exactly once (also after a restart: the escalation is
   * in the log). Returns the escalation events written (empty when none was due).
   */
  tick(now: number): Promise<readonly SealedCrisisEvent[]> {
    return this.#serial(async () => {
      const current = this.#state;
      const fired = fireDeadlines(this.#protocol, current, now);
      if (fired.events.length === 0) return [];
      const sealed = sealInPlace(fired.events, this.#head);
      const r = await this.#store.append(current.crisisId, sealed, current.version);
      if (!r.ok) {
        await this.#reload();
        return [];
      }
      this.#state = fired.state;
      this.#head = (sealed[sealed.length - 1] as SealedCrisisEvent).hash;
      return sealed;
    });
  }

  /** Reloads the state from the store (after a `version_conflict`, when another writer moved on). */
  refresh(): Promise<CrisisState> {
    return this.#serial(() => this.#reload());
  }

  async #reload(): Promise<CrisisState> {
    const fresh = await Crisis.load(this.#store, this.#protocol, this.#state.crisisId);
    this.#state = fresh.#state;
    this.#head = fresh.#head;
    return this.#state;
  }

  /** Saves a snapshot of the current state, so that `load` replays only the events after it. */
  snapshot(): Promise<void> {
    return this.#serial(() =>
      this.#store.saveSnapshot({ crisisId: this.#state.crisisId, state: this.#state, head: this.#head }),
    );
  }

  /** The whole log, oldest first. */
  events(): Promise<readonly SealedCrisisEvent[]> {
    return this.#store.read(this.#state.crisisId);
  }

  /** Re-reads the whole log and checks its hash chain (see `verifyCrisisLog`). */
  async verify(): Promise<VerifyResult> {
    return verifyCrisisLog(await this.events());
  }
}
