import type { SourceLookup } from "./source-lookup.js";

/**
 * Runtime services an evaluation may use besides the input: stateful indexes that are not policy data.
 * Pass them as the third argument of `evaluateReply` / `evaluatePost`.
 *
 * @category Evaluation
 */
export interface EvaluationServices {
  /** The brand's source index, for the `originality/*` rules. Without it those rules do nothing. */
  readonly sources?: SourceLookup;
}
