/**
 * Norm 5: the crisis protocol as data (standard, customised or defined from scratch), the pure `transition`,
 * the `Crisis` runtime with its hash-chained event log and anchored head, deadlines, drills and spike
 * detection; the workflow contract it shares with MAMA cases (step, refusal, clock, runtime skeleton) and the
 * event stream store port.
 *
 * @packageDocumentation
 */

export type {
  AppendRequest,
  AppendResult,
  EventStreamStore,
  IdempotencyRecord,
  Snapshot,
  StreamEvent,
  StreamHead,
} from "./engine/ports/event-stream-store.js";
export { MemoryEventStreamStore } from "./engine/ports/memory-event-stream-store.js";
export { type EpochMs, EpochMsSchema, isEpochMs, MAX_EPOCH_MS } from "./workflows/clock.js";
export { applyCrisisEvent } from "./workflows/crisis/apply-crisis-event.js";
export { brandCrisisState } from "./workflows/crisis/brand-crisis-state.js";
export {
  sealCrisisEvent,
  sealCrisisEvents,
  type VerifyAnchors,
  type VerifyProblem,
  type VerifyResult,
  verifyCrisisLog,
} from "./workflows/crisis/chain.js";
export {
  type CommandNameOf,
  type CrisisCommand,
  type CrisisCommandOf,
  CrisisCommandSchema,
} from "./workflows/crisis/command.js";
export { type CrisisEventStore, MemoryCrisisEventStore } from "./workflows/crisis/crisis-event-store.js";
export { Crisis, type CrisisExecuteResult } from "./workflows/crisis/crisis-runtime.js";
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
export type {
  CommandEdge,
  DeadlineEdge,
  GraphNode,
  ProtocolGraph,
} from "./workflows/crisis/diagram/protocol-graph.js";
export { protocolGraph } from "./workflows/crisis/diagram/protocol-graph.js";
export {
  PROTOCOL_DIAGRAM_FORMATS,
  type ProtocolDiagramFormat,
  type RenderProtocolOptions,
  renderProtocol,
} from "./workflows/crisis/diagram/render-protocol.js";
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
export { hashCrisisEvent } from "./workflows/crisis/event-hash.js";
export {
  fireDeadlines,
  type OpenCrisisOptions,
  OpenCrisisOptionsSchema,
  openCrisis,
  replayCrisis,
} from "./workflows/crisis/lifecycle.js";
export type { LoadCrisisOptions } from "./workflows/crisis/load-crisis.js";
export {
  type ApprovedMessage,
  ApprovedMessageSchema,
  type CrisisProtocol,
  type CrisisProtocolInput,
  CrisisProtocolSchema,
  EscalationSchema,
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
  type TransitionRefused,
  type TransitionResult,
  transition,
} from "./workflows/crisis/transition.js";
export { assertAccepted, WorkflowError, type WorkflowErrorCode } from "./workflows/errors.js";
export type { ExecuteAccepted, ExecuteOptions, ExecuteResult } from "./workflows/execute-options.js";
export { CRISIS_GENESIS_HASH } from "./workflows/hash.js";
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
