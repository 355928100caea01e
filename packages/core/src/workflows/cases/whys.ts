import { normalizeText } from "../../text/normalize.js";
import type { RefusalIssue } from "../refusal.js";
import type { Analysis } from "./artifacts.js";
import { type CaseRefusalCode, caseIssue } from "./refusal.js";

// Fixed, linear patterns: runs of combining marks, and runs of anything that is not a letter or digit.
const MARKS = /\p{M}+/gu;
const NON_WORD = /[^\p{L}\p{N}]+/gu;

/**
 * The comparable form of a why/because step: case, accents, confusables, punctuation and spacing folded,
 * so that "Porque el transportista…" and "porque  el transportista." compare equal.
 */
export function normalizeStep(text: string): string {
  const folded = normalizeText(text).text.normalize("NFD").replace(MARKS, "");
  return folded.replace(NON_WORD, " ").trim();
}

/** What is wrong with an analysis: the refusal code to give, and every issue found. */
export interface AnalysisProblems {
  /** The most fundamental problem found. */
  readonly code: CaseRefusalCode;
  /** Every problem, each with its path into the event. */
  readonly issues: readonly RefusalIssue[];
}

/**
 * Checks a 5 whys chain: at least `minWhys` steps, no empty why or because, no answer that repeats the
 * problem or an earlier step, and a root cause with an owner that is not the problem restated.
 * Returns null when the analysis holds.
 */
export function checkAnalysis(analysis: Analysis, minWhys: number): AnalysisProblems | null {
  const base = ["analysis", "whys"] as const;
  const empty: RefusalIssue[] = [];
  const circular: RefusalIssue[] = [];
  const seen = new Map<string, number>();
  analysis.whys.forEach((step, i) => {
    const why = normalizeStep(step.why);
    const because = normalizeStep(step.because);
    if (why === "") empty.push(caseIssue("empty_why", [...base, i, "why"]));
    if (because === "") empty.push(caseIssue("empty_because", [...base, i, "because"]));
    // A why that restates the previous answer is the chain going deeper; any other repeat is a loop.
    if (why !== "") {
      const earlier = seen.get(why);
      const chained = i > 0 && normalizeStep(analysis.whys[i - 1]?.because ?? "") === why;
      if (earlier !== undefined && !chained)
        circular.push(caseIssue("circular", [...base, i, "why"], { repeats: earlier + 1 }));
      if (earlier === undefined) seen.set(why, i);
    }
    if (because !== "") {
      const earlier = because === why ? i : seen.get(because);
      if (earlier !== undefined)
        circular.push(caseIssue("circular", [...base, i, "because"], { repeats: earlier + 1 }));
      else seen.set(because, i);
    }
  });
  const short =
    analysis.whys.length < minWhys
      ? [caseIssue("too_short", [...base], { min: minWhys, given: analysis.whys.length })]
      : [];
  const root: RefusalIssue[] = [];
  const statement = normalizeStep(analysis.rootCause?.statement ?? "");
  if (statement === "") root.push(caseIssue("no_root_cause", ["analysis", "rootCause", "statement"]));
  if ((analysis.rootCause?.owner ?? "").trim() === "")
    root.push(caseIssue("no_owner", ["analysis", "rootCause", "owner"]));
  const problem = normalizeStep(analysis.whys[0]?.why ?? "");
  if (statement !== "" && statement === problem)
    circular.push(caseIssue("root_is_problem", ["analysis", "rootCause", "statement"]));

  const issues = [...empty, ...circular, ...short, ...root];
  if (issues.length === 0) return null;
  const code: CaseRefusalCode =
    empty.length > 0
      ? "empty_step"
      : circular.length > 0
        ? "circular_chain"
        : short.length > 0
          ? "chain_too_short"
          : "root_cause_missing";
  return { code, issues };
}
