import { z } from "zod";
import { InputError } from "../../model/errors.js";
import type { MessageLocale } from "../../model/locale.js";
import { toIssues } from "../../model/validate.js";
import { openCase } from "./open.js";
import { CaseEventRefusedError } from "./refusal.js";
import { type CaseHistoryEntry, CaseHistoryEntrySchema, type CaseState } from "./state.js";
import { applyCaseEvent } from "./transition.js";

const HistorySchema = z.array(CaseHistoryEntrySchema).min(1);

/**
 * Rebuilds a case from its history alone: the `open` entry, then every accepted event at its own time.
 * The result equals the state the history was taken from. Throws `InputError` on a malformed history
 * and {@link CaseEventRefusedError} when an entry would not be accepted (a tampered history).
 *
 * @example
 * ```ts
 * import { replayCase } from "@normas/core";
 *
 * const rebuilt = replayCase(stored.history);
 * // rebuilt deep-equals stored
 * ```
 */
export function replayCase(history: readonly CaseHistoryEntry[], locale: MessageLocale = "en"): CaseState {
  const parsed = HistorySchema.safeParse(history);
  if (!parsed.success) throw new InputError(toIssues(parsed.error, locale, history), "Invalid case history");
  const [first, ...rest] = parsed.data;
  if (first === undefined || first.event.type !== "open") {
    throw new InputError([
      {
        code: "missing_open",
        path: [0, "event", "type"],
        pathText: "[0].event.type",
        message:
          locale === "es"
            ? "El historial debe empezar por la apertura del caso («open»)."
            : "A case history starts with the case's opening (`open`).",
      },
    ]);
  }
  let state = openCase(first.event.input, new Date(first.at), locale);
  for (const entry of rest) {
    if (entry.event.type === "open") {
      throw new InputError([
        {
          code: "duplicate_open",
          path: [entry.seq, "event", "type"],
          pathText: `[${entry.seq}].event.type`,
          message: locale === "es" ? "Un caso se abre una sola vez." : "A case is opened only once.",
        },
      ]);
    }
    const result = applyCaseEvent(state, entry.event, new Date(entry.at));
    if (!result.ok) throw new CaseEventRefusedError(result.refusal, locale);
    state = result.state;
  }
  return state;
}
