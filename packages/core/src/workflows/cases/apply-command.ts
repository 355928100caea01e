import { match } from "ts-pattern";
import { formatPath, InputError } from "../../model/errors.js";
import type { EpochMs } from "../clock.js";
import { commandTypeOf, type RefusalIssue, zodRefusalIssues } from "../refusal.js";
import { refuseTime, type StepResult } from "../step.js";
import {
  type CaseCommand,
  type CaseCommandInput,
  CaseCommandSchema,
  type CaseCommandType,
  type CaseEffect,
} from "./commands.js";
import {
  asCaseRefusal,
  type CaseRefusal,
  type CaseRefusalCode,
  type CaseSite,
  caseRefusal,
} from "./refusal.js";
import { CASE_PHASES, type CaseEvent, type CasePhase, type CaseState } from "./state.js";
import { checkAnalysis } from "./whys.js";

/** What `applyCaseCommand` returns: the step contract of both workflows. */
export type CaseStepResult = StepResult<CaseState, CaseEvent, CaseEffect, CaseRefusal>;

/** The phases in which each command is accepted. */
const ACCEPTED_IN: Readonly<Record<CaseCommandType, readonly CasePhase[]>> = {
  measure: ["measure"],
  analyze: ["analyze"],
  draft: ["meditate", "act"],
  approve: ["meditate"],
  publish: ["act"],
};

const MINUTE = 60_000;

function rank(phase: CasePhase): number {
  return CASE_PHASES.indexOf(phase);
}

/** A decided command: the next state (without its new history entry) and its effects, or a refusal. */
type Advance =
  | { readonly ok: true; readonly state: CaseState; readonly effects: readonly CaseEffect[] }
  | { readonly ok: false; readonly refusal: CaseRefusal };

const NO_EFFECTS: readonly CaseEffect[] = Object.freeze([]);

/**
 * The MAMA workflow's pure step, with the step contract of both workflows: validates `command` against the
 * case and returns the next state (with the new event appended to its history), the event and the effects to
 * perform, or a typed refusal, leaving `state` untouched. The only clock is `now` (whole epoch milliseconds,
 * not earlier than the last event). Refusals of a skipped phase carry the rule id `mama/phase-skipped`; an
 * analysis without a valid root cause, `mama/root-cause-missing`; bad commands (unknown type, missing
 * fields, wrong phase, self-approval, a bad or backward clock) carry no rule id.
 *
 * @example
 * ```ts
 * import { applyCaseCommand, openCase } from "@normas/core/cases";
 *
 * const t0 = Date.UTC(2026, 10, 25, 9);
 * const state = openCase({ id: "c1", brand: "acme-es", by: "lucia", subject: { kind: "comment", comment: { text: "¿Y mi pedido?" } } }, t0);
 * const result = applyCaseCommand(state, { type: "publish", by: "lucia", text: "Lo sentimos." }, t0 + 60_000);
 * if (!result.accepted) console.log(result.refusal.ruleId, result.refusal.message.es); // mama/phase-skipped …
 * ```
 */
export function applyCaseCommand(state: CaseState, command: CaseCommandInput, now: EpochMs): CaseStepResult {
  assertCaseShape(state);
  const where: CaseSite = { caseId: state.id, phase: state.phase, command: commandTypeOf(command) };
  const refuse = (
    code: CaseRefusalCode,
    data: Readonly<Record<string, string | number>> = {},
    issues: readonly RefusalIssue[] = [],
    path?: readonly (string | number)[],
  ): CaseStepResult => ({ accepted: false, refusal: caseRefusal(code, where, data, issues, path) });

  const time = refuseTime(now, state.updatedAt, { command: where.command, state: state.phase });
  if (time !== undefined) return { accepted: false, refusal: asCaseRefusal(time) };
  if (state.phase === "closed") return refuse("case_closed");

  const parsed = CaseCommandSchema.safeParse(command);
  if (!parsed.success) {
    const issues = zodRefusalIssues(parsed.error, command);
    return refuse("invalid_command", {}, issues, issues.length === 1 ? issues[0]?.path : undefined);
  }
  const valid = parsed.data;
  const accepted = ACCEPTED_IN[valid.type];
  const earliest = accepted[0] ?? "measure";
  if (!accepted.includes(state.phase)) {
    if (rank(state.phase) > rank(earliest)) return refuse("wrong_phase");
    if (valid.type === "publish" && state.phase === "meditate" && state.draft !== undefined) {
      // A draft only stays in `meditate` (it is clean) while it waits for its reviewer.
      return refuse("review_pending", {
        drafter: state.draft.by,
        followers: state.measurement?.reach.followers ?? 0,
      });
    }
    return refuse("phase_skipped", { required: state.phase });
  }

  const step = advance(state, valid, now, where);
  if (!step.ok) return { accepted: false, refusal: step.refusal };
  const event: CaseEvent = { seq: state.history.length + 1, at: now, by: valid.by, command: valid };
  return {
    accepted: true,
    state: { ...step.state, updatedAt: now, history: [...state.history, event] },
    events: [event],
    effects: step.effects,
  };
}

