/**
 * normas: community-management policy as code.
 *
 * @packageDocumentation
 */

// --- errors -----------------------------------------------------------------------------------
export { formatPath, InputError, type Issue, NormasError, PolicyError } from "./errors.js";
export { formatMessage, type MessageLocale, messageLocaleOf } from "./i18n/locale.js";

// --- policy (lead) ----------------------------------------------------------------------------
export {
  type DefinePolicyOptions,
  definePolicy,
  type PolicyDefinition,
  type PolicyReference,
} from "./policy/define-policy.js";
export { policyJsonSchema } from "./policy/json-schema.js";
export { buildPreset, PRESET_NAMES, type Preset, type PresetName, recommended, strict } from "./policy/presets.js";
export {
  type Brand,
  BrandSchema,
  COMMITMENT_CATEGORIES,
  type Channel,
  type CommitmentCategory,
  LocaleSchema,
  type Policy,
  PolicyDocumentSchema,
  type PolicyInput,
  type RuleSetting,
} from "./policy/schema.js";
export { type PreferredTerm, type TermEntry, type Terms } from "./policy/terms.js";
export { type Voice, VoiceSchema } from "./policy/voice.js";

// --- engine (lead) ----------------------------------------------------------------------------
export type {
  Classifier,
  ClassifierLabel,
  ClassifierRequest,
  ClassifierResult,
} from "./engine/classifier.js";
export { type CompiledPolicy, type CompiledRuleInfo, type CompileOptions, compilePolicy } from "./engine/compile.js";
export { evaluateModeration, evaluatePost, evaluateReply } from "./engine/evaluate.js";
export { evaluatePostAsync, evaluateReplyAsync } from "./engine/evaluate-async.js";
export {
  type Author,
  type Comment,
  MAX_TEXT_LENGTH,
  type PostInput,
  PostInputSchema,
  type ReplyInput,
  ReplyInputSchema,
} from "./engine/input.js";
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
export type {
  JsonValue,
  NormNumber,
  Severity,
  Span,
  Suggestion,
  TextEdit,
  Verdict,
  Violation,
} from "./engine/violation.js";
export { builtinRules } from "./rules/catalogue.js";
export { type BrandCrisisState, BrandCrisisStateSchema } from "./crisis/brand-crisis-state.js";
export { GROUNDS, type Ground, MODERATION_ACTIONS, type ModerationAction } from "./moderation/grounds.js";
export { type ModerationInput, ModerationInputSchema } from "./moderation/input.js";

// --- text layer (text helper) -----------------------------------------------------------------

// --- norm 1: originality (originality helper) -------------------------------------------------

// --- norm 2: respect in replies, norm 4: voice, brand, authority (reply-rules helper) ---------

// --- norm 2: moderation (moderation helper) ---------------------------------------------------

// --- norm 3: MAMA cases (cases helper) --------------------------------------------------------

// --- norm 5: crisis protocol (crisis helper) --------------------------------------------------
