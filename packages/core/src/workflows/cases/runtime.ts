import type { CompareAndSetStore, SaveResult } from "../../engine/ports/compare-and-set-store.js";
import { MemoryCompareAndSetStore } from "../../engine/ports/memory-compare-and-set-store.js";
import { InputError, type Issue } from "../../model/errors.js";
import type { EpochMs } from "../clock.js";
import { WorkflowError } from "../errors.js";
import {
  type CommitOutcome,
  commandHash,
  type ExecuteResult,
  type IdempotencyClaim,
} from "../execute-options.js";
import { deepFreeze } from "../freeze.js";
import {
  type RefusalSite,
  type WorkflowRefusal,
  type WorkflowRefusalCode,
  zodRefusalIssues,
} from "../refusal.js";
import { WorkflowRuntime } from "../runtime.js";
import type { StepAccepted } from "../step.js";
import { applyCaseCommand, type CaseStepResult } from "./apply-command.js";
import type { CaseCommand, CaseCommandInput, CaseEffect, OpenCaseInput } from "./commands.js";
import { CaseCommandSchema } from "./commands.js";
import { openCase, parseCaseState } from "./open.js";
import { asCaseRefusal, type CaseRefusal, caseRefusal } from "./refusal.js";
import { withKey } from "./replay.js";
import type { CaseEvent, CaseState } from "./state.js";

/**
 * Where MAMA cases live: the compare-and-set port with case states (one record per case id; its version is
 * the length of the case's history). Implement `CompareAndSetStore` over a database and check it with the
 * store conformance suite (`@normas/core/testing`); {@link MemoryCaseStore} is the in-memory one.
 */
export type CaseStore = CompareAndSetStore<CaseState>;

/**
 * The in-memory `CompareAndSetStore` typed for cases (the same class as `MemoryCompareAndSetStore`, with its
 * type argument given): for tests, demos and single-process tools. `list()` gives every stored case, e.g. for
 * `rootCauseReport`.
 *
 * @example
 * ```ts
 * import { MamaCase, MemoryCaseStore } from "@normas/core/cases";
 * const store = new MemoryCaseStore();
 * ```
 *
 * @category Workflows
 */
export class MemoryCaseStore extends MemoryCompareAndSetStore<CaseState> {}

/** What `MamaCase.execute` returns. */
export type CaseExecuteResult = ExecuteResult<CaseState, CaseEvent, CaseEffect, CaseRefusal>;

function checkCaseId(id: unknown): asserts id is string {
  if (typeof id === "string" && id.length > 0 && id.length <= 200) return;
  throw new InputError(
    [
      {
        code: "invalid_id",
        path: ["id"],
        pathText: "id",
        message: "A case id is a non-empty string of up to 200 characters.",
      },
    ],
    "Invalid case id",
  );
}

async function loadCase(store: CaseStore, id: string): Promise<CaseState> {
  checkCaseId(id);
  const found = await store.load(id);
  if (found === undefined) throw new WorkflowError("WORKFLOW_NOT_FOUND", id, `No case with id "${id}".`);
  let state: CaseState;
  try {
    state = parseCaseState(found.state);
  } catch (error) {
    const issues: readonly Issue[] = error instanceof InputError ? error.issues : [];
    throw new WorkflowError("WORKFLOW_LOG_INVALID", id, `The stored case "${id}" does not validate.`, issues);
  }
  if (state.id !== id || state.history.length !== found.version) {
    throw new WorkflowError(
      "WORKFLOW_LOG_INVALID",
      id,
      `The stored case "${id}" is at version ${found.version} but holds ${state.history.length} events of case "${state.id}".`,
    );
  }
  return state;
}

/**
 * The MAMA case runtime: applies commands through the pure `applyCaseCommand` and saves each accepted one in a
 * {@link CaseStore} with a compare-and-set on the case's version, so two agents acting on the same case at
 * once cannot overwrite each other. The runtime skeleton it shares with `Crisis` validates options, answers
 * idempotent retries (keys are recorded on the case's events), checks `expectedVersion`, runs calls one after
 * another, writes nothing for a refusal, and hands out frozen state and events.
 *
 * @example
 * ```ts
 * import { MamaCase, MemoryCaseStore } from "@normas/core/cases";
 *
 * const store = new MemoryCaseStore();
 * const t0 = Date.UTC(2026, 10, 25, 9);
 * const c = await MamaCase.open(store, { id: "c1", brand: "acme-es", by: "lucia", subject: { kind: "comment", comment: { text: "¿Y mi pedido?" } } }, t0);
 * const result = await c.execute({ type: "publish", by: "lucia", text: "Lo sentimos" }, { now: t0 + 60_000 });
 * if (!result.accepted) result.refusal.ruleId; // "mama/phase-skipped"
 * ```
 *
 * @category Workflows
 */
