// Applying fixes, as ESLint does: the first suggestion of each violation that qualifies, edits sorted, an edit
// overlapping one already taken skipped (its violation is left for the next pass), then re-checked until the
// text stops changing.
import { InputError } from "../model/errors.js";
import type { Suggestion, TextEdit, Verdict, Violation } from "../model/violation.js";
import type { CompiledPolicy } from "./compile.js";
import { evaluatePost, evaluateReply } from "./evaluate.js";
import type { PostInput, ReplyInput } from "./input.js";
import type { EvaluationServices } from "./services.js";

/**
 * Which suggestions `applyFixes` may apply.
 *
 * @category Evaluation
 */
export interface ApplyFixesOptions {
  /** Apply only suggestions marked `safe` (default true); false also applies rewordings. */
  readonly safeOnly?: boolean;
  /** Only violations of these rules (default: every rule). */
  readonly rules?: readonly string[];
}

/**
 * One suggestion that was applied.
 *
 * @category Evaluation
 */
export interface AppliedFix {
  /** The rule whose violation it fixed. */
  readonly ruleId: string;
  /** The violation's message id. */
  readonly messageId: string;
  /** What the fix did. */
  readonly description: string;
  /** Its edits, in offsets of the text it was applied to. */
  readonly edits: readonly TextEdit[];
}

/**
 * The text after one round of fixes.
 *
 * @category Evaluation
 */
export interface FixResult {
  /** The fixed text (the input itself when nothing applied). */
  readonly text: string;
  /** The suggestions applied, in text order. */
  readonly applied: readonly AppliedFix[];
  /** Violations with a qualifying suggestion that overlapped another and were left for another pass. */
  readonly deferred: number;
}

const qualifies = (s: Suggestion, safeOnly: boolean): boolean =>
  s.edits.length > 0 && (!safeOnly || s.safe === true);

/**
 * Applies, in one pass, the first qualifying suggestion of each violation of `text`. Edits never overlap: when
 * two suggestions touch the same range, the one that starts first wins and the other is counted in `deferred`
 * (check the result again to pick it up — `fixReply` does). Offsets are those of `text`.
 *
 * @example
 * ```ts
 * const verdict = evaluateReply(compiled, input);
 * const { text, applied } = applyFixes(input.text, verdict.violations);
 * ```
 *
 * @category Evaluation
 */
