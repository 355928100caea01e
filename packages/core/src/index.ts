/**
 * normas: community-management policy as code.
 *
 * The root is what an app needs: define and compile a policy, evaluate replies, posts and moderation actions,
 * read the verdict, handle typed errors, write a custom rule, and start the crisis and MAMA workflows. Everything
 * else lives under a subpath: `@normas/core/crisis`, `/cases`, `/originality`, `/moderation`, `/text`, `/rules`,
 * `/schemas`, `/testing`, `/samples` and `/node`.
 *
 * @packageDocumentation
 */

export type {
  Classifier,
  ClassifierLabel,
  ClassifierRequest,
  ClassifierResult,
} from "./engine/classifier.js";
export type { CompiledPolicy, CompileOptions } from "./engine/compile.js";
export type { BrandCrisisState } from "./engine/crisis-input.js";
export { evaluatePost, evaluateReply } from "./engine/evaluate.js";
export { evaluatePostAsync, evaluateReplyAsync } from "./engine/evaluate-async.js";
export {
  type AppliedFix,
  type ApplyFixesOptions,
  applyFixes,
  type FixedText,
  type FixOptions,
  type FixResult,
  fixPost,
  fixReply,
} from "./engine/fix.js";
export type { Author, Comment, PostInput, ReplyInput } from "./engine/input.js";
export type { ModerationInput } from "./engine/moderation-input.js";
export {
  defineRule,
  type ModerationRuleContext,
  type PostRuleContext,
  type ReplyRuleContext,
  type ReportDescriptor,
  type Rule,
  type RuleContextBase,
  type RuleHandlers,
  type RuleMessages,
  type RuleMeta,
  type RuleSetup,
  type RuleTarget,
} from "./engine/rule.js";
export type { EvaluationServices } from "./engine/services.js";
export type { LocaleTag } from "./lang/index.js";
export type { CommitmentCategory } from "./model/commitments.js";
export { InputError, type Issue, NormasError, PolicyError } from "./model/errors.js";
export type { Ground, ModerationAction } from "./model/grounds.js";
export type { MessageLocale } from "./model/locale.js";
export type {
  JsonValue,
  NormNumber,
  Severity,
  Span,
  Suggestion,
  TextEdit,
  Verdict,
  Violation,
} from "./model/violation.js";
export { evaluateModeration } from "./moderation/evaluate-moderation.js";
export type { DefinePolicyOptions, PolicyDefinition } from "./policy/define-policy.js";
export type { PresetName } from "./policy/presets.js";
export type { Brand, Channel, Policy, PolicyInput, RuleSetting } from "./policy/schema.js";
export type { BuiltinRuleId } from "./rules/catalogue.js";
export { compilePolicy } from "./rules/compile-policy.js";
export { definePolicy } from "./rules/define-policy.js";
export type { CaseCommandInput, OpenCaseInput } from "./workflows/cases/commands.js";
export { MamaCase, MemoryCaseStore } from "./workflows/cases/runtime.js";
export type { CaseState } from "./workflows/cases/state.js";
export { brandCrisisState } from "./workflows/crisis/brand-crisis-state.js";
export type { CrisisCommand } from "./workflows/crisis/command.js";
export { MemoryCrisisEventStore } from "./workflows/crisis/crisis-event-store.js";
export { Crisis } from "./workflows/crisis/crisis-runtime.js";
export type { CrisisState } from "./workflows/crisis/crisis-state.js";
export type { CrisisProtocol } from "./workflows/crisis/protocol-schema.js";
export { standardProtocol } from "./workflows/crisis/standard-protocol.js";
export { WorkflowError } from "./workflows/errors.js";
