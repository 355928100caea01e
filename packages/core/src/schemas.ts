/**
 * The zod schemas behind the public types (policy documents, evaluation inputs) and the limits they enforce,
 * for apps that validate or describe inputs themselves (an HTTP service, an OpenAPI document, a form).
 *
 * @packageDocumentation
 */

export { BrandCrisisStateSchema } from "./engine/crisis-input.js";
export {
  AuthorSchema,
  CommentSchema,
  MAX_TEXT_LENGTH,
  PostInputSchema,
  ReplyInputSchema,
} from "./engine/input.js";
export { ModerationInputSchema } from "./engine/moderation-input.js";
export {
  type DisableDirective,
  type EvaluationRecord,
  type ParseRecordOptions,
  parseDisableDirective,
  parseRecord,
  RECORD_KINDS,
  type RecordCommon,
  type RecordDefaults,
  type RecordKind,
  type RecordKindName,
} from "./engine/record.js";
export { COMMITMENT_CATEGORIES } from "./model/commitments.js";
export type { PolicyReference } from "./policy/define-policy.js";
export { PRESET_NAMES } from "./policy/presets.js";
export {
  BrandSchema,
  ChannelSchema,
  LocaleSchema,
  type Override,
  OverrideSchema,
  PolicyDocumentSchema,
  RuleSettingSchema,
  RuleSettingsSchema,
  TEXT_KINDS,
  TextLocaleSchema,
} from "./policy/schema.js";
export type { PreferredTerm, TermEntry, Terms } from "./policy/terms.js";
export { PreferredTermSchema, TermEntrySchema, TermsSchema } from "./policy/terms.js";
export type { Voice } from "./policy/voice.js";
export { VoiceSchema } from "./policy/voice.js";
export { policyJsonSchema } from "./rules/json-schema.js";
