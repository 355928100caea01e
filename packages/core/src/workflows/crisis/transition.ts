import { fillStatement } from "../../text/statement-template.js";
import { applyCrisisEvent } from "./apply-crisis-event.js";
import type { CrisisCommand } from "./command.js";
import type { CrisisState } from "./crisis-state.js";
import type { CrisisEffect, CrisisEvent } from "./event.js";
import { indexProtocol } from "./protocol-index.js";
import type { CrisisProtocol, ProtocolGuard } from "./protocol-schema.js";
import { type CrisisRefusal, refuse } from "./refusal.js";

/** A command that was accepted: the new state, the effects to perform and the event to record. */
export interface TransitionAccepted {
  /** Accepted. */
  readonly ok: true;
  /** The state after the command. */
  readonly state: CrisisState;
  /** Effects the caller must perform (notify, pause publishing, publish a statement…). */
  readonly effects: readonly CrisisEffect[];
  /** The event to append to the log (not yet sealed with hashes). */
  readonly event: CrisisEvent;
}

/** A command that was refused; nothing changed. */
export interface TransitionRefusedResult {
  /** Refused. */
  readonly ok: false;
  /** Why. */
  readonly refusal: CrisisRefusal;
}

/** What `transition` returns. */
export type TransitionResult = TransitionAccepted | TransitionRefusedResult;

const guardHolds = (g: ProtocolGuard, s: CrisisState): boolean => {
  switch (g) {
    case "severity-set":
      return s.severity !== null;
    case "lead-assigned":
      return s.lead !== null;
    case "holding-statement-published":
      return s.statements.some((x) => x.kind === "holding");
    case "statement-published":
      return s.statements.some((x) => x.kind === "statement");
    case "publishing-resumed":
      return !s.publishingPaused;
    case "lessons-recorded":
      return s.lessons.length > 0;
    default: {
      const forgotten: never = g;
      return forgotten;
    }
  }
};

/**
 * The pure transition function of a crisis: checks the command against the protocol (known command,
 * allowed from this state, role, guards, reason, payload, message library, approvals) and returns the
 * new state with the effects to perform and the event to record, or a refusal. No clock, no I/O:
 * `now` is given (epoch ms) and nothing outside the arguments is read or changed.
 *
 * It does not fire overdue deadlines: call `fireDeadlines` first (the `Crisis` runtime does).
 *
 * @example
 * ```ts
 * import { openCrisis, standardProtocol, transition } from "@normas/core";
 * const { state } = openCrisis(standardProtocol, { crisisId: "c1", brand: "acme-es", actor: "ana", role: "community-manager" }, 0);
 * const r = transition(standardProtocol, state, { type: "raise-alert", actor: "ana", role: "community-manager", topics: ["retraso"] }, 60_000);
 * if (r.ok) r.state.state; // "alert"
 * else r.refusal.message.es;
 * ```
 */
export function transition(
  protocol: CrisisProtocol,
  state: CrisisState,
  command: CrisisCommand,
  now: number,
): TransitionResult {
  const index = indexProtocol(protocol);
  // The runtime validates commands with `CrisisCommandSchema`; a direct caller may pass anything, so the
  // fields read below are checked for their type, and a wrong one is a refusal, never a crash.
  const problem = shapeProblem(command);
  if (problem !== undefined) {
    const type = typeof command?.type === "string" ? command.type : "";
    return { ok: false, refusal: refuse("invalid_command", type, state.state, { problem }) };
  }
  const type = command.type;
  const byState = index.byCommand.get(type);
  if (byState === undefined) return { ok: false, refusal: refuse("unknown_command", type, state.state) };
  const t = byState.get(state.state);
  if (t === undefined) return { ok: false, refusal: refuse("not_allowed_in_state", type, state.state) };
  if (!t.roles.includes(command.role)) {
    return {
      ok: false,
      refusal: refuse("role_not_allowed", type, state.state, {
        role: command.role,
        allowed: t.roles.join(", "),
      }),
    };
  }
  for (const g of t.guards) {
    if (!guardHolds(g, state))
      return { ok: false, refusal: refuse("guard_failed", type, state.state, { guard: g }) };
  }
  if (t.reasonRequired && (command.reason === undefined || command.reason.trim() === ""))
    return invalidPayload(type, state.state, "reason");

  const data: CrisisEvent["data"] = {};
  const effects: CrisisEffect[] = [];
  for (const a of t.assign) {
    switch (a) {
      case "topics":
        if (command.topics !== undefined) data.topics = [...command.topics];
        break;
      case "severity":
        if (command.severity === undefined || !Object.hasOwn(protocol.severities, command.severity)) {
          return invalidPayload(type, state.state, "severity");
        }
        data.severity = command.severity;
        break;
      case "lead":
        if (command.lead === undefined || command.lead.trim() === "")
          return invalidPayload(type, state.state, "lead");
        data.lead = command.lead;
        break;
      case "approval":
        if (command.messageId === undefined || !Object.hasOwn(protocol.messages, command.messageId)) {
          return invalidPayload(type, state.state, "messageId");
        }
        data.messageId = command.messageId;
        break;
      case "holding-statement":
      case "statement": {
        const r = statementOf(protocol, state, command, a === "statement" ? "statement" : "holding");
        if (!r.ok) return r;
        Object.assign(data, { messageId: r.messageId, lang: r.lang, text: r.text });
        effects.push({ kind: "publish-statement", messageId: r.messageId, lang: r.lang, text: r.text });
        break;
      }
      case "lessons":
        if (command.lessons === undefined || command.lessons.length === 0)
          return invalidPayload(type, state.state, "lessons");
        data.lessons = command.lessons.map((l) => ({ lesson: l.lesson, owner: l.owner }));
        break;
      case "clear":
        break;
      default: {
        const forgotten: never = a;
        return invalidPayload(type, state.state, forgotten);
      }
    }
  }

  for (const e of t.effects) {
    if (e.kind === "notify") effects.push({ kind: "notify", roles: [...e.roles] });
    else if (e.kind === "notify-approvers") {
      const sev = data.severity ?? state.severity;
      const roles = sev !== null ? (protocol.severities[sev]?.approvals ?? []) : [];
      if (roles.length > 0) effects.push({ kind: "notify", roles: [...roles] });
    } else effects.push({ kind: e.kind });
  }

  const met: string[] = [];
  for (const p of state.pending) {
    if (protocol.states[p.state]?.deadlines[p.deadline]?.metBy.includes(type)) met.push(p.key);
  }
  const event: CrisisEvent = {
    crisisId: state.crisisId,
    seq: state.version + 1,
    kind: "command",
    command: type,
    transition: t.id,
    at: now,
    actor: command.actor,
    role: command.role,
    reason: command.reason,
    from: state.state,
    to: t.to ?? state.state,
    data,
    met,
    effects,
    // Present from the start so that sealing in place keeps the object's shape.
    idempotencyKey: undefined,
    prevHash: undefined,
    hash: undefined,
  };
  return { ok: true, state: applyCrisisEvent(protocol, state, event), effects, event };
}

