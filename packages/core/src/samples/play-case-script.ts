import type { CompiledPolicy } from "../engine/compile.js";
import type { EvaluationServices } from "../engine/services.js";
import { applyCaseCommand } from "../workflows/cases/apply-command.js";
import type { CaseCommandInput, CaseEffect } from "../workflows/cases/commands.js";
import { draftCaseCommand } from "../workflows/cases/evaluate-draft.js";
import { openCase } from "../workflows/cases/open.js";
import type { CaseRefusal, CaseRefusalCode } from "../workflows/cases/refusal.js";
import type { CasePhase, CaseState } from "../workflows/cases/state.js";
import type { EpochMs } from "../workflows/clock.js";
import type { LocalizedText } from "../workflows/localized-text.js";
import type { CaseScript } from "./late-delivery.js";

/** What happened at one step of a played script. */
export interface CaseScriptLogEntry {
  /** Minutes after the case was opened. */
  readonly minute: number;
  /** When, whole epoch milliseconds. */
  readonly at: EpochMs;
  /** The command type. */
  readonly type: string;
  /** What the step shows. */
  readonly note: LocalizedText;
  /** `accepted`, or the refusal code given. */
  readonly outcome: "accepted" | CaseRefusalCode;
  /** Whether the outcome is the one the script expects. */
  readonly asExpected: boolean;
  /** The phase after the step. */
  readonly phase: CasePhase;
  /** The effects of an accepted command (a review to ask for, a cool-down to wait out). */
  readonly effects: readonly CaseEffect[];
  /** The refusal, when the command was refused. */
  readonly refusal?: CaseRefusal;
}

const MINUTE = 60_000;

/**
 * Plays a scripted case against a compiled policy: opens it, evaluates each draft with the policy
 * (through `draftCaseCommand`), applies every step at its minute, and logs each outcome.
 *
 * @example
 * ```ts
 * import { compilePolicy, definePolicy } from "@normas/core";
 * import { lateDeliveryCase, playCaseScript } from "@normas/core/samples";
 *
 * const compiled = compilePolicy(definePolicy(lateDeliveryCase.policy));
 * const { state, log } = playCaseScript(lateDeliveryCase, compiled);
 * for (const step of log) console.log(step.minute, step.type, step.outcome, step.refusal?.message.es ?? "");
 * state.phase; // "closed"
 * ```
 */
export function playCaseScript(
  script: CaseScript,
  compiled: CompiledPolicy,
  services: EvaluationServices = {},
): { readonly state: CaseState; readonly log: readonly CaseScriptLogEntry[] } {
  let state = openCase(script.open, script.start);
  const log: CaseScriptLogEntry[] = [];
  for (const step of script.steps) {
    const at = script.start + Math.round(step.minute * MINUTE);
    const command: CaseCommandInput =
      step.command.type === "draft"
        ? draftCaseCommand(
            compiled,
            state,
            { author: step.command.author, text: step.command.text },
            services,
          )
        : step.command;
    const result = applyCaseCommand(state, command, at);
    const outcome = result.accepted ? "accepted" : result.refusal.code;
    if (result.accepted) state = result.state;
    log.push({
      minute: step.minute,
      at,
      type: step.command.type,
      note: step.note,
      outcome,
      asExpected: outcome === step.expect,
      phase: state.phase,
      effects: result.accepted ? result.effects : [],
      ...(result.accepted ? {} : { refusal: result.refusal }),
    });
  }
  return { state, log };
}
