import { type Issue, NormasError } from "../model/errors.js";
import type { MessageLocale } from "../model/locale.js";
import type { WorkflowRefusal } from "./refusal.js";

/**
 * Codes of {@link WorkflowError}:
 * - `WORKFLOW_EXISTS`: `open` found a case or crisis with that id already stored;
 * - `WORKFLOW_NOT_FOUND`: `load` found none;
 * - `WORKFLOW_LOG_INVALID`: a stored crisis log fails verification on load (changed, removed, inserted or
 *   reordered events, or events missing at the end against the anchored head), or a stored case does not
 *   validate; `issues` say where;
 * - `WORKFLOW_SNAPSHOT_INVALID`: the stored snapshot does not validate, or does not match the log (ahead of
 *   it, or anchored to another event);
 * - `WORKFLOW_REFUSED`: `assertAccepted` or `replayCase` met a refusal (see `refusal`).
 */
export type WorkflowErrorCode =
  | "WORKFLOW_EXISTS"
  | "WORKFLOW_NOT_FOUND"
  | "WORKFLOW_LOG_INVALID"
  | "WORKFLOW_SNAPSHOT_INVALID"
  | "WORKFLOW_REFUSED";

/**
 * What the cases and crisis runtimes throw when a case or crisis cannot be opened or loaded (refusals of
 * commands are returned, never thrown). Bad arguments (an empty id, a time that is not epoch milliseconds)
 * throw `InputError` instead.
 *
 * @category Workflows
 */
export class WorkflowError extends NormasError {
  /** Stable code (see {@link WorkflowErrorCode}). */
  declare readonly code: WorkflowErrorCode;
  /** The case or crisis id. */
  readonly id: string;
  /** The refusal behind a `WORKFLOW_REFUSED` error. */
  readonly refusal: WorkflowRefusal | undefined;

  constructor(
    code: WorkflowErrorCode,
    id: string,
    message: string,
    issues: readonly Issue[] = [],
    refusal?: WorkflowRefusal,
  ) {
    super(code, message, issues);
    this.name = "WorkflowError";
    this.id = id;
    this.refusal = refusal;
  }
}

/**
 * Returns the accepted result's state, or throws a {@link WorkflowError} (`WORKFLOW_REFUSED`) carrying the
 * refusal, with its message and issues in `locale`. For scripts and tests; an app should show the returned
 * refusal instead.
 *
 * @example
 * ```ts
 * import { applyCaseCommand, assertAccepted } from "@normas/core/cases";
 * const next = assertAccepted(applyCaseCommand(state, command, Date.now()));
 * ```
 */
export function assertAccepted<State>(
  result:
    | { readonly accepted: true; readonly state: State }
    | { readonly accepted: false; readonly refusal: WorkflowRefusal },
  locale: MessageLocale = "en",
): State {
  if (result.accepted) return result.state;
  throw refusedError(result.refusal, "", locale);
}

/** The `WORKFLOW_REFUSED` error of a refusal. @internal */
export function refusedError(
  refusal: WorkflowRefusal,
  id: string,
  locale: MessageLocale = "en",
): WorkflowError {
  const issues: Issue[] = refusal.issues.map((i) => ({
    code: i.code,
    path: i.path,
    pathText: i.pathText,
    message: i.message[locale],
  }));
  return new WorkflowError("WORKFLOW_REFUSED", id, refusal.message[locale], issues, refusal);
}
