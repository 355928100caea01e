import { type Issue, NormasError, type Verdict } from "@normas/core";
import type { GuardrailAttempt, OnViolation } from "./report.js";

const MARKER = Symbol.for("@normas/ai-sdk/NormasGuardrailError");

/** Why a guardrail refused a reply. */
export type GuardrailBlockReason =
  /** The last text checked still breaks the policy (after the fixes or repairs the mode allows). */
  | "violations"
  /** A repair call to the model failed; `cause` holds the model's error. */
  | "repair-failed";

const quote = (s: string): string => (s.length > 60 ? `${s.slice(0, 59)}…` : s);

function summary(verdict: Verdict, blocking: readonly Verdict["violations"][number][], attempts: number) {
  const named = blocking
    .slice(0, 3)
    .map((v) =>
      v.excerpt === undefined || v.excerpt === "" ? v.ruleId : `${v.ruleId} «${quote(v.excerpt)}»`,
    );
  const more = blocking.length > 3 ? ` and ${blocking.length - 3} more` : "";
  const tries = attempts === 1 ? "1 attempt" : `${attempts} attempts`;
  return `Reply blocked by normas after ${tries}: ${verdict.errorCount} error(s), ${verdict.warningCount} warning(s)${
    named.length > 0 ? ` — ${named.join(", ")}${more}` : ""
  }.`;
}

/**
 * Thrown by a guardrail in `block` mode, and by `repair` and `fix` when they could not make the reply pass; on
 * a stream it is the `error` of the closing error part. It carries the final verdict and every attempt, so
 * nothing is lost: the text the model wrote, each repair with the feedback that asked for it, each round of
 * fixes.
 *
 * @example
 * ```ts
 * try {
 *   await generateText({ model: guarded, prompt });
 * } catch (error) {
 *   if (NormasGuardrailError.isInstance(error)) console.log(error.verdict.violations, error.attempts.length);
 * }
 * ```
 */
export class NormasGuardrailError extends NormasError {
  /** The verdict of `text`, the last text checked (spans are UTF-16 offsets into it). */
  readonly verdict: Verdict;
  /** Every text checked, oldest first: the model's reply, then each repair or round of fixes. */
  readonly attempts: readonly GuardrailAttempt[];
  /** The last text checked. */
  readonly text: string;
  /** The guardrail's mode. */
  readonly mode: OnViolation;
  /** Why the reply was refused. */
  readonly reason: GuardrailBlockReason;

  constructor(init: {
    readonly verdict: Verdict;
    readonly blocking: readonly Verdict["violations"][number][];
    readonly attempts: readonly GuardrailAttempt[];
    readonly mode: OnViolation;
    readonly reason?: GuardrailBlockReason;
    readonly cause?: unknown;
  }) {
    const reason = init.reason ?? "violations";
    const issues: Issue[] = init.blocking.map((v) => ({
      code: v.ruleId,
      path: v.span === undefined ? ["text"] : ["text", v.span.start, v.span.end],
      pathText: v.span === undefined ? "text" : `text[${v.span.start}:${v.span.end}]`,
      message: v.message,
    }));
    const message =
      reason === "repair-failed"
        ? `Reply blocked by normas: the repair call to the model failed (${
            init.cause instanceof Error ? init.cause.message : String(init.cause)
          }).`
        : summary(init.verdict, init.blocking, init.attempts.length);
    super("GUARDRAIL_BLOCKED", message, issues);
    this.name = "NormasGuardrailError";
    this.verdict = init.verdict;
    this.attempts = init.attempts;
    this.text = init.attempts.at(-1)?.text ?? "";
    this.mode = init.mode;
    this.reason = reason;
    if (init.cause !== undefined) this.cause = init.cause;
    Object.defineProperty(this, MARKER, { value: true });
  }

  /**
   * True for a `NormasGuardrailError`, also one thrown by another copy of this package (an ESM and a CJS
   * copy in the same process make `instanceof` unreliable).
   */
  static isInstance(error: unknown): error is NormasGuardrailError {
    return typeof error === "object" && error !== null && (error as Record<symbol, unknown>)[MARKER] === true;
  }

  /** A plain, serialisable view: code, message, issues, verdict, attempts, mode and reason. */
  override toJSON(): {
    name: string;
    code: string;
    message: string;
    issues: readonly Issue[];
    verdict: Verdict;
    attempts: readonly GuardrailAttempt[];
    mode: OnViolation;
    reason: GuardrailBlockReason;
  } {
    return {
      ...super.toJSON(),
      verdict: this.verdict,
      attempts: this.attempts,
      mode: this.mode,
      reason: this.reason,
    };
  }
}

/** Options given to `normasGuardrail` or `createModelClassifier` that do not validate. */
export class GuardrailOptionsError extends NormasError {
  constructor(issues: readonly Issue[], intro: string) {
    const lines = issues.map((i) => `  - ${i.pathText}: ${i.message}`);
    super("GUARDRAIL_OPTIONS_INVALID", [intro, ...lines].join("\n"), issues);
    this.name = "GuardrailOptionsError";
  }
}
