/**
 * `@normas/ai-sdk`: a reply guardrail for LLM apps built on the Vercel AI SDK. `normasGuardrail` is middleware
 * for `wrapLanguageModel` that checks every drafted reply against a normas policy and blocks, repairs, fixes or
 * annotates it, also while streaming; `createModelClassifier` adds an LLM as a second judge of the rules that
 * take judgement. `@normas/core` decides; this package translates.
 *
 * @packageDocumentation
 */

export type { GuardrailContext } from "./check.js";
export { WHOLE_TEXT_RULES } from "./check.js";
export { type GuardrailBlockReason, GuardrailOptionsError, NormasGuardrailError } from "./errors.js";
export { FEEDBACK_TEMPLATES, repairFeedback } from "./feedback.js";
export { normasGuardrail } from "./guardrail.js";
export {
  createModelClassifier,
  JUDGEMENT_RULES,
  type JudgedRule,
  type ModelClassifierOptions,
} from "./model-classifier.js";
export type { GuardrailCallParams } from "./model-types.js";
export type { NormasGuardrailOptions } from "./options.js";
export {
  type GuardrailAttempt,
  type GuardrailOutcome,
  type GuardrailReport,
  type OnViolation,
  readGuardrailReport,
} from "./report.js";
