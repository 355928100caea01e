/**
 * Norm 5: the crisis protocol as data (standard, customised or defined from scratch), the pure transition, the
 * `Crisis` runtime with its hash-chained event log, deadlines, drills and spike detection.
 *
 * @packageDocumentation
 */

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
