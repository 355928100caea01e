import * as z from "zod";
import { InputError } from "../../model/errors.js";
import type { MessageLocale } from "../../model/locale.js";
import { toIssues } from "../../model/validate.js";
import { refusedError } from "../errors.js";
import { applyCaseCommand } from "./apply-command.js";
import { openCase } from "./open.js";
import { type CaseEvent, CaseEventSchema, type CaseState } from "./state.js";

const HistorySchema = z.array(CaseEventSchema).min(1);

/**
 * Rebuilds a case from its events alone: the `open` event, then every accepted command at its own time.
 * The result equals the state the history was taken from. Throws `InputError` on a malformed history and
 * `WorkflowError` (`WORKFLOW_REFUSED`, with the refusal) when an event would not be accepted (a tampered
 * history).
 *
 * @example
 * ```ts
 * import { replayCase } from "@normas/core/cases";
 *
 * const rebuilt = replayCase(stored.history);
 * // rebuilt deep-equals stored
 * ```
 */
export function replayCase(history: readonly CaseEvent[], locale: MessageLocale = "en"): CaseState {
  const parsed = HistorySchema.safeParse(history);
  if (!parsed.success) throw new InputError(toIssues(parsed.error, locale, history), "Invalid case history");
  const [first, ...rest] = parsed.data;
  if (first === undefined || first.command.type !== "open") {
    throw new InputError([
      {
        code: "missing_open",
        path: [0, "command", "type"],
        pathText: "[0].command.type",
        message:
          locale === "es"
            ? "El historial debe empezar por la apertura del caso («open»)."
            : "A case history starts with the case's opening (`open`).",
      },
    ]);
  }
  let state = openCase(first.command.input, first.at, locale);
  for (const [index, entry] of parsed.data.entries()) {
    if (entry.seq !== index + 1) {
      throw new InputError([
        {
          code: "sequence_gap",
          path: [index, "seq"],
          pathText: `[${index}].seq`,
          message:
            locale === "es"
              ? `El evento ${index + 1} tiene el número ${entry.seq}: falta, sobra o está desordenado un evento.`
              : `Event ${index + 1} has seq ${entry.seq}: an event is missing, repeated or out of order.`,
        },
      ]);
    }
  }
  for (const [i, entry] of rest.entries()) {
    if (entry.command.type === "open") {
      throw new InputError([
        {
          code: "duplicate_open",
          path: [i + 1, "command", "type"],
          pathText: `[${i + 1}].command.type`,
          message: locale === "es" ? "Un caso se abre una sola vez." : "A case is opened only once.",
        },
      ]);
    }
    const result = applyCaseCommand(state, entry.command, entry.at);
    if (!result.accepted) throw refusedError(result.refusal, state.id, locale);
    state = withKey(result.state, entry.idempotencyKey);
  }
  return state;
}

/** The state with the idempotency key put back on its last event (the runtime records it there). @internal */
export function withKey(state: CaseState, key: string | undefined): CaseState {
  if (key === undefined) return state;
  const history = [...state.history];
  const last = history[history.length - 1] as CaseEvent;
  history[history.length - 1] = { ...last, idempotencyKey: key };
  return { ...state, history };
}