export class MamaCase extends WorkflowRuntime<
  CaseState,
  CaseCommandInput,
  CaseEvent,
  CaseEvent,
  CaseEffect,
  CaseRefusal
> {
  readonly #store: CaseStore;
  #writing: { state: CaseState; count: number } | undefined;

  private constructor(store: CaseStore, state: CaseState) {
    super(state);
    this.#store = store;
  }

  /**
   * Opens a case at `now` and stores it.
   * @throws `InputError` on a bad input or time; `WorkflowError` `WORKFLOW_EXISTS` if the id is taken.
   */
  static async open(store: CaseStore, input: OpenCaseInput, now: EpochMs): Promise<MamaCase> {
    const state = openCase(input, now);
    const r = await store.save(state.id, state, 0);
    if (!r.ok)
      throw new WorkflowError("WORKFLOW_EXISTS", state.id, `A case with id "${state.id}" exists already.`);
    return new MamaCase(store, state);
  }

  /**
   * Loads a stored case, validated.
   * @throws `WorkflowError` `WORKFLOW_NOT_FOUND` when there is none, `WORKFLOW_LOG_INVALID` when the stored
   * case does not validate or its version does not match its history; `InputError` for an empty id.
   */
  static async load(store: CaseStore, id: string): Promise<MamaCase> {
    return new MamaCase(store, await loadCase(store, id));
  }

  /** The case's version: the number of events in its history. */
  get version(): number {
    return this.state.history.length;
  }

  /** @internal */
  protected get streamId(): string {
    return this.state.id;
  }

  /** @internal */
  protected site(command: string | null): RefusalSite {
    return { command, state: this.state.phase };
  }

  /** @internal */
  protected parseCommand(
    command: unknown,
  ): { ok: true; command: CaseCommandInput } | { ok: false; refusal: CaseRefusal } {
    const parsed = CaseCommandSchema.safeParse(command);
    if (parsed.success) return { ok: true, command: parsed.data as CaseCommand as CaseCommandInput };
    const issues = zodRefusalIssues(parsed.error, command);
    const type =
      typeof (command as { type?: unknown } | null)?.type === "string"
        ? (command as { type: string }).type.slice(0, 64)
        : null;
    const where = { caseId: this.state.id, phase: this.state.phase, command: type };
    return {
      ok: false,
      refusal: caseRefusal(
        "invalid_command",
        where,
        {},
        issues,
        issues.length === 1 ? issues[0]?.path : undefined,
      ),
    };
  }

  /** @internal */
  protected adopt(refusal: WorkflowRefusal<WorkflowRefusalCode>): CaseRefusal {
    return asCaseRefusal(refusal);
  }

  /** @internal */
  protected async storedVersion(): Promise<number> {
    return (await this.#store.load(this.streamId))?.version ?? 0;
  }

  /** @internal */
  protected decide(state: CaseState, command: CaseCommandInput, now: EpochMs): CaseStepResult {
    return applyCaseCommand(state, command, now);
  }

  /** @internal */
  protected async recall(
    key: string,
  ): Promise<{ readonly payloadHash: string; readonly events: readonly CaseEvent[] } | undefined> {
    // Keys live on the case's events: a fresh (validated) look at the store sees another instance's work too.
    const events = (await loadCase(this.#store, this.streamId)).history;
    for (const e of events) {
      if (e.idempotencyKey === key) return { payloadHash: commandHash(e.command), events: [e] };
    }
    return undefined;
  }

  /** @internal */
  protected write(
    accepted: StepAccepted<CaseState, CaseEvent, CaseEffect>,
    claim: IdempotencyClaim | undefined,
  ): Promise<SaveResult> {
    const next = deepFreeze(withKey(accepted.state, claim?.key));
    this.#writing = { state: next, count: accepted.events.length };
    return this.#store.save(this.streamId, next, this.version);
  }

  /** @internal */
  protected settle(written: unknown): CommitOutcome<CaseEvent, CaseState> {
    const r = written as SaveResult;
    const writing = this.#writing as { state: CaseState; count: number };
    this.#writing = undefined;
    if (!r.ok) return { kind: "version_conflict", version: r.version };
    return { kind: "committed", state: writing.state, events: writing.state.history.slice(-writing.count) };
  }

  /** @internal */
  protected reload(): Promise<CaseState> {
    return loadCase(this.#store, this.streamId);
  }
}
