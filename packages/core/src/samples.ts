/**
 * Demo data used by the examples and the docs: a MAMA case script, an airline data-leak drill and an originality
 * corpus. Not for production use.
 *
 * @packageDocumentation
 */

export { airlineDataLeakDrill } from "./samples/airline-data-leak.js";
export {
  type CaseScript,
  type CaseScriptStep,
  lateDeliveryCase,
  type ScriptedDraft,
} from "./samples/late-delivery.js";
export { type OriginalityExampleDraft, originalityExample } from "./samples/originality-corpus.js";
export { type CaseScriptLogEntry, playCaseScript } from "./samples/play-case-script.js";
