/**
 * normas: community-management policy as code.
 *
 * The public surface, and nothing else. Exports are grouped by module, in path order: `cases/` (norm 3, MAMA),
 * `crisis/` (norm 5), `engine/`, `errors`, `i18n/`, `moderation/` (norm 2), `originality/` (norm 1),
 * `policy/`, `rules/` (the catalogue, norms 1–5), `store/`, `text/`.
 *
 * @packageDocumentation
 */

export type {
  Classifier,
  ClassifierLabel,
  ClassifierRequest,
  ClassifierResult,
} from "./engine/classifier.js";
export type {
  CompiledPolicy,
  CompiledRuleInfo,
  CompileOptions,
} from "./engine/compile.js";
export { type BrandCrisisState, BrandCrisisStateSchema } from "./engine/crisis-input.js";
export { evaluateModeration, evaluatePost, evaluateReply } from "./engine/evaluate.js";
export { evaluatePostAsync, evaluateReplyAsync } from "./engine/evaluate-async.js";
export {
  type Author,
  AuthorSchema,
  type Comment,
  CommentSchema,
  MAX_TEXT_LENGTH,
  type PostInput,
  PostInputSchema,
  type ReplyInput,
  ReplyInputSchema,
} from "./engine/input.js";
export { type ModerationInput, ModerationInputSchema } from "./engine/moderation-input.js";
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
  Attribution,
  CreditEvidence,
  CreditKind,
  QuoteEvidence,
  QuoteStyle,
  SourceFragment,
  SourceLookup,
  SourceLookupOptions,
  SourceMatch,
} from "./engine/source-lookup.js";
export { englishInsults } from "./lang/en/lexicons/insults.js";
export { spanishInsults } from "./lang/es/lexicons/insults.js";
export { type AddressCue, findAddressCues } from "./lang/es/morphology/address.js";
export { type InflectedForm, inflectTerm } from "./lang/es/morphology/inflect.js";
export type { Address } from "./lang/es/morphology/pronouns.js";
export { attachEnclitics } from "./lang/es/morphology/stress.js";
export {
  type ExpandedLexicon,
  entryForms,
  expandLexicon,
  type LexiconEntry,
  type LexiconTag,
  type PhraseEntry,
} from "./lang/lexicon-entry.js";
export { COMMITMENT_CATEGORIES, type CommitmentCategory } from "./model/commitments.js";
export { formatPath, InputError, type Issue, NormasError, PolicyError } from "./model/errors.js";
export { GROUNDS, type Ground, MODERATION_ACTIONS, type ModerationAction } from "./model/grounds.js";
export { formatMessage, type MessageLocale, messageLocaleOf } from "./model/locale.js";
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
export { isValidCardNumber, isValidIban, isValidSpanishId } from "./moderation/checksums.js";
export {
  type ClassifyCommentOptions,
  type CommentClassification,
  classifyComment,
} from "./moderation/classify.js";
export { type FindingKind, type GroundFinding, maskPersonalData } from "./moderation/finding.js";
export {
  analyzeSentiment,
  type Sentiment,
  type SentimentHit,
  type SentimentLabel,
} from "./moderation/sentiment.js";
export {
  type AttributionOptions,
  detectAttribution,
  findCredits,
  findQuotations,
  type SourceCredit,
} from "./originality/attribution.js";
export {
  type FingerprintData,
  type FingerprintStore,
  InMemoryFingerprintStore,
  type InMemoryFingerprintStoreOptions,
  MAX_DOCUMENT_SLOTS,
} from "./originality/fingerprint-store.js";
export {
  exportSourceIndex,
  importSourceIndex,
  type SourceIndexSnapshot,
  SourceIndexSnapshotSchema,
} from "./originality/snapshot.js";
export {
  InMemorySourceDocumentStore,
  MAX_SOURCE_LENGTH,
  type SourceDocument,
  type SourceDocumentInput,
  SourceDocumentSchema,
  type SourceDocumentStore,
} from "./originality/source-document.js";
export {
  MAX_DRAFT_LENGTH,
  SourceIndex,
  type SourceIndexOptions,
  SourceIndexOptionsSchema,
  type SourceIndexParameters,
  type SourceIndexStats,
  type SourceIndexStores,
} from "./originality/source-index.js";
export { STOP_PHRASES_EN, STOP_PHRASES_ES } from "./originality/stop-phrases.js";
export { foldWords } from "./originality/words.js";
export type {
  DefinePolicyOptions,
  PolicyDefinition,
  PolicyReference,
} from "./policy/define-policy.js";
export {
  buildPreset,
  PRESET_NAMES,
  type Preset,
  type PresetName,
} from "./policy/presets.js";
export {
  type Brand,
  BrandSchema,
  type Channel,
  ChannelSchema,
  LocaleSchema,
  type Policy,
  PolicyDocumentSchema,
  type PolicyInput,
  type RuleSetting,
  RuleSettingSchema,
  RuleSettingsSchema,
} from "./policy/schema.js";
export {
  type PreferredTerm,
  PreferredTermSchema,
  type TermEntry,
  TermEntrySchema,
  type Terms,
  TermsSchema,
} from "./policy/terms.js";
export { type Voice, VoiceSchema } from "./policy/voice.js";
export { commitmentRule } from "./rules/authority/commitment.js";
export { liabilityAdmissionRule } from "./rules/authority/liability-admission.js";
export { speaksForCompanyRule } from "./rules/authority/speaks-for-company.js";
export { foreignBrandRule } from "./rules/brand/foreign-brand.js";
export { builtinRules } from "./rules/catalogue.js";
export { compilePolicy } from "./rules/compile-policy.js";
export { publishingPausedRule } from "./rules/crisis/publishing-paused.js";
export { unapprovedMessageRule } from "./rules/crisis/unapproved-message.js";
export { definePolicy } from "./rules/define-policy.js";
export { policyJsonSchema } from "./rules/json-schema.js";
export { selfRepetitionRule } from "./rules/originality/self-repetition.js";
export { unattributedCopyRule } from "./rules/originality/unattributed-copy.js";
export { recommended, strict } from "./rules/presets.js";
export { CLASSIFICATION_KEY, deleteDissentRule } from "./rules/respect/delete-dissent.js";
export { dismissiveRule } from "./rules/respect/dismissive.js";
export { insultRule } from "./rules/respect/insult.js";
export { unacknowledgedComplaintRule } from "./rules/respect/unacknowledged-complaint.js";
export { bannedTermRule } from "./rules/voice/banned-term.js";
export { emojiRule } from "./rules/voice/emoji.js";
export { formalityRule } from "./rules/voice/formality.js";
export { lengthRule } from "./rules/voice/length.js";
export { preferredTermRule } from "./rules/voice/preferred-term.js";
export { signOffRule } from "./rules/voice/sign-off.js";
export { airlineDataLeakDrill } from "./samples/airline-data-leak.js";
export {
  type CaseScript,
  type CaseScriptStep,
  lateDeliveryCase,
  type ScriptedDraft,
} from "./samples/late-delivery.js";
export { type OriginalityExampleDraft, originalityExample } from "./samples/originality-corpus.js";
export { type CaseScriptLogEntry, playCaseScript } from "./samples/play-case-script.js";
export { type CountGraphemesOptions, countGraphemes, findEmoji } from "./text/graphemes.js";
export { type NormalizedText, type NormalizeOptions, normalizeText, toSourceSpan } from "./text/normalize.js";
export {
  type FillResult,
  fillStatement,
  isApprovedStatement,
  parseTemplate,
  type TemplateParts,
} from "./text/statement-template.js";
export {
  compileTermMatcher,
  type TermHit,
  type TermMatcher,
  type TermMatcherOptions,
} from "./text/term-matcher.js";
export { createTextView, type TextView } from "./text/text-view.js";
export { type Token, type TokenKind, tokenize } from "./text/tokenize.js";
export {
  type Analysis,
  type AnalysisInput,
  AnalysisSchema,
  type Measurement,
  type MeasurementInput,
  MeasurementSchema,
  SENTIMENT_LABELS,
  type WhyStep,
  WhyStepSchema,
} from "./workflows/cases/artifacts.js";
export {
  type CaseTextAuthor,
  type CaseTextInput,
  draftCaseEvent,
  evaluateCaseText,
  publishCaseEvent,
} from "./workflows/cases/evaluate-draft.js";
export {
  CASE_EVENT_TYPES,
  type CaseEvent,
  type CaseEventInput,
  CaseEventSchema,
  type CaseEventType,
  type CaseSubject,
  CaseSubjectSchema,
  type OpenCaseInput,
  OpenCaseInputSchema,
} from "./workflows/cases/events.js";
export { type MeasureCommentOptions, measureComment } from "./workflows/cases/measure.js";
export { openCase, parseCaseState } from "./workflows/cases/open.js";
export {
  assertCaseEvent,
  BAD_EVENT_CODES,
  type BilingualText,
  CaseEventRefusedError,
  type CaseIssue,
  type CaseRefusal,
  type CaseRefusalCode,
  MAMA_PHASE_SKIPPED,
  MAMA_ROOT_CAUSE_MISSING,
  mamaPhaseSkippedDescription,
  mamaRootCauseMissingDescription,
  PHASE_SKIPPED_CODES,
  ROOT_CAUSE_CODES,
} from "./workflows/cases/refusal.js";
export { replayCase } from "./workflows/cases/replay.js";
export { type RootCauseGroup, type RootCauseReport, rootCauseReport } from "./workflows/cases/report.js";
export {
  type CaseRuntime,
  CaseRuntimeError,
  type CaseRuntimeOptions,
  type CaseStore,
  createCaseRuntime,
  MemoryCaseStore,
} from "./workflows/cases/runtime.js";
export {
  CASE_SEVERITIES,
  type CaseSettings,
  type CaseSettingsInput,
  CaseSettingsSchema,
  type CaseSeverity,
} from "./workflows/cases/settings.js";
export {
  CASE_PHASES,
  type CaseHistoryEntry,
  CaseHistoryEntrySchema,
  type CasePhase,
  type CaseState,
  CaseStateSchema,
} from "./workflows/cases/state.js";
export { applyCaseEvent, type CaseResult } from "./workflows/cases/transition.js";
export { type CaseVerdict, CaseVerdictSchema } from "./workflows/cases/verdict.js";
export { normalizeStep } from "./workflows/cases/whys.js";
export { applyCrisisEvent } from "./workflows/crisis/apply-crisis-event.js";
export { brandCrisisState } from "./workflows/crisis/brand-crisis-state.js";
export {
  hashCrisisEvent,
  sealCrisisEvent,
  sealCrisisEvents,
  type VerifyResult,
  verifyCrisisLog,
} from "./workflows/crisis/chain.js";
export { type CrisisCommand, CrisisCommandSchema } from "./workflows/crisis/command.js";
export type {
  AppendResult,
  CrisisEventStore,
  CrisisSnapshot,
} from "./workflows/crisis/crisis-event-store.js";
export {
  Crisis,
  CrisisError,
  type ExecuteAccepted,
  type ExecuteOptions,
  type ExecuteResult,
} from "./workflows/crisis/crisis-runtime.js";
export {
  type CrisisState,
  CrisisStateSchema,
  LessonSchema,
  type PendingDeadline,
  PendingDeadlineSchema,
  PublishedStatementSchema,
} from "./workflows/crisis/crisis-state.js";
export {
  customizeProtocol,
  type DeadlineOverride,
  type ProtocolIdsOf,
  type ProtocolOverrides,
  type SeverityOverride,
} from "./workflows/crisis/customize-protocol.js";
export {
  checkProtocol,
  type DefineProtocolOptions,
  defineProtocol,
  ProtocolError,
} from "./workflows/crisis/define-protocol.js";
export {
  type DrillDeadline,
  type DrillEntry,
  type DrillReport,
  type DrillScript,
  DrillScriptSchema,
  runDrill,
} from "./workflows/crisis/drill.js";
export {
  type CrisisEffect,
  CrisisEffectSchema,
  type CrisisEvent,
  CrisisEventDataSchema,
  CrisisEventSchema,
  type SealedCrisisEvent,
} from "./workflows/crisis/event.js";
export { CRISIS_GENESIS_HASH } from "./workflows/crisis/hash.js";
export {
  type FiredDeadlines,
  fireDeadlines,
  type OpenCrisisOptions,
  openCrisis,
  replayCrisis,
} from "./workflows/crisis/lifecycle.js";
export { MemoryCrisisEventStore } from "./workflows/crisis/memory-crisis-event-store.js";
export {
  type ApprovedMessage,
  ApprovedMessageSchema,
  type CrisisProtocol,
  type CrisisProtocolInput,
  CrisisProtocolSchema,
  EscalationSchema,
  type LocalizedText,
  LocalizedTextSchema,
  type ProtocolAssign,
  ProtocolAssignSchema,
  type ProtocolDeadline,
  ProtocolDeadlineSchema,
  type ProtocolEffect,
  ProtocolEffectSchema,
  type ProtocolGuard,
  ProtocolGuardSchema,
  ProtocolRoleSchema,
  type ProtocolState,
  ProtocolStateSchema,
  type ProtocolTransition,
  ProtocolTransitionSchema,
  SeverityCriteriaSchema,
  SeverityLevelSchema,
} from "./workflows/crisis/protocol-schema.js";
export type { CrisisRefusal, CrisisRefusalCode } from "./workflows/crisis/refusal.js";
export { type CrisisSignals, classifySeverity } from "./workflows/crisis/severity.js";
export {
  type ClassifiedComment,
  type SpikeAlert,
  SpikeDetector,
  type SpikeDetectorOptions,
  SpikeDetectorOptionsSchema,
} from "./workflows/crisis/spike-detector.js";
export {
  type StandardMessageId,
  type StandardProtocol,
  type StandardRoleId,
  type StandardSeverityId,
  type StandardStateId,
  type StandardTransitionId,
  standardProtocol,
  type TypedProtocol,
} from "./workflows/crisis/standard-protocol.js";
export {
  type TransitionAccepted,
  type TransitionRefusedResult,
  type TransitionResult,
  transition,
} from "./workflows/crisis/transition.js";
