/**
 * The built-in rule catalogue: every rule object, the `recommended` and `strict` presets, and the JSON Schema of
 * policy files. Apps rarely need it; reporters, editors and rule authors do.
 *
 * @packageDocumentation
 */

export type { CompiledRuleInfo, CompiledRuleMeta } from "./engine/compile.js";
export type { AnyRule, MessageIdOf, RuleIdOf, RuleOptionsInput } from "./engine/rule.js";
export type {
  Analysis,
  Clause,
  ContactKind,
  Person,
  Sem,
  Sentence,
  Tam,
  VerbForm,
  VerbGroup,
  Word,
} from "./lang/analysis.js";
export type { Lang } from "./lang/index.js";
export type {
  AnyRuleOptions,
  BrandDefinition,
  OverrideDefinition,
  PolicyReference,
  RuleLevel,
  RuleSettingsOf,
  TypedRuleSetting,
} from "./policy/define-policy.js";
export type { PolicyRule } from "./policy/policy-rule.js";
export type { Preset } from "./policy/presets.js";
export { buildPreset } from "./policy/presets.js";
export type { BrandInput, OverrideInput } from "./policy/schema.js";
export { CLASSIFICATION_KEY } from "./rules/_shared/removal.js";
export { commitmentRule } from "./rules/authority/commitment.js";
export { liabilityAdmissionRule } from "./rules/authority/liability-admission.js";
export { speaksForCompanyRule } from "./rules/authority/speaks-for-company.js";
export { foreignBrandRule } from "./rules/brand/foreign-brand.js";
export {
  type BuiltinMessageIds,
  type BuiltinRule,
  type BuiltinRuleOptions,
  type BuiltinViolation,
  builtinRules,
  isBuiltinViolation,
} from "./rules/catalogue.js";
export { publishingPausedRule } from "./rules/crisis/publishing-paused.js";
export { unapprovedMessageRule } from "./rules/crisis/unapproved-message.js";
export type {
  KnownRuleOptions,
  LegacyDefinePolicyOptions,
  NormasPolicyDefinition,
  PluginRuleOptions,
} from "./rules/define-policy.js";
export { policyJsonSchema } from "./rules/json-schema.js";
export { selfRepetitionRule } from "./rules/originality/self-repetition.js";
export { unattributedCopyRule } from "./rules/originality/unattributed-copy.js";
export { recommended, strict } from "./rules/presets.js";
export { deleteDissentRule } from "./rules/respect/delete-dissent.js";
export { dismissiveRule } from "./rules/respect/dismissive.js";
export { escalateRemovalRule } from "./rules/respect/escalate-removal.js";
export { insultRule } from "./rules/respect/insult.js";
export { unacknowledgedComplaintRule } from "./rules/respect/unacknowledged-complaint.js";
export { bannedTermRule } from "./rules/voice/banned-term.js";
export { emojiRule } from "./rules/voice/emoji.js";
export { formalityRule } from "./rules/voice/formality.js";
export { lengthRule } from "./rules/voice/length.js";
export { preferredTermRule } from "./rules/voice/preferred-term.js";
export { signOffRule } from "./rules/voice/sign-off.js";
