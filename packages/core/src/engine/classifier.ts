import type { MessageLocale } from "../model/locale.js";
import type { NormNumber, Severity, Span } from "../model/violation.js";
import type { RuleTarget } from "./rule.js";

/**
 * What a classifier is asked to judge.
 *
 * @category Evaluation
 */
export interface ClassifierRequest {
  /** The text to classify. */
  readonly text: string;
  /** Its language. */
  readonly lang: MessageLocale;
  /** Its locale tag. */
  readonly locale: string;
  /** The brand id. */
  readonly brand: string;
  /** What is being evaluated. */
  readonly target: RuleTarget;
  /** Aborted when the classifier's time is up; pass it to `fetch` and the like. */
  readonly signal: AbortSignal;
}

/**
 * One label a classifier found, with its confidence.
 *
 * @category Evaluation
 */
export interface ClassifierLabel {
  /** The label, e.g. `toxicity` or `insult`. */
  readonly label: string;
  /** Confidence from 0 to 1. */
  readonly score: number;
  /** Where, if the classifier knows. */
  readonly span?: Span;
}

/**
 * What a classifier answers.
 *
 * @category Evaluation
 */
export interface ClassifierResult {
  /** Labels found; those at or above the classifier's threshold become violations. */
  readonly labels: readonly ClassifierLabel[];
}

/**
 * An asynchronous check backed by a model or a service (e.g. a toxicity API), used by the `*Async` evaluators.
 *
 * Fallback: when `classify` rejects or exceeds `timeoutMs`, the evaluation still completes; by default
 * (`onFailure: "warn"`) it carries a `classifier/unavailable` warning naming the classifier, so a missing
 * check is visible but does not block; `"error"` blocks (fail closed); `"ignore"` reports nothing.
 *
 * @category Evaluation
 */
export interface Classifier {
  /** Stable id, e.g. `toxicity`. */
  readonly id: string;
  /** What it applies to (default reply and post). */
  readonly targets?: readonly RuleTarget[];
  /** Rule id of the violations it produces (default `classifier/<id>`). */
  readonly ruleId?: string;
  /** The norm its violations belong to (default 2, respect). */
  readonly norm?: NormNumber;
  /** Severity of its violations (default `error`). */
  readonly severity?: Severity;
  /** Minimum score that makes a label a violation (default 0.8). */
  readonly threshold?: number;
  /** Milliseconds before the call is abandoned (default 1500). */
  readonly timeoutMs?: number;
  /** What a failure or time-out does (default `warn`). */
  readonly onFailure?: "warn" | "error" | "ignore";
  /** Messages by label (`{label}` and `{score}` slots), per language; a generic one is used otherwise. */
  readonly messages?: {
    readonly en?: Readonly<Record<string, string>>;
    readonly es?: Readonly<Record<string, string>>;
  };
  /** Classifies one text. */
  classify(request: ClassifierRequest): Promise<ClassifierResult>;
}
