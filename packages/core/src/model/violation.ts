/**
 * How serious a violation is. `ok` is false as soon as one `error` is reported.
 *
 * @category Verdicts and errors
 */
export type Severity = "error" | "warning" | "info";

/**
 * A range of UTF-16 offsets `[start, end)` into the text the caller gave.
 *
 * @category Verdicts and errors
 */
export interface Span {
  /** First offset, inclusive. */
  readonly start: number;
  /** Last offset, exclusive. */
  readonly end: number;
}

/**
 * Replace `[start, end)` of the caller's text with `text`.
 *
 * @category Verdicts and errors
 */
export interface TextEdit extends Span {
  /** The replacement text. */
  readonly text: string;
}

/**
 * A fix: one or more edits that together resolve a violation.
 *
 * @category Verdicts and errors
 */
export interface Suggestion {
  /** What the fix does, in the message language. */
  readonly description: string;
  /** The edits, in ascending order, never overlapping. */
  readonly edits: readonly TextEdit[];
  /**
   * True when applying the fix cannot change what the text says: a preferred term for a variant, an emoji
   * removed, a tú/usted form with a unique counterpart, a sign-off. `applyFixes` and `normas check --fix`
   * apply only these; the others (rewording a promise, an acknowledgement) need a person.
   */
  readonly safe?: boolean;
}

/**
 * A JSON value: what `evidence` may hold, so that verdicts stay serialisable.
 *
 * @category Verdicts and errors
 */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | readonly JsonValue[]
  | { readonly [key: string]: JsonValue };

/**
 * The five norms: 1 originality, 2 respect, 3 MAMA, 4 you are not the company, 5 crisis protocol.
 *
 * @category Verdicts and errors
 */
export type NormNumber = 1 | 2 | 3 | 4 | 5;

/**
 * One broken rule in one text. `RuleId` and `MessageId` narrow the ids to literal types: `BuiltinViolation`
 * (from `@normas/core/rules`) is the union of every built-in rule's violation, discriminated by `ruleId`.
 *
 * @category Verdicts and errors
 */
export interface Violation<RuleId extends string = string, MessageId extends string = string> {
  /** Stable rule id, e.g. `voice/formality`. */
  readonly ruleId: RuleId;
  /** The norm the rule belongs to. */
  readonly norm: NormNumber;
  /** Severity after the policy's settings. */
  readonly severity: Severity;
  /** Which message of the rule this is (stable across languages). */
  readonly messageId: MessageId;
  /** What is wrong, in the evaluation's language. */
  readonly message: string;
  /** Where, in UTF-16 offsets of the caller's text. Absent when the whole text is concerned. */
  readonly span?: Span;
  /** The offending text (`text.slice(span.start, span.end)`), masked where it is personal data. */
  readonly excerpt?: string;
  /** Fixes, best first. */
  readonly suggestions?: readonly Suggestion[];
  /** What matched and why, as plain data. */
  readonly evidence?: { readonly [key: string]: JsonValue };
  /** Link to the rule's documentation page. */
  readonly docsUrl: string;
}

/**
 * The result of an evaluation: `ok` is false when any violation is an error.
 *
 * @category Verdicts and errors
 */
export interface Verdict {
  /** True when no violation has severity `error`. */
  readonly ok: boolean;
  /** Every violation, ordered by position, then rule id. */
  readonly violations: readonly Violation[];
  /** Number of violations with severity `error`. */
  readonly errorCount: number;
  /** Number of violations with severity `warning`. */
  readonly warningCount: number;
}
