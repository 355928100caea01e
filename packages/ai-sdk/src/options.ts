import { type CompiledPolicy, evaluateReply, type Issue, NormasError, type Severity } from "@normas/core";
import type { GuardrailContext } from "./check.js";
import { GuardrailOptionsError } from "./errors.js";
import type { GuardrailCallParams } from "./model-types.js";
import type { OnViolation } from "./report.js";

/** The options of `normasGuardrail`. */
export interface NormasGuardrailOptions {
  /** The policy, compiled once with `compilePolicy`. */
  readonly compiled: CompiledPolicy;
  /**
   * The context of a call, from its params (e.g. read from your own `providerOptions` or the prompt).
   * Fields of the call's `providerOptions.normas` override it, field by field.
   */
  readonly context?: (
    params: GuardrailCallParams,
  ) => GuardrailContext | undefined | PromiseLike<GuardrailContext | undefined>;
  /** What to do with a reply that breaks the policy (default `block`). */
  readonly onViolation?: OnViolation;
  /** The least severity that stops a reply (default `error`: warnings and infos are reported, not acted on). */
  readonly minSeverity?: Severity;
  /** Most repair calls in `repair` mode before blocking (default 2, at most 10). */
  readonly maxRepairs?: number;
  /**
   * Run the classifiers given to `compilePolicy` (e.g. `createModelClassifier`) on each whole reply, through
   * `evaluateReplyAsync` (default false). Sentences of a stream are checked without them.
   */
  readonly runClassifiers?: boolean;
}

/** Options with defaults applied. @internal */
export interface ResolvedOptions {
  readonly compiled: CompiledPolicy;
  readonly context: NormasGuardrailOptions["context"];
  readonly onViolation: OnViolation;
  readonly minSeverity: Severity;
  readonly maxRepairs: number;
  readonly runClassifiers: boolean;
}

const MODES: readonly OnViolation[] = ["block", "repair", "fix", "annotate"];
const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

const issue = (key: string, code: string, message: string): Issue => ({
  code,
  path: [key],
  pathText: key,
  message,
});

/** Validates the options and applies defaults. @throws {@link GuardrailOptionsError} listing every bad option. */
export function resolveOptions(options: NormasGuardrailOptions): ResolvedOptions {
  const issues: Issue[] = [];
  if (options === null || typeof options !== "object") {
    throw new GuardrailOptionsError(
      [
        {
          code: "invalid_type",
          path: [],
          pathText: "(root)",
          message: "Pass an options object: { compiled, … }.",
        },
      ],
      "Invalid normasGuardrail options",
    );
  }
  const { compiled } = options;
  const brand = compiled?.policy?.brands?.[0]?.id;
  if (brand === undefined) {
    issues.push(issue("compiled", "not_compiled", "Pass the result of compilePolicy(policy)."));
  } else {
    try {
      evaluateReply(compiled, { brand, author: { id: "normas-guardrail" }, text: "" });
    } catch (error) {
      if (!(error instanceof NormasError)) throw error;
      issues.push(issue("compiled", "not_compiled", "Pass the result of compilePolicy(policy)."));
    }
  }
  if (options.context !== undefined && typeof options.context !== "function") {
    issues.push(
      issue("context", "invalid_type", "Pass a function from the call's params to { brand, author, … }."),
    );
  }
  const onViolation = options.onViolation ?? "block";
  if (!MODES.includes(onViolation)) {
    issues.push(
      issue(
        "onViolation",
        "invalid_value",
        `Use one of ${MODES.map((m) => `"${m}"`).join(", ")}; got ${JSON.stringify(onViolation)}.`,
      ),
    );
  }
  const minSeverity = options.minSeverity ?? "error";
  if (!SEVERITIES.includes(minSeverity)) {
    issues.push(
      issue(
        "minSeverity",
        "invalid_value",
        `Use one of ${SEVERITIES.map((m) => `"${m}"`).join(", ")}; got ${JSON.stringify(minSeverity)}.`,
      ),
    );
  }
  const maxRepairs = options.maxRepairs ?? 2;
  if (!Number.isInteger(maxRepairs) || maxRepairs < 0 || maxRepairs > 10) {
    issues.push(
      issue(
        "maxRepairs",
        "invalid_value",
        `Use a whole number from 0 to 10; got ${JSON.stringify(maxRepairs)}.`,
      ),
    );
  }
  if (options.runClassifiers !== undefined && typeof options.runClassifiers !== "boolean") {
    issues.push(issue("runClassifiers", "invalid_type", "Use true or false."));
  }
  if (issues.length > 0) throw new GuardrailOptionsError(issues, "Invalid normasGuardrail options");
  return {
    compiled,
    context: options.context,
    onViolation,
    minSeverity,
    maxRepairs,
    runClassifiers: options.runClassifiers ?? false,
  };
}
