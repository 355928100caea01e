import { formatPath, type Issue, NormasError } from "../../model/errors.js";
import { formatMessage, type MessageLocale } from "../../model/locale.js";
import { MAMA_PHASE_SKIPPED } from "../../rules/mama/phase-skipped.js";
import { MAMA_ROOT_CAUSE_MISSING } from "../../rules/mama/root-cause-missing.js";
import { caseMessages, caseWords } from "./messages.js";
import type { CasePhase } from "./state.js";

export { MAMA_PHASE_SKIPPED, mamaPhaseSkippedDescription } from "../../rules/mama/phase-skipped.js";
export {
  MAMA_ROOT_CAUSE_MISSING,
  mamaRootCauseMissingDescription,
} from "../../rules/mama/root-cause-missing.js";

/** Refusal codes under the rule id `mama/phase-skipped`. */
export const PHASE_SKIPPED_CODES = [
  "phase-skipped",
  "no-draft",
  "review-pending",
  "draft-has-errors",
  "cool-down",
  "unevaluated-text",
  "published-text-has-errors",
] as const;

/** Refusal codes under the rule id `mama/root-cause-missing`. */
export const ROOT_CAUSE_CODES = [
  "chain-too-short",
  "empty-step",
  "circular-chain",
  "root-cause-missing",
] as const;

/** Refusal codes of bad events (no rule id): the event or the clock is wrong, not the workflow skipped. */
export const BAD_EVENT_CODES = [
  "invalid-event",
  "wrong-phase",
  "case-closed",
  "self-approval",
  "invalid-time",
  "clock-went-back",
] as const;

/** Every stable refusal code of `applyCaseEvent`. */
export type CaseRefusalCode =
  | (typeof PHASE_SKIPPED_CODES)[number]
  | (typeof ROOT_CAUSE_CODES)[number]
  | (typeof BAD_EVENT_CODES)[number];

/** A text in both message languages. */
export interface BilingualText {
  /** English. */
  readonly en: string;
  /** Spanish. */
  readonly es: string;
}

/** One problem behind a refusal, with the JSON path of the bad field of the event. */
export interface CaseIssue {
  /** Stable code, e.g. `circular` or a zod code such as `invalid_type`. */
  readonly code: string;
  /** JSON path into the event, e.g. `["analysis", "whys", 2, "because"]`. */
  readonly path: readonly (string | number)[];
  /** The path as text, e.g. `analysis.whys[2].because`. */
  readonly pathText: string;
  /** What is wrong, in both languages. */
  readonly message: BilingualText;
}

/** Why `applyCaseEvent` refused an event. Plain data: log it, show it, send it over the wire. */
export interface CaseRefusal {
  /** Stable code, e.g. `cool-down`. */
  readonly code: CaseRefusalCode;
  /** `mama/phase-skipped`, `mama/root-cause-missing`, or null for a bad event. */
  readonly ruleId: typeof MAMA_PHASE_SKIPPED | typeof MAMA_ROOT_CAUSE_MISSING | null;
  /** The case. */
  readonly caseId: string;
  /** The phase the case is (still) in. */
  readonly phase: CasePhase;
  /** The refused event's type, when it had a readable one. */
  readonly eventType: string | null;
  /** What happened, in both languages. */
  readonly message: BilingualText;
  /** Details, each with a path into the event. */
  readonly issues: readonly CaseIssue[];
  /** Values used in the message (minutes left, error count…). */
  readonly data: Readonly<Record<string, string | number>>;
}

const TRANSLATED_SLOTS = new Set(["phase", "required", "eventType", "severity"]);

function localise(
  id: string,
  data: Readonly<Record<string, string | number>>,
  locale: MessageLocale,
): string {
  const words = caseWords[locale];
  const filled: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(data)) {
    filled[key] = TRANSLATED_SLOTS.has(key) && typeof value === "string" ? (words[value] ?? value) : value;
  }
  return formatMessage(caseMessages[locale][id] ?? id, filled);
}

/** Both languages of one message id. */
export function bilingual(id: string, data: Readonly<Record<string, string | number>> = {}): BilingualText {
  return { en: localise(id, data, "en"), es: localise(id, data, "es") };
}

/** An issue whose message comes from the case message catalogue (`issue/<id>`). */
export function caseIssue(
  code: string,
  path: readonly (string | number)[],
  data: Readonly<Record<string, string | number>> = {},
): CaseIssue {
  return { code, path, pathText: formatPath(path), message: bilingual(`issue/${code}`, data) };
}

function ruleIdOf(code: CaseRefusalCode): CaseRefusal["ruleId"] {
  if ((PHASE_SKIPPED_CODES as readonly string[]).includes(code)) return MAMA_PHASE_SKIPPED;
  if ((ROOT_CAUSE_CODES as readonly string[]).includes(code)) return MAMA_ROOT_CAUSE_MISSING;
  return null;
}

/** Builds a refusal; the rule id follows from the code. */
export function refusal(
  code: CaseRefusalCode,
  where: { readonly caseId: string; readonly phase: CasePhase; readonly eventType: string | null },
  data: Readonly<Record<string, string | number>> = {},
  issues: readonly CaseIssue[] = [],
): CaseRefusal {
  const all = { caseId: where.caseId, phase: where.phase, eventType: where.eventType ?? "?", ...data };
  return {
    code,
    ruleId: ruleIdOf(code),
    caseId: where.caseId,
    phase: where.phase,
    eventType: where.eventType,
    message: bilingual(code, all),
    issues,
    data,
  };
}

/**
 * Thrown by {@link assertCaseEvent} and by `replayCase` on a history that does not replay: it carries
 * the returned-value {@link CaseRefusal} as `refusal`, with `issues` in the chosen language.
 */
export class CaseEventRefusedError extends NormasError {
  /** The refusal, as `applyCaseEvent` returns it. */
  readonly refusal: CaseRefusal;

  constructor(refusal: CaseRefusal, locale: MessageLocale = "en") {
    const issues: Issue[] = refusal.issues.map((i) => ({
      code: i.code,
      path: i.path,
      pathText: i.pathText,
      message: i.message[locale],
    }));
    super("CASE_EVENT_REFUSED", refusal.message[locale], issues);
    this.name = "CaseEventRefusedError";
    this.refusal = refusal;
  }
}

/**
 * Throws a {@link CaseEventRefusedError} for a refused result; returns the new state otherwise.
 * For scripts and tests; an app's inbox should show the returned refusal instead.
 */
export function assertCaseEvent<State>(
  result:
    | { readonly ok: true; readonly state: State }
    | { readonly ok: false; readonly refusal: CaseRefusal },
  locale: MessageLocale = "en",
): State {
  if (!result.ok) throw new CaseEventRefusedError(result.refusal, locale);
  return result.state;
}
