import type { Verdict, Violation } from "@normas/core";
import type { DirectiveProblem, Suppressed } from "../directives.js";
import type { InputFormat, ItemError } from "../inputs.js";
import type { LineColumn } from "../lines.js";

/** Where a span of the checked text is: in the text itself (lines of the text) and in the file. */
export interface Placed {
  /** Start and end in the checked text (1-based lines and columns of the text). */
  readonly inText: { readonly start: LineColumn; readonly end: LineColumn };
  /** Start and end in the file (for a JSON Lines record: its line, and columns inside the JSON of that line). */
  readonly inFile: { readonly start: LineColumn; readonly end: LineColumn };
}

/** One checked text: its verdict, or why it could not be checked. */
export interface CheckedItem {
  /** File as given on the command line (or the standard input's name). */
  readonly file: string;
  readonly format: InputFormat;
  /** 1-based line of a JSON Lines record. */
  readonly line?: number;
  /** The record's own id, or the front matter's. */
  readonly id?: string;
  readonly brand: string | undefined;
  readonly target: "reply" | "post" | "moderation";
  /** The text spans refer to, as written (Markdown with its markup). */
  readonly shownText: string;
  /** The verdict, without the violations directives cover. */
  readonly verdict?: Verdict;
  readonly error?: ItemError;
  /** Violations covered by a directive. */
  readonly suppressed: readonly Suppressed[];
  /** Directives that covered nothing (reported with --report-unused-disable-directives) or name unknown rules. */
  readonly directiveProblems: readonly {
    readonly kind: "unused" | "unknown";
    readonly problem: DirectiveProblem;
  }[];
  /** Where a span is, in the text and in the file. */
  place(span: { readonly start: number; readonly end: number }): Placed;
  /** Fixes applied (with --fix or --fix-dry-run). */
  readonly fixed: number;
  /** The fixed content (document or JSON line) when fixes changed it. */
  readonly output?: string;
}

/** Totals of a run, added up result by result. */
export interface Counts {
  texts: number;
  textsWithProblems: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Inputs that could not be checked (bad JSON, invalid fields, unknown brand, unreadable file). */
  invalid: number;
  /** Problems fixed (--fix) or that would be (--fix-dry-run). */
  fixed: number;
  /** Violations covered by a directive. */
  suppressed: number;
}

/** Totals of one `normas check` run. */
export interface CheckSummary extends Counts {
  readonly files: number;
  readonly seconds: number;
}

/** A new, zeroed set of totals. */
export const zeroCounts = (): Counts => ({
  texts: 0,
  textsWithProblems: 0,
  errors: 0,
  warnings: 0,
  infos: 0,
  invalid: 0,
  fixed: 0,
  suppressed: 0,
});

/** Adds `b` into `a`. */
export function addCounts(a: Counts, b: Counts): void {
  for (const key of Object.keys(a) as (keyof Counts)[]) a[key] += b[key];
}

/**
 * Turns results into output. `item` is pure (it runs in worker threads): it returns the text of one result,
 * possibly empty; the run writes `begin`, the non-empty items joined by `separator`, then `end`.
 */
export interface Reporter {
  begin(): string;
  item(result: CheckedItem): string;
  readonly separator: string;
  end(summary: CheckSummary): string;
}

/** Pseudo rule id under which inputs that cannot be checked are reported. */
export const INVALID_INPUT_RULE = "normas/invalid-input";
/** Pseudo rule id of a directive that covered nothing. */
export const UNUSED_DIRECTIVE_RULE = "normas/unused-disable-directive";
/** Pseudo rule id of a directive that names a rule normas does not know. */
export const UNKNOWN_DIRECTIVE_RULE = "normas/unknown-rule-in-directive";

/** Message of a directive problem. */
export function directiveMessage(kind: "unused" | "unknown", problem: DirectiveProblem): string {
  const word = `normas-${problem.directive.kind === "record" ? "disable (record field)" : problem.directive.kind}`;
  if (kind === "unknown") return `Unknown rule "${problem.rule ?? ""}" in a ${word} directive.`;
  return problem.rule === undefined
    ? `Unused ${word} directive (no problem was reported here).`
    : `Unused ${word} directive (no problem was reported from ${problem.rule}).`;
}

/** Used by the counts: a violation list's totals. */
export function countOf(violations: readonly Violation[]): Pick<Counts, "errors" | "warnings" | "infos"> {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const v of violations) {
    if (v.severity === "error") errors++;
    else if (v.severity === "warning") warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}
