import { formatMessage, type MessageLocale } from "../../model/locale.js";
import { MAMA_PHASE_SKIPPED } from "../../rules/mama/phase-skipped.js";
import { MAMA_ROOT_CAUSE_MISSING } from "../../rules/mama/root-cause-missing.js";
import type { LocalizedText } from "../localized-text.js";
import {
  buildRefusal,
  kernelRefusal,
  type RefusalIssue,
  type RefusalPath,
  refusalIssue,
  WORKFLOW_REFUSAL_CODES,
  type WorkflowRefusal,
  type WorkflowRefusalCode,
} from "../refusal.js";
import { caseMessages, caseWords } from "./messages.js";
import type { CasePhase } from "./state.js";

export { MAMA_PHASE_SKIPPED, mamaPhaseSkippedDescription } from "../../rules/mama/phase-skipped.js";
export {
  MAMA_ROOT_CAUSE_MISSING,
  mamaRootCauseMissingDescription,
} from "../../rules/mama/root-cause-missing.js";

/** Refusal codes under the rule id `mama/phase-skipped`. */
export const PHASE_SKIPPED_CODES = [
  "phase_skipped",
  "no_draft",
  "review_pending",
  "draft_has_errors",
  "cool_down",
  "unevaluated_text",
  "published_text_has_errors",
] as const;

/** Refusal codes under the rule id `mama/root-cause-missing`. */
export const ROOT_CAUSE_CODES = [
  "chain_too_short",
  "empty_step",
  "circular_chain",
  "root_cause_missing",
] as const;

/**
 * Refusal codes of bad commands (no rule id): the command is wrong, not the workflow skipped. Besides the
 * codes shared by both workflows (`invalid_command`, `invalid_time`, `clock_went_back`, `invalid_options`,
 * `version_conflict`, `idempotency_conflict`), `wrong_phase` (the command belongs to an earlier phase),
 * `case_closed` and `self_approval`.
 */
export const BAD_COMMAND_CODES = [
  ...WORKFLOW_REFUSAL_CODES,
  "wrong_phase",
  "case_closed",
  "self_approval",
] as const;

/** Every stable refusal code of `applyCaseCommand` and of the `MamaCase` runtime (snake_case). */
export type CaseRefusalCode =
  | (typeof PHASE_SKIPPED_CODES)[number]
  | (typeof ROOT_CAUSE_CODES)[number]
  | (typeof BAD_COMMAND_CODES)[number];

/**
 * Why a case command was refused: the one refusal shape of both workflows, plus the MAMA rule it falls under
 * (`mama/phase-skipped`, `mama/root-cause-missing`, or null for a bad command). Its `state` is the phase.
 */
export interface CaseRefusal extends WorkflowRefusal<CaseRefusalCode> {
  /** `mama/phase-skipped`, `mama/root-cause-missing`, or null for a bad command. */
  readonly ruleId: typeof MAMA_PHASE_SKIPPED | typeof MAMA_ROOT_CAUSE_MISSING | null;
}

const TRANSLATED_SLOTS = new Set(["phase", "required", "command", "severity"]);

function localise(
  id: string,
  data: Readonly<Record<string, string | number>>,
  locale: MessageLocale,
): string {
  const words = caseWords[locale];
  const filled: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(data)) {
    filled[key] =
      TRANSLATED_SLOTS.has(key) && typeof value === "string" && Object.hasOwn(words, value)
        ? (words[value] as string)
        : value;
  }
  const template = Object.hasOwn(caseMessages[locale], id) ? caseMessages[locale][id] : undefined;
  return formatMessage(template ?? id, filled);
}

/** Both languages of one message id of the case catalogue. @internal */
export function localized(id: string, data: Readonly<Record<string, string | number>> = {}): LocalizedText {
  return { en: localise(id, data, "en"), es: localise(id, data, "es") };
}

/** An issue whose message comes from the case message catalogue (`issue/<code>`). @internal */
export function caseIssue(
  code: string,
  path: RefusalPath,
  data: Readonly<Record<string, string | number>> = {},
): RefusalIssue {
  return refusalIssue(code, path, localized(`issue/${code}`, data));
}

function ruleIdOf(code: CaseRefusalCode): CaseRefusal["ruleId"] {
  if ((PHASE_SKIPPED_CODES as readonly string[]).includes(code)) return MAMA_PHASE_SKIPPED;
  if ((ROOT_CAUSE_CODES as readonly string[]).includes(code)) return MAMA_ROOT_CAUSE_MISSING;
  return null;
}

const SHARED: ReadonlySet<string> = new Set(WORKFLOW_REFUSAL_CODES);

/** Where a case refusal happens. @internal */
export interface CaseSite {
  readonly caseId: string;
  readonly phase: CasePhase;
  readonly command: string | null;
}

/** Builds a case refusal; the rule id follows from the code. @internal */
export function caseRefusal(
  code: CaseRefusalCode,
  where: CaseSite,
  details: Readonly<Record<string, string | number>> = {},
  issues: readonly RefusalIssue[] = [],
  path?: RefusalPath,
): CaseRefusal {
  const site = { command: where.command, state: where.phase };
  const parts = {
    details: { caseId: where.caseId, ...details },
    issues,
    ...(path !== undefined ? { path } : {}),
  };
  if (SHARED.has(code)) return { ...kernelRefusal(code as WorkflowRefusalCode, site, parts), ruleId: null };
  const data = { ...parts.details, phase: where.phase, command: where.command ?? "?" };
  const template = localized(code, data);
  return { ...buildRefusal(code, template, site, parts), ruleId: ruleIdOf(code) };
}

/** A shared-code refusal seen from a case: the same refusal with `ruleId: null`. @internal */
export function asCaseRefusal(refusal: WorkflowRefusal<WorkflowRefusalCode>): CaseRefusal {
  return { ...refusal, ruleId: null };
}
