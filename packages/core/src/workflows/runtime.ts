import type { EpochMs } from "./clock.js";
import {
  type CommitOutcome,
  commandHash,
  type ExecuteOptions,
  type ExecuteResult,
  type IdempotencyClaim,
  readExecuteOptions,
} from "./execute-options.js";
import { deepFreeze } from "./freeze.js";
import {
  kernelRefusal,
  type RefusalSite,
  type WorkflowRefusal,
  type WorkflowRefusalCode,
} from "./refusal.js";
import type { StepAccepted, StepResult } from "./step.js";

/**
 * `Draft` is what the step returns for recording (crisis events before sealing), `Event` what is recorded.
 *
 * The one runtime skeleton of both workflows (`Crisis`, `MamaCase`): it validates the options and the command,
 * answers retries from the idempotency record, checks `expectedVersion`, decides with the pure step, and commits
 * through the store with optimistic concurrency. Calls on one instance run one after another. A refusal writes
 * nothing. The state it exposes and the events it returns are frozen: no caller can change the runtime's state
 * or the stored log through them. After a `version_conflict` from the store (another instance moved on) the
 * runtime reloads and refuses; the caller checks the fresh state and retries if the command still makes sense.
 */
export abstract class WorkflowRuntime<State, Command, Draft, Event, Effect, Refusal extends WorkflowRefusal> {
  #state: State;
  #running = false;
  readonly #waiting: (() => void)[] = [];

  /** @internal */
  protected constructor(state: State) {
    this.#state = deepFreeze(state);
  }

  /** The current state: plain data, frozen (copy it to change it). */
  get state(): State {
    return this.#state;
  }

  /** The version: number of recorded events (crisis) or of history entries (case). */
  abstract get version(): number;

  /** The id of the case or crisis. @internal */
  protected abstract get streamId(): string;
  /** Where a refusal happens now. @internal */
  protected abstract site(command: string | null): RefusalSite;
  /** The validated command, or its `invalid_command` refusal. @internal */
  protected abstract parseCommand(
    command: unknown,
  ): { ok: true; command: Command } | { ok: false; refusal: Refusal };
  /** A shared-code refusal as this workflow's refusal type. @internal */
  protected abstract adopt(refusal: WorkflowRefusal<WorkflowRefusalCode>): Refusal;
  /** The version the store holds now (to tell a refusal decided on a stale state). @internal */
  protected abstract storedVersion(): Promise<number>;
  /** The pure step. @internal */
  protected abstract decide(
    state: State,
    command: Command,
    now: EpochMs,
  ): StepResult<State, Draft, Effect, Refusal>;
  /** The idempotency record of `key`, with the events its command wrote. @internal */
  protected abstract recall(
    key: string,
  ): Promise<{ readonly payloadHash: string; readonly events: readonly Event[] } | undefined>;
  /**
   * Starts recording an accepted step: seals and freezes what is to be written and returns the store's write
   * (its answer goes to `settle`). @internal
   */
  protected abstract write(
    accepted: StepAccepted<State, Draft, Effect>,
    claim: IdempotencyClaim | undefined,
  ): Promise<unknown>;
  /** What the store's answer to the last `write` means. @internal */
  protected abstract settle(written: unknown): CommitOutcome<Event, State>;
  /** Reloads the state from the store. @internal */
  protected abstract reload(): Promise<State>;

  /** Replaces the state (frozen). @internal */
  protected setState(state: State): void {
    this.#state = deepFreeze(state);
  }

