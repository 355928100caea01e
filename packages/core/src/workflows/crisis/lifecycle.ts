import { applyCrisisEvent, initialState } from "./apply-crisis-event.js";
import type { CrisisState } from "./crisis-state.js";
import type { CrisisEffect, CrisisEvent } from "./event.js";
import type { CrisisProtocol } from "./protocol-schema.js";

/** Who opens a crisis record, for which brand. */
export interface OpenCrisisOptions {
  /** The crisis id (ids are passed in, never generated here). */
  readonly crisisId: string;
  /** The brand it concerns. */
  readonly brand: string;
  /** Who opens it. */
  readonly actor: string;
  /** In which role. */
  readonly role: string;
  /** Why. */
  readonly reason?: string | undefined;
  /** Topic keywords known from the start. */
  readonly topics?: readonly string[] | undefined;
}

/**
 * Opens a crisis record in the protocol's initial state. Pure: returns the state and the `opened`
 * event (seq 1) to record.
 *
 * @example
 * ```ts
 * const { state, event } = openCrisis(standardProtocol, { crisisId: "c1", brand: "acme-es", actor: "ana", role: "community-manager" }, Date.UTC(2026, 0, 1));
 * ```
 */
export function openCrisis(
  protocol: CrisisProtocol,
  options: OpenCrisisOptions,
  now: number,
): { readonly state: CrisisState; readonly event: CrisisEvent } {
  const event: CrisisEvent = {
    crisisId: options.crisisId,
    seq: 1,
    kind: "opened",
    command: "open",
    at: now,
    actor: options.actor,
    role: options.role,
    ...(options.reason !== undefined ? { reason: options.reason } : {}),
    from: "",
    to: protocol.initial,
    data: {
      brand: options.brand,
      protocolId: protocol.id,
      ...(options.topics !== undefined ? { topics: [...options.topics] } : {}),
    },
    met: [],
    effects: [],
  };
  return { state: initialState(protocol, event), event };
}

const NO_EVENTS: readonly CrisisEvent[] = Object.freeze([]);
const NO_EFFECTS: readonly CrisisEffect[] = Object.freeze([]);

/** What `fireDeadlines` returns: the state after every overdue deadline escalated, and those events. */
export interface FiredDeadlines {
  /** The state after the escalations. */
  readonly state: CrisisState;
  /** One `escalation` event per overdue deadline, in due order. */
  readonly events: readonly CrisisEvent[];
  /** Effects to perform (notifications of the escalations). */
  readonly effects: readonly CrisisEffect[];
}

/**
 * Escalates every deadline due at or before `now`, once: the escalation event removes the deadline
 * from the running ones, so firing again (or after a restart, from the replayed log) does nothing.
 * Pure. An escalation that moves the crisis to another state starts that state's deadlines at `now`.
 */
export function fireDeadlines(protocol: CrisisProtocol, state: CrisisState, now: number): FiredDeadlines {
  const first = state.pending[0];
  if (first === undefined || !state.pending.some((p) => p.dueAt <= now))
    return { state, events: NO_EVENTS, effects: NO_EFFECTS };
  const events: CrisisEvent[] = [];
  const effects: CrisisEffect[] = [];
  let s = state;
  for (let guard = 0; guard < 10_000; guard++) {
    let due: CrisisState["pending"][number] | undefined;
    for (const p of s.pending) if (p.dueAt <= now && (due === undefined || p.dueAt < due.dueAt)) due = p;
    if (due === undefined) break;
    const esc = protocol.states[due.state]?.deadlines[due.deadline]?.escalation;
    const fx: CrisisEffect[] = esc !== undefined ? [{ kind: "notify", roles: [...esc.notify] }] : [];
    const event: CrisisEvent = {
      crisisId: s.crisisId,
      seq: s.version + 1,
      kind: "escalation",
      command: "escalate",
      at: now,
      actor: "system",
      role: "system",
      reason: `deadline ${due.state}.${due.deadline} overdue`,
      from: s.state,
      to: esc?.to ?? s.state,
      data: { deadline: due.key, dueAt: due.dueAt },
      met: [],
      effects: fx,
    };
    s = applyCrisisEvent(protocol, s, event);
    events.push(event);
    effects.push(...fx);
  }
  return { state: s, events, effects };
}

/**
 * Rebuilds a crisis state from its events (oldest first), from scratch or from a snapshot state.
 * The result equals the live state the runtime computed.
 */
export function replayCrisis(
  protocol: CrisisProtocol,
  events: readonly CrisisEvent[],
  from?: CrisisState,
): CrisisState | undefined {
  let s = from;
  for (const e of events) {
    if (s === undefined) {
      if (e.kind !== "opened") return undefined;
      s = initialState(protocol, e);
    } else s = applyCrisisEvent(protocol, s, e);
  }
  return s;
}
