import { match } from "ts-pattern";
import { formatPath, InputError } from "../../model/errors.js";
import { toIssues } from "../../model/validate.js";
import { type CaseEvent, type CaseEventInput, CaseEventSchema, type CaseEventType } from "./events.js";
import { isoOf } from "./open.js";
import { type CaseIssue, type CaseRefusal, type CaseRefusalCode, refusal } from "./refusal.js";
import { CASE_PHASES, type CasePhase, type CaseState } from "./state.js";
import { checkAnalysis } from "./whys.js";

/** What `applyCaseEvent` returns: the new state, or a refusal and the unchanged state. */
export type CaseResult =
  | { readonly ok: true; readonly state: CaseState }
  | { readonly ok: false; readonly refusal: CaseRefusal; readonly state: CaseState };

/** The phases in which each event is accepted. */
const ACCEPTED_IN: Readonly<Record<CaseEventType, readonly CasePhase[]>> = {
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

function typeOf(event: unknown): string | null {
  if (typeof event !== "object" || event === null) return null;
  const type = (event as { type?: unknown }).type;
  return typeof type === "string" ? type.slice(0, 64) : null;
}

/** Applies a validated event whose phase is right; returns the next state or a refusal. */
type Step =
  | { readonly ok: true; readonly state: CaseState }
  | { readonly ok: false; readonly refusal: CaseRefusal };

/**
 * The MAMA workflow's pure transition: validates `event` against the case and returns the next state
 * (with the event appended to its history) or a typed refusal, leaving `state` untouched. The only clock
 * is `now`. Refusals of a skipped phase carry the rule id `mama/phase-skipped`; an analysis without a
 * valid root cause, `mama/root-cause-missing`; bad events (unknown type, missing fields, wrong phase,
 * self-approval, a clock going back) carry no rule id.
 *
 * @example
 * ```ts
 * import { applyCaseEvent, openCase } from "@normas/core";
 *
 * let state = openCase({ id: "c1", brand: "acme-es", by: "lucia", subject: { kind: "comment", comment: { text: "¿Y mi pedido?" } } }, new Date("2026-11-25T09:00:00Z"));
 * const result = applyCaseEvent(state, { type: "publish", by: "lucia", text: "Lo sentimos." }, new Date("2026-11-25T09:01:00Z"));
 * if (!result.ok) console.log(result.refusal.ruleId, result.refusal.message.es); // mama/phase-skipped …
 * ```
 */
export function applyCaseEvent(state: CaseState, event: CaseEventInput, now: Date): CaseResult {
  assertCaseShape(state);
  const where = { caseId: state.id, phase: state.phase, eventType: typeOf(event) };
  const refuse = (
    code: CaseRefusalCode,
    data: Readonly<Record<string, string | number>> = {},
    issues: readonly CaseIssue[] = [],
  ): CaseResult => ({ ok: false, refusal: refusal(code, where, data, issues), state });

  const at = isoOf(now);
  if (at === null) return refuse("invalid-time");
  if (now.getTime() < Date.parse(state.updatedAt))
    return refuse("clock-went-back", { now: at, updatedAt: state.updatedAt });
  if (state.phase === "closed") return refuse("case-closed");

  const parsed = CaseEventSchema.safeParse(event);
  if (!parsed.success) {
    const en = toIssues(parsed.error, "en", event);
    const es = toIssues(parsed.error, "es", event);
    const issues = en.map((issue, i) => ({
      code: issue.code,
      path: issue.path,
      pathText: issue.pathText,
      message: { en: issue.message, es: es[i]?.message ?? issue.message },
    }));
    return refuse("invalid-event", {}, issues);
  }
  const valid = parsed.data;
  const accepted = ACCEPTED_IN[valid.type];
  const earliest = accepted[0] ?? "measure";
  if (!accepted.includes(state.phase)) {
    if (rank(state.phase) > rank(earliest)) return refuse("wrong-phase");
    if (valid.type === "publish" && state.phase === "meditate" && state.draft !== undefined) {
      // A draft only stays in `meditate` (it is clean) while it waits for its reviewer.
      return refuse("review-pending", {
        drafter: state.draft.by,
        followers: state.measurement?.reach.followers ?? 0,
      });
    }
    return refuse("phase-skipped", { required: state.phase });
  }

  const step = advance(state, valid, now);
  if (!step.ok) return { ok: false, refusal: { ...step.refusal, eventType: where.eventType }, state };
  return {
    ok: true,
    state: {
      ...step.state,
      updatedAt: at,
      history: [...state.history, { seq: state.history.length, at, by: valid.by, event: valid }],
    },
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
    typeof s.updatedAt === "string" &&
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

function advance(state: CaseState, event: CaseEvent, now: Date): Step {
  const at = now.toISOString();
  const where = { caseId: state.id, phase: state.phase, eventType: event.type };
  const no = (
    code: CaseRefusalCode,
    data: Readonly<Record<string, string | number>> = {},
    issues: readonly CaseIssue[] = [],
  ): Step => ({ ok: false, refusal: refusal(code, where, data, issues) });

  return match(event)
    .with({ type: "measure" }, ({ by, measurement }): Step => {
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
      };
    })
    .with({ type: "analyze" }, ({ by, analysis }): Step => {
      const { settings } = state;
      const complaint =
        analysis.category === "complaint" || state.measurement?.sentiment.label === "negative";
      const min =
        complaint && state.severity === "high"
          ? Math.max(settings.minWhys, settings.minWhysHighReachComplaint)
          : settings.minWhys;
      const problems = checkAnalysis(analysis, min);
      if (problems !== null) return no(problems.code, { min, given: analysis.whys.length }, problems.issues);
      return { ok: true, state: { ...state, phase: "meditate", analysis: { ...analysis, by, at } } };
    })
    .with({ type: "draft" }, ({ by, text, verdict }): Step => {
      if (verdict.errorCount > 0) return no("draft-has-errors", { errorCount: verdict.errorCount });
      const { approval: _, ...rest } = state;
      return {
        ok: true,
        state: {
          ...rest,
          phase: state.reviewRequired ? "meditate" : "act",
          draft: { by, at, text, verdict },
        },
      };
    })
    .with({ type: "approve" }, ({ by, note }): Step => {
      const draft = state.draft;
      if (draft === undefined) return no("no-draft");
      if (draft.by === by) return no("self-approval", { reviewer: by });
      return {
        ok: true,
        state: { ...state, phase: "act", approval: note === undefined ? { by, at } : { by, at, note } },
      };
    })
    .with({ type: "publish" }, ({ by, text, verdict, postId }): Step => {
      const draft = state.draft;
      if (draft === undefined) return no("phase-skipped", { required: "meditate" });
      if (verdict !== undefined && verdict.errorCount > 0)
        return no("published-text-has-errors", { errorCount: verdict.errorCount });
      if (text !== draft.text && verdict === undefined) return no("unevaluated-text");
      const severity = state.severity ?? "low";
      const coolDown = state.settings.coolDownMinutes[severity];
      const since = state.analysis === undefined ? 0 : now.getTime() - Date.parse(state.analysis.at);
      if (since < coolDown * MINUTE) {
        const minutesLeft = Math.ceil((coolDown * MINUTE - since) / MINUTE);
        return no("cool-down", { coolDownMinutes: coolDown, severity, minutesLeft });
      }
      const publication = {
        by,
        at,
        text,
        ...(verdict === undefined ? {} : { verdict }),
        ...(postId === undefined ? {} : { postId }),
      };
      return { ok: true, state: { ...state, phase: "closed", publication } };
    })
    .exhaustive();
}
