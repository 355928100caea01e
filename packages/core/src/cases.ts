/**
 * Norm 3, Measure–Analyze–Meditate–Act: cases as a pure workflow (open, apply a command, replay), the five
 * whys, cool-down and review, the `MamaCase` runtime over a compare-and-set store, and root-cause reports;
 * the workflow contract they share with the crisis protocol (step, refusal, clock, runtime skeleton).
 *
 * @packageDocumentation
 */

export type { CompareAndSetStore, SaveResult, Versioned } from "./engine/ports/compare-and-set-store.js";
export { MemoryCompareAndSetStore } from "./engine/ports/memory-compare-and-set-store.js";
export { applyCaseCommand, type CaseStepResult } from "./workflows/cases/apply-command.js";
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
  CASE_COMMAND_TYPES,
  type CaseCommand,
  type CaseCommandInput,
  CaseCommandSchema,
  type CaseCommandType,
  type CaseEffect,
  type CaseSubject,
  CaseSubjectSchema,
  type OpenCaseInput,
  OpenCaseInputSchema,
} from "./workflows/cases/commands.js";
export {
  type CaseTextAuthor,
  type CaseTextInput,
  draftCaseCommand,
  evaluateCaseText,
  publishCaseCommand,
} from "./workflows/cases/evaluate-draft.js";
export { type MeasureCommentOptions, measureComment } from "./workflows/cases/measure.js";
export { openCase, parseCaseState } from "./workflows/cases/open.js";
export {
  BAD_COMMAND_CODES,
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
  type CaseExecuteResult,
  type CaseStore,
  MamaCase,
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
  type CaseEvent,
  CaseEventSchema,
  type CasePhase,
  type CaseState,
  CaseStateSchema,
} from "./workflows/cases/state.js";
export { type CaseVerdict, CaseVerdictSchema } from "./workflows/cases/verdict.js";
export { normalizeStep } from "./workflows/cases/whys.js";
export { type EpochMs, EpochMsSchema, isEpochMs, MAX_EPOCH_MS } from "./workflows/clock.js";
export { assertAccepted, WorkflowError, type WorkflowErrorCode } from "./workflows/errors.js";
export type { ExecuteAccepted, ExecuteOptions, ExecuteResult } from "./workflows/execute-options.js";
export { type LocalizedText, LocalizedTextSchema } from "./workflows/localized-text.js";
export {
  type RefusalIssue,
  type RefusalPath,
  WORKFLOW_REFUSAL_CODES,
  type WorkflowRefusal,
  type WorkflowRefusalCode,
} from "./workflows/refusal.js";
export { WorkflowRuntime } from "./workflows/runtime.js";
export type { StepAccepted, StepRefused, StepResult, WorkflowStep } from "./workflows/step.js";
