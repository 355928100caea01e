/**
 * Norm 3, Measure–Analyze–Meditate–Act: cases as a pure workflow (open, apply, replay), the five whys, cool-down and
 * review, a thin runtime with a store, and root-cause reports.
 *
 * @packageDocumentation
 */

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
