import { InputError } from "../../model/errors.js";
import type { MessageLocale } from "../../model/locale.js";
import { toIssues } from "../../model/validate.js";
import { type OpenCaseInput, OpenCaseInputSchema } from "./events.js";
import { type CaseState, CaseStateSchema } from "./state.js";

/** The ISO form of `now`, or null when it is not a valid date. */
export function isoOf(now: Date): string | null {
  return now instanceof Date && !Number.isNaN(now.getTime()) ? now.toISOString() : null;
}

/**
 * Opens a MAMA case on a comment (or a planned profile update) in the `measure` phase.
 * The opening is the first entry of the case's history. Throws `InputError` on a bad input or date.
 *
 * @example
 * ```ts
 * import { openCase } from "@normas/core";
 *
 * const state = openCase(
 *   {
 *     id: "case-1042",
 *     brand: "acme-es",
 *     by: "lucia",
 *     subject: { kind: "comment", comment: { text: "Mi pedido llega tarde otra vez." } },
 *   },
 *   new Date("2026-11-25T09:00:00Z"),
 * );
 * state.phase; // "measure"
 * ```
 */
export function openCase(input: OpenCaseInput, now: Date, locale: MessageLocale = "en"): CaseState {
  const at = isoOf(now);
  if (at === null) {
    throw new InputError([
      {
        code: "invalid_date",
        path: [],
        pathText: "(root)",
        message:
          locale === "es"
            ? "La hora indicada no es una fecha válida."
            : "The time passed in is not a valid date.",
      },
    ]);
  }
  const parsed = OpenCaseInputSchema.safeParse(input);
  if (!parsed.success) throw new InputError(toIssues(parsed.error, locale, input), "Invalid case");
  const opening = parsed.data;
  return {
    id: opening.id,
    brand: opening.brand,
    subject: opening.subject,
    settings: opening.settings,
    phase: "measure",
    opened: { by: opening.by, at },
    updatedAt: at,
    reviewRequired: false,
    history: [{ seq: 0, at, by: opening.by, event: { type: "open", input: opening } }],
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
