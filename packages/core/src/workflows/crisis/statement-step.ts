import { fillStatement } from "../../text/statement-template.js";
import { approvalsOf } from "./apply-crisis-event.js";
import type { CrisisCommand } from "./command.js";
import type { CrisisState } from "./crisis-state.js";
import type { ProtocolIndex } from "./protocol-index.js";
import { type CrisisRefusal, refuse } from "./refusal.js";

type Refused = { readonly accepted: false; readonly refusal: CrisisRefusal };

/** The refusal of a missing or wrong field the transition needs. @internal */
export function invalidPayload(command: string, state: string, field: string): Refused {
  return { accepted: false, refusal: refuse("invalid_payload", command, state, { field }, [field]) };
}

function notAllowed(command: string, state: string, messageId: string, problem: string): Refused {
  return {
    accepted: false,
    refusal: refuse("message_not_allowed", command, state, { messageId, problem }, ["messageId"]),
  };
}

/** A statement ready to publish. @internal */
export type StatementOk = { ok: true; messageId: string; lang: "en" | "es"; text: string };

/**
 * The statement a publish command publishes: the library message, usable in this state and language, its
 * slots filled, approved by the roles the severity requires; or the refusal. @internal
 */
export function statementOf(
  index: ProtocolIndex,
  state: CrisisState,
  command: CrisisCommand,
  kind: "holding" | "statement",
): StatementOk | (Refused & { ok: false }) {
  const fail = (r: Refused) => ({ ...r, ok: false as const });
  const type = command.type;
  const id = command.messageId;
  if (id === undefined) return fail(invalidPayload(type, state.state, "messageId"));
  const m = index.messages.get(id);
  if (m === undefined) return fail(notAllowed(type, state.state, id, "unknown"));
  if (m.kind !== kind) return fail(notAllowed(type, state.state, id, `kind ${m.kind}`));
  if (!m.states.includes(state.state)) return fail(notAllowed(type, state.state, id, `state ${state.state}`));
  const lang = command.lang ?? "en";
  const template = m.text[lang];
  if (template === undefined) return fail(notAllowed(type, state.state, id, `language ${lang}`));
  const filled = fillStatement(template, command.slots ?? {});
  if (!filled.ok) {
    return fail({
      accepted: false,
      refusal: refuse(
        "slot_missing",
        type,
        state.state,
        { messageId: id, missing: filled.missing.join(", ") },
        ["slots"],
      ),
    });
  }
  if (kind === "statement") {
    const required = state.severity !== null ? (index.approvals.get(state.severity) ?? []) : [];
    const have = approvalsOf(state.approvals, id);
    const missing = required.filter((r) => !have.includes(r));
    if (missing.length > 0) {
      return fail({
        accepted: false,
        refusal: refuse("approval_missing", type, state.state, {
          messageId: id,
          missing: missing.join(", "),
        }),
      });
    }
  }
  return { ok: true, messageId: id, lang, text: filled.text };
}