  /**
   * Runs calls on this instance one after another: each waits for the previous one (a rejected call does
   * not block the next). @internal
   */
  protected serial<T>(work: () => Promise<T>): Promise<T> {
    if (!this.#running) return this.#guarded(work);
    return new Promise<T>((resolve, reject) => {
      this.#waiting.push(() => {
        this.#guarded(work).then(resolve, reject);
      });
    });
  }

  async #guarded<T>(work: () => Promise<T>): Promise<T> {
    this.#running = true;
    try {
      return await work();
    } finally {
      this.#release();
    }
  }

  // Hands the instance to the next waiting call, if any (it marks the instance busy before anything else runs).
  #release(): void {
    this.#running = false;
    this.#waiting.shift()?.();
  }

  /**
   * Applies a command at `options.now`: validates it, decides it with the pure step, and records the events.
   * Never throws for a bad command, bad options or a conflict: those are refusals. Rejects only when the
   * store fails.
   */
  execute(command: Command, options: ExecuteOptions): Promise<ExecuteResult<State, Event, Effect, Refusal>> {
    if (this.#running) return this.serial(() => Promise.resolve(this.#run(command, options, false)));
    // The common call (nothing running) goes straight in and releases the instance itself when it is done:
    // an accepted command costs the store's promise and the one that reads its answer, nothing more.
    this.#running = true;
    try {
      return Promise.resolve(this.#run(command, options, true));
    } catch (error) {
      this.#release();
      return Promise.reject(error);
    }
  }

  // Decides and writes a command; `release` says whether this call must free the instance when it is done.
  #run(
    command: unknown,
    options: unknown,
    release: boolean,
  ): ExecuteResult<State, Event, Effect, Refusal> | Promise<ExecuteResult<State, Event, Effect, Refusal>> {
    const type =
      typeof (command as { type?: unknown } | null)?.type === "string"
        ? (command as { type: string }).type.slice(0, 64)
        : null;
    const opts = readExecuteOptions(options, () => this.site(type));
    if (!opts.ok) return this.#done(release, { accepted: false, refusal: this.adopt(opts.refusal) });
    const parsed = this.parseCommand(command);
    if (!parsed.ok) return this.#done(release, { accepted: false, refusal: parsed.refusal });
    const claim =
      opts.key !== undefined ? { key: opts.key, payloadHash: commandHash(parsed.command) } : undefined;
    const stale = opts.expected !== undefined && opts.expected !== this.version;
    if (claim === undefined && !stale) {
      // The common command: decided and written with no other store call.
      const decided = this.decide(this.#state, parsed.command, opts.now);
      if (decided.accepted) return this.#record(decided, claim, type, release);
    }
    const slow = this.#runSlowly(parsed.command, opts.now, claim, opts.expected, type);
    if (!release) return slow;
    return slow.finally(() => this.#release());
  }

  // Frees the instance (when this call holds it) and passes the result on.
  #done<T>(release: boolean, result: T): T {
    if (release) this.#release();
    return result;
  }

  // Retries, expected versions and refusals: each may need a look at the store first.
  async #runSlowly(
    command: Command,
    now: EpochMs,
    claim: IdempotencyClaim | undefined,
    expected: number | undefined,
    type: string | null,
  ): Promise<ExecuteResult<State, Event, Effect, Refusal>> {
    if (claim !== undefined) {
      const seen = await this.recall(claim.key);
      if (seen !== undefined) return this.#retried(seen, claim, type);
    }
    if (expected !== undefined && expected !== this.version) {
      // This instance may be the stale one: look at the store before refusing.
      this.setState(await this.reload());
      if (expected !== this.version)
        return { accepted: false, refusal: this.#versionConflict(expected, this.version, type) };
    }
    let decided = this.decide(this.#state, command, now);
    if (!decided.accepted) {
      // A refusal must be about the stored state, not a stale copy: if another instance moved on, decide again.
      if ((await this.storedVersion()) === this.version) return decided;
      this.setState(await this.reload());
      if (expected !== undefined && expected !== this.version)
        return { accepted: false, refusal: this.#versionConflict(expected, this.version, type) };
      decided = this.decide(this.#state, command, now);
      if (!decided.accepted) return decided;
    }
    return this.#record(decided, claim, type, false);
  }

  /**
   * Records an accepted step through the store and answers as `execute` does (a store conflict reloads the
   * state and refuses). Runs inside `serial`. @internal
   */
  protected record(
    decided: StepAccepted<State, Draft, Effect>,
    claim: IdempotencyClaim | undefined,
    type: string | null,
  ): Promise<ExecuteResult<State, Event, Effect, Refusal>> {
    return this.#record(decided, claim, type, false);
  }

  #record(
    decided: StepAccepted<State, Draft, Effect>,
    claim: IdempotencyClaim | undefined,
    type: string | null,
    release: boolean,
  ): Promise<ExecuteResult<State, Event, Effect, Refusal>> {
    const before = this.version;
    let writing: Promise<unknown>;
    try {
      writing = this.write(decided, claim);
    } catch (error) {
      if (release) this.#release();
      return Promise.reject(error);
    }
    return writing.then(
      (written) => {
        const outcome = this.settle(written);
        if (outcome.kind !== "version_conflict")
          return this.#done(release, this.#answer(outcome, decided, claim, type));
        const reloaded = this.reload().then((fresh) => {
          this.setState(fresh);
          return this.#answer(outcome, decided, claim, type, before);
        });
        return release ? reloaded.finally(() => this.#release()) : reloaded;
      },
      (error: unknown) => {
        if (release) this.#release();
        throw error;
      },
    );
  }

  #answer(
    outcome: CommitOutcome<Event, State>,
    decided: StepAccepted<State, Draft, Effect>,
    claim: IdempotencyClaim | undefined,
    type: string | null,
    before = this.version,
  ): ExecuteResult<State, Event, Effect, Refusal> {
    switch (outcome.kind) {
      case "committed":
        this.setState(outcome.state);
        return {
          accepted: true,
          duplicate: false,
          state: this.#state,
          events: outcome.events,
          effects: deepFreeze(decided.effects),
        };
      case "duplicate":
        return { accepted: true, duplicate: true, state: this.#state, events: outcome.events, effects: [] };
      case "idempotency_conflict":
        return { accepted: false, refusal: this.#keyConflict(claim?.key ?? "", type) };
      case "version_conflict":
        return { accepted: false, refusal: this.#versionConflict(before, outcome.version, type) };
      default: {
        const forgotten: never = outcome;
        return forgotten;
      }
    }
  }

  #retried(
    seen: { readonly payloadHash: string; readonly events: readonly Event[] },
    claim: IdempotencyClaim,
    type: string | null,
  ): ExecuteResult<State, Event, Effect, Refusal> {
    if (seen.payloadHash !== claim.payloadHash)
      return { accepted: false, refusal: this.#keyConflict(claim.key, type) };
    return { accepted: true, duplicate: true, state: this.#state, events: seen.events, effects: [] };
  }

  #versionConflict(expected: number, actual: number, type: string | null): Refusal {
    return this.adopt(
      kernelRefusal("version_conflict", this.site(type), {
        path: ["expectedVersion"],
        details: { expected, actual },
      }),
    );
  }

  #keyConflict(key: string, type: string | null): Refusal {
    return this.adopt(
      kernelRefusal("idempotency_conflict", this.site(type), {
        path: ["idempotencyKey"],
        details: { key },
      }),
    );
  }

  /** Reloads the state from the store (e.g. after a `version_conflict`, or to see another instance's work). */
  refresh(): Promise<State> {
    return this.serial(async () => {
      this.setState(await this.reload());
      return this.#state;
    });
  }
}