/** A state that is not a case at all is a programming error (not a refusal): load stored cases with `parseCaseState`. */
function assertCaseShape(state: unknown): void {
  const s = state as Partial<Record<keyof CaseState, unknown>> | null;
  const ok =
    typeof s === "object" &&
    s !== null &&
    typeof s.id === "string" &&
    typeof s.phase === "string" &&
    (CASE_PHASES as readonly string[]).includes(s.phase) &&
    typeof s.updatedAt === "number" &&
    typeof s.settings === "object" &&
    s.settings !== null &&
    Array.isArray(s.history);
  if (!ok) {
    throw new InputError(
      [
        {
          code: "not_a_case",
          path: [],
          pathText: formatPath([]),
          message: "Pass a case from openCase or parseCaseState.",
        },
      ],
      "Invalid case state",
    );
  }
}

function advance(state: CaseState, command: CaseCommand, now: EpochMs, site: CaseSite): Advance {
  const at = now;
  const where = { ...site, command: command.type };
  const no = (
    code: CaseRefusalCode,
    data: Readonly<Record<string, string | number>> = {},
    issues: readonly RefusalIssue[] = [],
  ): Advance => ({ ok: false, refusal: caseRefusal(code, where, data, issues) });

  return match(command)
    .with({ type: "measure" }, ({ by, measurement }): Advance => {
      const { settings } = state;
      const high =
        measurement.reach.followers >= settings.highReachFollowers ||
        measurement.similar.count >= settings.highVolume;
      return {
        ok: true,
        state: {
          ...state,
          phase: "analyze",
          severity: high ? "high" : "low",
          reviewRequired: measurement.reach.followers >= settings.reviewFromFollowers,
          measurement: { ...measurement, by, at },
        },
        effects: NO_EFFECTS,
      };
    })
    .with({ type: "analyze" }, ({ by, analysis }): Advance => {
      const { settings } = state;
      const complaint =
        analysis.category === "complaint" || state.measurement?.sentiment.label === "negative";
      const min =
        complaint && state.severity === "high"
          ? Math.max(settings.minWhys, settings.minWhysHighReachComplaint)
          : settings.minWhys;
      const problems = checkAnalysis(analysis, min);
      if (problems !== null) return no(problems.code, { min, given: analysis.whys.length }, problems.issues);
      const coolDown = settings.coolDownMinutes[state.severity ?? "low"];
      return {
        ok: true,
        state: { ...state, phase: "meditate", analysis: { ...analysis, by, at } },
        effects:
          coolDown > 0 ? [{ kind: "cool-down", until: at + Math.round(coolDown * MINUTE) }] : NO_EFFECTS,
      };
    })
    .with({ type: "draft" }, ({ by, text, verdict }): Advance => {
      if (verdict.errorCount > 0) return no("draft_has_errors", { errorCount: verdict.errorCount });
      const { approval: _, ...rest } = state;
      return {
        ok: true,
        state: {
          ...rest,
          phase: state.reviewRequired ? "meditate" : "act",
          draft: { by, at, text, verdict },
        },
        effects: state.reviewRequired ? [{ kind: "request-review", drafter: by }] : NO_EFFECTS,
      };
    })
    .with({ type: "approve" }, ({ by, note }): Advance => {
      const draft = state.draft;
      if (draft === undefined) return no("no_draft");
      if (draft.by === by) return no("self_approval", { reviewer: by });
      return {
        ok: true,
        state: { ...state, phase: "act", approval: note === undefined ? { by, at } : { by, at, note } },
        effects: NO_EFFECTS,
      };
    })
    .with({ type: "publish" }, ({ by, text, verdict, postId }): Advance => {
      const draft = state.draft;
      if (draft === undefined) return no("phase_skipped", { required: "meditate" });
      if (verdict !== undefined && verdict.errorCount > 0)
        return no("published_text_has_errors", { errorCount: verdict.errorCount });
      if (text !== draft.text && verdict === undefined) return no("unevaluated_text");
      const severity = state.severity ?? "low";
      const coolDown = Math.round(state.settings.coolDownMinutes[severity] * MINUTE);
      const since = state.analysis === undefined ? 0 : now - state.analysis.at;
      if (since < coolDown) {
        const minutesLeft = Math.ceil((coolDown - since) / MINUTE);
        return no("cool_down", { coolDownMinutes: coolDown / MINUTE, severity, minutesLeft });
      }
      const publication = {
        by,
        at,
        text,
        ...(verdict === undefined ? {} : { verdict }),
        ...(postId === undefined ? {} : { postId }),
      };
      return { ok: true, state: { ...state, phase: "closed", publication }, effects: NO_EFFECTS };
    })
    .exhaustive();
}