const isString = (v: unknown): v is string => typeof v === "string";
const isStringList = (v: unknown): boolean => Array.isArray(v) && v.every(isString);

// The first field of `command` whose type is wrong, if any (`CrisisCommandSchema` gives the full report).
function shapeProblem(command: CrisisCommand): string | undefined {
  if (typeof command !== "object" || command === null) return "(root)";
  if (!isString(command.type)) return "type";
  if (!isString(command.actor)) return "actor";
  if (!isString(command.role)) return "role";
  const c = command as Record<string, unknown>;
  for (const key of ["reason", "severity", "lead", "messageId"])
    if (c[key] !== undefined && !isString(c[key])) return key;
  if (c.lang !== undefined && c.lang !== "en" && c.lang !== "es") return "lang";
  if (c.topics !== undefined && !isStringList(c.topics)) return "topics";
  if (c.slots !== undefined) {
    if (typeof c.slots !== "object" || c.slots === null || Array.isArray(c.slots)) return "slots";
    for (const v of Object.values(c.slots)) if (!isString(v)) return "slots";
  }
  if (c.lessons !== undefined) {
    if (!Array.isArray(c.lessons)) return "lessons";
    for (const l of c.lessons) {
      if (typeof l !== "object" || l === null || !isString(l.lesson) || !isString(l.owner)) return "lessons";
    }
  }
  return undefined;
}

function invalidPayload(command: string, state: string, field: string): TransitionRefusedResult {
  return { ok: false, refusal: refuse("invalid_payload", command, state, { field }) };
}

function notAllowed(
  command: string,
  state: string,
  messageId: string,
  problem: string,
): TransitionRefusedResult {
  return { ok: false, refusal: refuse("message_not_allowed", command, state, { messageId, problem }) };
}

type StatementOk = { ok: true; messageId: string; lang: "en" | "es"; text: string };

function statementOf(
  protocol: CrisisProtocol,
  state: CrisisState,
  command: CrisisCommand,
  kind: "holding" | "statement",
): StatementOk | TransitionRefusedResult {
  const type = command.type;
  const id = command.messageId;
  if (id === undefined)
    return { ok: false, refusal: refuse("invalid_payload", type, state.state, { field: "messageId" }) };
  const m = protocol.messages[id];
  if (m === undefined || !Object.hasOwn(protocol.messages, id))
    return notAllowed(type, state.state, id, "unknown");
  if (m.kind !== kind) return notAllowed(type, state.state, id, `kind ${m.kind}`);
  if (!m.states.includes(state.state)) return notAllowed(type, state.state, id, `state ${state.state}`);
  const lang = command.lang ?? "en";
  const template = m.text[lang];
  if (template === undefined) return notAllowed(type, state.state, id, `language ${lang}`);
  const filled = fillStatement(template, command.slots ?? {});
  if (!filled.ok) {
    return {
      ok: false,
      refusal: refuse("slot_missing", type, state.state, {
        messageId: id,
        missing: filled.missing.join(", "),
      }),
    };
  }
  if (kind === "statement") {
    const required = state.severity !== null ? (protocol.severities[state.severity]?.approvals ?? []) : [];
    const have = state.approvals[id] ?? [];
    const missing = required.filter((r) => !have.includes(r));
    if (missing.length > 0) {
      return {
        ok: false,
        refusal: refuse("approval_missing", type, state.state, {
          messageId: id,
          missing: missing.join(", "),
        }),
      };
    }
  }
  return { ok: true, messageId: id, lang, text: filled.text };
}