export function applyFixes(
  text: string,
  violations: readonly Violation[],
  options: ApplyFixesOptions = {},
): FixResult {
  const safeOnly = options.safeOnly ?? true;
  const only = options.rules === undefined ? undefined : new Set(options.rules);
  const candidates: { violation: Violation; suggestion: Suggestion; start: number; end: number }[] = [];
  for (const v of violations) {
    if (only !== undefined && !only.has(v.ruleId)) continue;
    const suggestion = v.suggestions?.find((s) => qualifies(s, safeOnly));
    if (suggestion === undefined) continue;
    let start = Number.POSITIVE_INFINITY;
    let end = Number.NEGATIVE_INFINITY;
    let valid = true;
    for (const e of suggestion.edits) {
      if (!(e.start >= 0 && e.start <= e.end && e.end <= text.length)) valid = false;
      start = Math.min(start, e.start);
      end = Math.max(end, e.end);
    }
    if (valid) candidates.push({ violation: v, suggestion, start, end });
  }
  candidates.sort((a, b) => a.start - b.start || a.end - b.end);
  const taken: typeof candidates = [];
  let deferred = 0;
  let reach = -1;
  for (const c of candidates) {
    // Two insertions at the same point, or any two touching ranges, would depend on order: one waits.
    if (c.start < reach || (c.start === reach && taken.length > 0)) {
      deferred++;
      continue;
    }
    taken.push(c);
    reach = c.end;
  }
  if (taken.length === 0) return { text, applied: [], deferred };
  let out = "";
  let at = 0;
  const edits = taken.flatMap((c) => c.suggestion.edits).sort((a, b) => a.start - b.start);
  for (const e of edits) {
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  out += text.slice(at);
  return {
    text: out,
    applied: taken.map((c) => ({
      ruleId: c.violation.ruleId,
      messageId: c.violation.messageId,
      description: c.suggestion.description,
      edits: c.suggestion.edits,
    })),
    deferred,
  };
}

/**
 * Options of `fixReply` and `fixPost`.
 *
 * @category Evaluation
 */
export interface FixOptions extends ApplyFixesOptions {
  /** Most passes of check-and-fix (default 10, as ESLint). */
  readonly maxPasses?: number;
  /** Runtime services for the checks. */
  readonly services?: EvaluationServices;
  /**
   * What is checked instead of the text itself: a view of the same length whose offsets are the text's (a
   * Markdown document with code and link targets blanked out). Fixes are applied to the text.
   */
  readonly view?: (text: string) => string;
  /**
   * Which violations of `text` (the text of the current pass) may be fixed (default: all); the others stay in
   * the verdict (e.g. those a `normas-disable` comment turns off, or whose edits touch code in Markdown).
   */
  readonly fixable?: (violation: Violation, text: string) => boolean;
}

/**
 * A text fixed in passes, with the verdict of the final text.
 *
 * @category Evaluation
 */
export interface FixedText {
  /** The text after the last pass. */
  readonly text: string;
  /** The verdict of `text`. */
  readonly verdict: Verdict;
  /** Every fix applied, pass by pass. */
  readonly applied: readonly AppliedFix[];
  /** How many passes changed the text. */
  readonly passes: number;
}

function viewOf(text: string, options: FixOptions): string {
  if (options.view === undefined) return text;
  const view = options.view(text);
  // A view of another length would move every offset: fixes would land in the wrong place.
  if (view.length !== text.length) {
    throw new InputError([
      {
        code: "view_length",
        path: ["view"],
        pathText: "view",
        message: `The view has ${view.length} characters, the text ${text.length}: a view must keep the length.`,
      },
    ]);
  }
  return view;
}

function fixInPasses(text: string, check: (text: string) => Verdict, options: FixOptions): FixedText {
  const max = Math.max(1, Math.min(options.maxPasses ?? 10, 10));
  const applied: AppliedFix[] = [];
  let current = text;
  let verdict = check(current);
  let passes = 0;
  while (passes < max) {
    const only = options.fixable;
    const fixable =
      only === undefined ? verdict.violations : verdict.violations.filter((v) => only(v, current));
    const round = applyFixes(current, fixable, options);
    if (round.applied.length === 0 || round.text === current) break;
    applied.push(...round.applied);
    current = round.text;
    passes++;
    verdict = check(current);
  }
  return { text: current, verdict, applied, passes };
}

/**
 * Checks a reply, applies its safe fixes, and checks again, until nothing changes (at most 10 passes).
 *
 * @example
 * ```ts
 * const fixed = fixReply(compiled, { brand: "acme-es", author, text: "Hola 😀😀😀, ¿puedes escribirnos?" });
 * fixed.text; // emoji removed, "puedes" → "puede" for a brand that says usted
 * ```
 *
 * @category Evaluation
 */
export function fixReply(compiled: CompiledPolicy, input: ReplyInput, options: FixOptions = {}): FixedText {
  return fixInPasses(
    input.text,
    (text) => evaluateReply(compiled, { ...input, text: viewOf(text, options) }, options.services),
    options,
  );
}

/**
 * Like `fixReply`, for a brand post.
 *
 * @category Evaluation
 */
export function fixPost(compiled: CompiledPolicy, input: PostInput, options: FixOptions = {}): FixedText {
  return fixInPasses(
    input.text,
    (text) => evaluatePost(compiled, { ...input, text: viewOf(text, options) }, options.services),
    options,
  );
}
