import { didYouMean } from "../../model/did-you-mean.js";
import type { EpochMs } from "../clock.js";
import { refusalIssue } from "../refusal.js";
import type { StepAccepted, StepRefused, StepResult } from "../step.js";
import { refuseTime } from "../step.js";
import { applyCrisisEvent } from "./apply-crisis-event.js";
import type { CrisisCommand, CrisisCommandOf } from "./command.js";
import { shapeProblem } from "./command-fast-check.js";
import type { CrisisState } from "./crisis-state.js";
import type { CrisisEffect, CrisisEvent } from "./event.js";
import { escalateOverdue } from "./lifecycle.js";
import { indexProtocol, type ProtocolIndex } from "./protocol-index.js";
import type { CrisisProtocol, ProtocolGuard } from "./protocol-schema.js";
import { type CrisisRefusal, refuse } from "./refusal.js";
import { invalidPayload, statementOf } from "./statement-step.js";

/** A crisis command that was accepted: the new state, the events to record and the effects to perform. */
export type TransitionAccepted = StepAccepted<CrisisState, CrisisEvent, CrisisEffect>;

/** A crisis command that was refused; nothing changed. */
export type TransitionRefused = StepRefused<CrisisRefusal>;

/** What `transition` returns: the step contract of both workflows. */
export type TransitionResult = StepResult<CrisisState, CrisisEvent, CrisisEffect, CrisisRefusal>;

function published(s: CrisisState, kind: "holding" | "statement"): boolean {
  for (const x of s.statements) if (x.kind === kind) return true;
  return false;
}

const guardHolds = (g: ProtocolGuard, s: CrisisState): boolean => {
  switch (g) {
    case "severity-set":
      return s.severity !== null;
    case "lead-assigned":
      return s.lead !== null;
    case "holding-statement-published":
      return published(s, "holding");
    case "statement-published":
      return published(s, "statement");
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
 * The pure transition of a crisis, with the step contract of both workflows: first escalates the deadlines
 * overdue at `now` (as `fireDeadlines` does), then checks the command against the protocol (known command,
 * allowed from this state, role, guards, reason, payload, message library, approvals) and returns the new
 * state, the events to record (the escalations, then the command's event; unsealed) and the effects to
 * perform, or a refusal. `now` must be whole epoch milliseconds, not earlier than the last event
 * (`invalid_time`, `clock_went_back`). No clock, no I/O: nothing outside the arguments is read or changed.
 *
 * For a protocol the type checker knows (`standardProtocol`, a `TypedProtocol`), the command is typed from
 * it: a typo in its `type`, `role`, `severity` or `messageId` does not compile.
 *
 * @example
 * ```ts
 * import { openCrisis, standardProtocol, transition } from "@normas/core/crisis";
 * const t0 = Date.UTC(2026, 4, 12, 9);
 * const { state } = openCrisis(standardProtocol, { crisisId: "c1", brand: "acme-es", actor: "ana", role: "community-manager" }, t0);
 * const r = transition(standardProtocol, state, { type: "raise-alert", actor: "ana", role: "community-manager", topics: ["retraso"] }, t0 + 60_000);
 * if (r.accepted) r.state.state; // "alert"
 * else r.refusal.message.es;
 * ```
 */
export function transition<P extends CrisisProtocol>(
  protocol: P,
  state: CrisisState,
  command: CrisisCommandOf<P>,
  now: EpochMs,
): TransitionResult {
  const type = typeof command?.type === "string" ? command.type : null;
  const time = refuseTime(now, state.updatedAt, { command: type, state: state.state });
  if (time !== undefined) return { accepted: false, refusal: time };
  // The runtime validates commands with `CrisisCommandSchema`; a direct caller may pass anything, so the
  // fields read below are checked for their type, and a wrong one is a refusal, never a crash.
  const problem = shapeProblem(command);
  if (problem !== undefined) {
    const issue = refusalIssue("invalid_type", problem === "(root)" ? [] : [problem], {
      en: `'${problem}' has the wrong type.`,
      es: `'${problem}' tiene un tipo incorrecto.`,
    });
    return {
      accepted: false,
      refusal: refuse("invalid_command", type, state.state, {}, issue.path, [issue]),
    };
  }
  const index = indexProtocol(protocol);
  if (!anyOverdue(state, now)) return decide(protocol, index, state, command as CrisisCommand, now);
  const fired = escalateOverdue(protocol, state, now);
  const r = decide(protocol, index, fired.state, command as CrisisCommand, now);
  if (!r.accepted) return r;
  return {
    accepted: true,
    state: r.state,
    events: [...fired.events, ...r.events],
    effects: [...fired.effects, ...r.effects],
  };
}

function decide(
  protocol: CrisisProtocol,
  index: ProtocolIndex,
  state: CrisisState,
  command: CrisisCommand,
  now: EpochMs,
): TransitionResult {
  const type = command.type;
  const byState = index.byCommand.get(type);
  if (byState === undefined) {
    const suggestion = didYouMean(type, index.byCommand.keys());
    return {
      accepted: false,
      refusal: refuse("unknown_command", type, state.state, suggestion === undefined ? {} : { suggestion }),
    };
  }
  const t = byState.get(state.state);
  if (t === undefined) return { accepted: false, refusal: refuse("not_allowed_in_state", type, state.state) };
  if (!t.roles.includes(command.role)) {
    return {
      accepted: false,
      refusal: refuse(
        "role_not_allowed",
        type,
        state.state,
        { role: command.role, allowed: t.roles.join(", ") },
        ["role"],
      ),
    };
  }
  for (const g of t.guards) {
    if (!guardHolds(g, state))
      return { accepted: false, refusal: refuse("guard_failed", type, state.state, { guard: g }) };
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
        if (command.severity === undefined || !index.approvals.has(command.severity)) {
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
        if (command.messageId === undefined || !index.messages.has(command.messageId)) {
          return invalidPayload(type, state.state, "messageId");
        }
        data.messageId = command.messageId;
        break;
      case "holding-statement":
      case "statement": {
        const r = statementOf(index, state, command, a === "statement" ? "statement" : "holding");
        if (!r.ok) return r;
        data.messageId = r.messageId;
        data.lang = r.lang;
        data.text = r.text;
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
      const roles = sev !== null ? (index.approvals.get(sev) ?? []) : [];
      if (roles.length > 0) effects.push({ kind: "notify", roles: [...roles] });
    } else effects.push({ kind: e.kind });
  }

  const met: string[] = [];
  for (const p of state.pending) {
    if (index.deadlineById.get(p.state)?.get(p.deadline)?.metBy.has(type)) met.push(p.key);
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
  return { accepted: true, state: applyCrisisEvent(protocol, state, event), events: [event], effects };
}

function anyOverdue(state: CrisisState, now: EpochMs): boolean {
  const pending = state.pending;
  for (let i = 0; i < pending.length; i++)
    if ((pending[i] as CrisisState["pending"][number]).dueAt <= now) return true;
  return false;
}
