import { InputError, type Issue } from "../../model/errors.js";
import type { MessageLocale } from "../../model/locale.js";
import { toIssues } from "../../model/validate.js";
import { describeTime, type EpochMs, isEpochMs } from "../clock.js";
import { type OpenCaseInput, OpenCaseInputSchema } from "./commands.js";
import { type CaseState, CaseStateSchema } from "./state.js";

/** The issue of a `now` that is not whole epoch milliseconds. @internal */
export function invalidTimeIssue(now: unknown, locale: MessageLocale): Issue {
  const got = describeTime(now);
  return {
    code: "invalid_time",
    path: ["now"],
    pathText: "now",
    message:
      locale === "es"
        ? `La hora indicada no es válida: se esperaban milisegundos enteros desde 1970 (de 0 a 8640000000000000) y se recibió ${got}.`
        : `The time passed in is not valid: expected whole epoch milliseconds from 0 to 8640000000000000, got ${got}.`,
  };
}

/**
 * Opens a MAMA case on a comment (or a planned profile update) in the `measure` phase, at `now` (whole epoch
 * milliseconds). The opening is the first event of the case's history (seq 1). Throws `InputError` on a bad
 * input or time, listing every problem.
 *
 * @example
 * ```ts
 * import { openCase } from "@normas/core/cases";
 *
 * const state = openCase(
 *   {
 *     id: "case-1042",
 *     brand: "acme-es",
 *     by: "lucia",
 *     subject: { kind: "comment", comment: { text: "Mi pedido llega tarde otra vez." } },
 *   },
 *   Date.UTC(2026, 10, 25, 9),
 * );
 * state.phase; // "measure"
 * ```
 */
export function openCase(input: OpenCaseInput, now: EpochMs, locale: MessageLocale = "en"): CaseState {
  const parsed = OpenCaseInputSchema.safeParse(input);
  const issues = [
    ...(parsed.success ? [] : toIssues(parsed.error, locale, input)),
    ...(isEpochMs(now) ? [] : [invalidTimeIssue(now, locale)]),
  ];
  if (!parsed.success || issues.length > 0) throw new InputError(issues, "Invalid case");
  const opening = parsed.data;
  return {
    id: opening.id,
    brand: opening.brand,
    subject: opening.subject,
    settings: opening.settings,
    phase: "measure",
    opened: { by: opening.by, at: now },
    updatedAt: now,
    reviewRequired: false,
    history: [{ seq: 1, at: now, by: opening.by, command: { type: "open", input: opening } }],
  };
}

/**
 * Validates a stored case (e.g. JSON from a database) and returns it typed. Throws `InputError` with
 * the path of every bad field.
 */
export function parseCaseState(json: unknown, locale: MessageLocale = "en"): CaseState {
  const parsed = CaseStateSchema.safeParse(json);
  if (!parsed.success) throw new InputError(toIssues(parsed.error, locale, json), "Invalid case state");
  return parsed.data;
}
