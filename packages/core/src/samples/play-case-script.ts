import type { CompiledPolicy } from "../engine/compile.js";
import type { EvaluationServices } from "../engine/services.js";
import { draftCaseEvent } from "../workflows/cases/evaluate-draft.js";
import type { CaseEventInput } from "../workflows/cases/events.js";
import { openCase } from "../workflows/cases/open.js";
import type { BilingualText, CaseRefusal, CaseRefusalCode } from "../workflows/cases/refusal.js";
import type { CasePhase, CaseState } from "../workflows/cases/state.js";
import { applyCaseEvent } from "../workflows/cases/transition.js";
import type { CaseScript } from "./late-delivery.js";

/** What happened at one step of a played script. */
export interface CaseScriptLogEntry {
  /** When. */
  readonly at: string;
  /** The event type. */
  readonly type: string;
  /** What the step shows. */
  readonly note: BilingualText;
  /** `accepted`, or the refusal code given. */
  readonly outcome: "accepted" | CaseRefusalCode;
  /** Whether the outcome is the one the script expects. */
  readonly asExpected: boolean;
  /** The phase after the step. */
  readonly phase: CasePhase;
  /** The refusal, when the event was refused. */
  readonly refusal?: CaseRefusal;
}

/**
 * Plays a scripted case against a compiled policy: opens it, evaluates each draft with the policy
 * (through `draftCaseEvent`), applies every step at its time, and logs each outcome.
 *
 * @example
 * ```ts
 * import { compilePolicy, definePolicy, lateDeliveryCase, playCaseScript } from "@normas/core";
 *
 * const compiled = compilePolicy(definePolicy(lateDeliveryCase.policy));
 * const { state, log } = playCaseScript(lateDeliveryCase, compiled);
 * for (const step of log) console.log(step.at, step.type, step.outcome, step.refusal?.message.es ?? "");
 * state.phase; // "closed"
 * ```
 */
export function playCaseScript(
  script: CaseScript,
  compiled: CompiledPolicy,
  services: EvaluationServices = {},
): { readonly state: CaseState; readonly log: readonly CaseScriptLogEntry[] } {
  let state = openCase(script.open, new Date(script.openedAt));
  const log: CaseScriptLogEntry[] = [];
  for (const step of script.steps) {
    const event: CaseEventInput =
      step.event.type === "draft"
        ? draftCaseEvent(compiled, state, { author: step.event.author, text: step.event.text }, services)
        : step.event;
    const result = applyCaseEvent(state, event, new Date(step.at));
    const outcome = result.ok ? "accepted" : result.refusal.code;
    state = result.state;
    log.push({
      at: step.at,
      type: step.event.type,
      note: step.note,
      outcome,
      asExpected: outcome === step.expect,
      phase: state.phase,
      ...(result.ok ? {} : { refusal: result.refusal }),
    });
  }
  return { state, log };
}
