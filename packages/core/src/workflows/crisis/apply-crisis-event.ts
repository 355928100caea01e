import type { CrisisState, PendingDeadline } from "./crisis-state.js";
import type { CrisisEvent } from "./event.js";
import { indexProtocol } from "./protocol-index.js";
import type { CrisisProtocol } from "./protocol-schema.js";

const MINUTE = 60_000;

/** The deadlines a state starts when entered at `at` with `severity`. */
export function startDeadlines(
  protocol: CrisisProtocol,
  stateId: string,
  severity: string | null,
  at: number,
  seq: number,
): PendingDeadline[] {
  const defs = indexProtocol(protocol).deadlines.get(stateId);
  if (defs === undefined) return [];
  const out: PendingDeadline[] = [];
  for (const d of defs) {
    const minutes = (severity !== null ? d.bySeverity.get(severity) : undefined) ?? d.deadline.minutes;
    // Whole milliseconds, like every time of the workflow (a deadline of 0.7 minutes is 42,000 ms).
    const dueAt = at + Math.round(minutes * MINUTE);
    out.push({ key: `${stateId}.${d.id}#${seq}`, state: stateId, deadline: d.id, dueAt });
  }
  if (out.length > 1) out.sort(byDue);
  return out;
}

function byDue(a: PendingDeadline, b: PendingDeadline): number {
  return a.dueAt - b.dueAt || (a.key < b.key ? -1 : 1);
}

function withoutKeys(pending: readonly PendingDeadline[], keys: readonly string[]): PendingDeadline[] {
  const out: PendingDeadline[] = [];
  for (const p of pending) if (!keys.includes(p.key)) out.push(p);
  return out;
}

/** The roles that approved message `id` (an own member only: a message id may be `constructor`). */
export function approvalsOf(approvals: CrisisState["approvals"], id: string): readonly string[] {
  return Object.hasOwn(approvals, id) ? (approvals[id] as string[]) : [];
}

// A copy with one member set (`__proto__` through defineProperty, so that it stays an ordinary member).
function withApproval(
  approvals: CrisisState["approvals"],
  id: string,
  roles: string[],
): CrisisState["approvals"] {
  const out = { ...approvals };
  if (id === "__proto__")
    Object.defineProperty(out, id, { value: roles, enumerable: true, writable: true, configurable: true });
  else out[id] = roles;
  return out;
}

/** The state of a new crisis record, from its `opened` event. */
export function initialState(protocol: CrisisProtocol, event: CrisisEvent): CrisisState {
  return {
    crisisId: event.crisisId,
    brand: event.data.brand ?? "",
    protocolId: event.data.protocolId ?? protocol.id,
    version: event.seq,
    state: event.to,
    enteredAt: event.at,
    openedAt: event.at,
    updatedAt: event.at,
    severity: null,
    lead: null,
    topics: event.data.topics ?? [],
    publishingPaused: false,
    publishingResumed: false,
    postMortemOpen: false,
    approvals: {},
    statements: [],
    lessons: [],
    pending: startDeadlines(protocol, event.to, null, event.at, event.seq),
  };
}

// An explicit literal: much faster than `{ ...state, version, updatedAt }` in V8, and still checked
// field by field against `CrisisState` by the compiler.
function copyState(s: CrisisState, version: number, updatedAt: number): CrisisState {
  return {
    crisisId: s.crisisId,
    brand: s.brand,
    protocolId: s.protocolId,
    version,
    state: s.state,
    enteredAt: s.enteredAt,
    openedAt: s.openedAt,
    updatedAt,
    severity: s.severity,
    lead: s.lead,
    topics: s.topics,
    publishingPaused: s.publishingPaused,
    publishingResumed: s.publishingResumed,
    postMortemOpen: s.postMortemOpen,
    approvals: s.approvals,
    statements: s.statements,
    lessons: s.lessons,
    pending: s.pending,
  };
}

/**
 * Applies one event to a state. Deterministic: the same protocol, state and event give the same
 * result, which is what makes `replayCrisis` rebuild the live state exactly. Does not check anything: the
 * event was decided by `transition` or `fireDeadlines`.
 */
export function applyCrisisEvent(
  protocol: CrisisProtocol,
  state: CrisisState,
  event: CrisisEvent,
): CrisisState {
  if (event.kind === "opened") return initialState(protocol, event);
  const next = copyState(state, event.seq, event.at);
  const d = event.data;
  let pending = state.pending;
  if (event.kind === "escalation") {
    if (d.deadline !== undefined) pending = withoutKeys(pending, [d.deadline]);
  } else {
    if (event.met.length > 0) pending = withoutKeys(pending, event.met);
    const t = event.transition !== undefined ? indexProtocol(protocol).byId.get(event.transition) : undefined;
    for (const a of t?.assign ?? []) {
      switch (a) {
        case "topics":
          if (d.topics !== undefined) next.topics = d.topics;
          break;
        case "severity":
          next.severity = d.severity ?? next.severity;
          break;
        case "lead":
          next.lead = d.lead ?? next.lead;
          break;
        case "approval": {
          const id = d.messageId as string;
          const had = approvalsOf(next.approvals, id);
          if (!had.includes(event.role))
            next.approvals = withApproval(next.approvals, id, [...had, event.role]);
          break;
        }
        case "holding-statement":
        case "statement":
          next.statements = [
            ...next.statements,
            {
              messageId: d.messageId as string,
              kind: a === "statement" ? "statement" : "holding",
              lang: d.lang ?? "en",
              text: d.text ?? "",
              at: event.at,
            },
          ];
          break;
        case "lessons":
          next.lessons = [...next.lessons, ...(d.lessons ?? [])];
          break;
        case "clear":
          next.severity = null;
          next.lead = null;
          next.topics = [];
          next.approvals = {};
          next.statements = [];
          next.lessons = [];
          next.publishingPaused = false;
          next.publishingResumed = false;
          break;
        default: {
          const forgotten: never = a;
          throw new Error(`unhandled assignment ${String(forgotten)}`);
        }
      }
    }
  }
  for (const e of event.effects) {
    if (e.kind === "pause-publishing") {
      next.publishingPaused = true;
      next.publishingResumed = false;
    } else if (e.kind === "resume-publishing") {
      next.publishingResumed = next.publishingPaused || next.publishingResumed;
      next.publishingPaused = false;
    } else if (e.kind === "open-post-mortem") next.postMortemOpen = true;
  }
  if (event.to !== state.state) {
    next.state = event.to;
    next.enteredAt = event.at;
    // Leaving a state cancels its running deadlines; the new state starts its own.
    pending = startDeadlines(protocol, event.to, next.severity, event.at, event.seq);
  }
  next.pending = pending;
  return next;
}
