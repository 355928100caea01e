import { type EpochMs, isEpochMs } from "./clock.js";
import { hashCanonical } from "./hash.js";
import {
  kernelRefusal,
  type RefusalIssue,
  type RefusalSite,
  refusalIssue,
  type WorkflowRefusal,
  type WorkflowRefusalCode,
} from "./refusal.js";
import type { StepAccepted, StepRefused } from "./step.js";
import { refuseTime } from "./step.js";

/** Options of a runtime's `execute`. */
export interface ExecuteOptions {
  /** The time of the command, whole epoch milliseconds (runtimes never read a clock). */
  readonly now: EpochMs;
  /**
   * Makes retries safe: the first command with this key is applied; a retry with the same key and the same
   * command returns `duplicate: true` and the events written the first time; the same key with a different
   * command is refused with `idempotency_conflict`. Keys are kept for the life of the case or crisis.
   */
  readonly idempotencyKey?: string;
  /** Refuse with `version_conflict` unless the case or crisis is at this version. */
  readonly expectedVersion?: number;
}

/** A command applied, or recognised as a retry of one applied before. */
export interface ExecuteAccepted<State, Event, Effect> extends StepAccepted<State, Event, Effect> {
  /**
   * True when the idempotency key was already used for this same command: nothing new was written; `events`
   * are those the first attempt wrote, and `effects` is empty (they were returned the first time and are
   * recorded in the events).
   */
  readonly duplicate: boolean;
}

/** What a runtime's `execute` returns. */
export type ExecuteResult<State, Event, Effect, Refusal> =
  | ExecuteAccepted<State, Event, Effect>
  | StepRefused<Refusal>;

/** What a store answered to a commit. @internal */
export type CommitOutcome<Event, State> =
  | { readonly kind: "committed"; readonly state: State; readonly events: readonly Event[] }
  | { readonly kind: "version_conflict"; readonly version: number }
  | { readonly kind: "duplicate"; readonly events: readonly Event[] }
  | { readonly kind: "idempotency_conflict" };

/** A command's idempotency key with the hash of its payload. */
export interface IdempotencyClaim {
  /** The key. */
  readonly key: string;
  /** `commandHash` of the validated command. */
  readonly payloadHash: string;
}

/** The hash a retry must match: `hash64` of the canonical JSON of the validated command. @internal */
export function commandHash(command: unknown): string {
  return hashCanonical(command);
}

const MAX_KEY_LENGTH = 200;

/** Validated `execute` options, or the refusal for them. @internal */
export function readExecuteOptions(
  options: unknown,
  siteOf: () => RefusalSite,
):
  | {
      readonly ok: true;
      readonly now: EpochMs;
      readonly key: string | undefined;
      readonly expected: number | undefined;
    }
  | { readonly ok: false; readonly refusal: WorkflowRefusal<WorkflowRefusalCode> } {
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    const issue = refusalIssue("invalid_type", [], {
      en: `Expected an object such as { now: Date.now() }, got ${options === null ? "null" : Array.isArray(options) ? "a list" : typeof options}.`,
      es: `Se esperaba un objeto como { now: Date.now() } y se recibió ${options === null ? "null" : Array.isArray(options) ? "una lista" : typeof options}.`,
    });
    return { ok: false, refusal: kernelRefusal("invalid_options", siteOf(), { path: [], issues: [issue] }) };
  }
  const o = options as { now?: unknown; idempotencyKey?: unknown; expectedVersion?: unknown };
  const issues: RefusalIssue[] = [];
  const key = o.idempotencyKey;
  if (key !== undefined && (typeof key !== "string" || key.length === 0 || key.length > MAX_KEY_LENGTH)) {
    issues.push(
      refusalIssue("invalid_key", ["idempotencyKey"], {
        en: `An idempotency key is a non-empty string of up to ${MAX_KEY_LENGTH} characters.`,
        es: `Una clave de idempotencia es un texto no vacío de hasta ${MAX_KEY_LENGTH} caracteres.`,
      }),
    );
  }
  const expected = o.expectedVersion;
  if (
    expected !== undefined &&
    !(typeof expected === "number" && Number.isInteger(expected) && expected >= 0)
  ) {
    issues.push(
      refusalIssue("invalid_version", ["expectedVersion"], {
        en: "expectedVersion is a whole number ≥ 0.",
        es: "expectedVersion es un número entero ≥ 0.",
      }),
    );
  }
  if (issues.length > 0) {
    const path = issues.length === 1 ? (issues[0] as RefusalIssue).path : [];
    return { ok: false, refusal: kernelRefusal("invalid_options", siteOf(), { path, issues }) };
  }
  // Only the type of `now` here: a retry carries its first attempt's time, earlier than later events, and
  // must still be recognised; the step refuses a clock going back.
  const time = isEpochMs(o.now) ? undefined : refuseTime(o.now, 0, siteOf());
  if (time !== undefined) return { ok: false, refusal: time };
  return {
    ok: true,
    now: o.now as EpochMs,
    key: key as string | undefined,
    expected: expected as number | undefined,
  };
}
