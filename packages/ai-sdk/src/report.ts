import type { AppliedFix, Verdict } from "@normas/core";
import type { ProviderMetadata } from "ai";

/**
 * What a guardrail does with a reply that breaks the policy:
 * - `block` refuses it: `generateText` rejects, a stream ends with an error part, both with a `NormasGuardrailError`;
 * - `repair` asks the model again, telling it (in the brand's language) what is wrong and how to fix it, up to
 *   `maxRepairs` times, then blocks (on a stream, where text already sent cannot be asked for again, it fixes);
 * - `fix` applies the violations' safe suggestions, checks again, and blocks if that is not enough;
 * - `annotate` lets the reply through unchanged and reports the verdict in `providerMetadata.normas`.
 */
export type OnViolation = "block" | "repair" | "fix" | "annotate";

/** How a reply got through a guardrail. */
export type GuardrailOutcome =
  /** Nothing at or above `minSeverity` was found. */
  | "passed"
  /** Safe fixes made it pass. */
  | "fixed"
  /** A repair by the model made it pass. */
  | "repaired"
  /** `annotate` mode: let through with its verdict, whatever it says. */
  | "annotated";

/** One text the guardrail checked. */
export interface GuardrailAttempt {
  /** Where the text came from: the model's reply, a repair asked of the model, or a round of safe fixes. */
  readonly kind: "model" | "repair" | "fix";
  /** The text checked (the text parts of the response, joined). */
  readonly text: string;
  /** Its verdict; spans are UTF-16 offsets into `text`. */
  readonly verdict: Verdict;
  /** For a repair: the message sent to the model to ask for it. */
  readonly feedback?: string;
  /** For a round of fixes: the suggestions applied. */
  readonly fixes?: readonly AppliedFix[];
}

/** What a guardrail reports in `providerMetadata.normas` of a reply it let through. */
export interface GuardrailReport {
  /** The guardrail's mode. */
  readonly mode: OnViolation;
  /** How the reply got through. */
  readonly outcome: GuardrailOutcome;
  /** The verdict of the text returned (spans are UTF-16 offsets into it). */
  readonly verdict: Verdict;
  /** Every text checked, oldest first; the last one is the text returned. */
  readonly attempts: readonly GuardrailAttempt[];
  /** Whether the whole-text rules (length, sign-off, unacknowledged complaint) were checked: false for a step that ends in tool calls. */
  readonly complete: boolean;
  /** On a stream: how many sentences were checked before release. */
  readonly sentences?: number;
}

/** The provider-metadata entry with the report (`{ normas: report }`). @internal */
export function reportMetadata(
  existing: ProviderMetadata | undefined,
  report: GuardrailReport,
): ProviderMetadata {
  // A report is plain data (strings, numbers, booleans, arrays, objects): it is valid JSON as it is.
  return { ...existing, normas: report as unknown as ProviderMetadata[string] };
}

const OUTCOMES: readonly string[] = ["passed", "fixed", "repaired", "annotated"];

/**
 * Reads the guardrail's report from a result's `providerMetadata` (`generateText`, `streamText`'s
 * `providerMetadata` promise, a step), or undefined when there is none.
 *
 * @example
 * ```ts
 * const result = await generateText({ model: guarded, prompt });
 * const report = readGuardrailReport(result.providerMetadata);
 * if (report?.outcome === "repaired") console.log(`repaired in ${report.attempts.length - 1} call(s)`);
 * ```
 */
export function readGuardrailReport(
  providerMetadata: ProviderMetadata | undefined,
): GuardrailReport | undefined {
  const entry = providerMetadata?.normas as Record<string, unknown> | undefined;
  if (entry === undefined || entry === null || typeof entry !== "object") return undefined;
  if (!OUTCOMES.includes(entry.outcome as string)) return undefined;
  const verdict = entry.verdict as Record<string, unknown> | undefined;
  if (verdict === undefined || !Array.isArray(verdict.violations) || !Array.isArray(entry.attempts))
    return undefined;
  return entry as unknown as GuardrailReport;
}
