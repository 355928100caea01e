import * as z from "zod";
import { InputError } from "../../model/errors.js";
import { toIssues } from "../../model/validate.js";
import { type EpochMs, EpochMsSchema, isEpochMs } from "../clock.js";
import type { StepResult } from "../step.js";
import { refuseTime } from "../step.js";
import { applyCrisisEvent, initialState } from "./apply-crisis-event.js";
import type { CrisisState } from "./crisis-state.js";
import type { CrisisEffect, CrisisEvent } from "./event.js";
import { indexProtocol } from "./protocol-index.js";
import type { CrisisProtocol } from "./protocol-schema.js";
import type { CrisisRefusal } from "./refusal.js";

/** Who opens a crisis record, for which brand (validated by `openCrisis` and `Crisis.open`). */
export const OpenCrisisOptionsSchema = z.strictObject({
  /** The crisis id (ids are passed in, never generated here). */
  crisisId: z.string().min(1).max(200),
  /** The brand it concerns. */
  brand: z.string().min(1).max(64),
  /** Who opens it. */
  actor: z.string().min(1).max(200),
  /** In which role. */
  role: z.string().min(1).max(64),
  /** Why. */
  reason: z.string().min(1).max(2000).optional(),
  /** Topic keywords known from the start. */
  topics: z.array(z.string().min(1).max(200)).max(50).optional(),
});

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

const LIMITS: Readonly<Record<string, number>> = {
  crisisId: 200,
  brand: 64,
  actor: 200,
  role: 64,
  reason: 2000,
};
const okText = (v: unknown, max: number) => typeof v === "string" && v.length >= 1 && v.length <= max;

// A structural check that accepts only openings the schema accepts (saves a zod parse on the usual one).
function isPlainOpening(o: unknown): o is z.output<typeof OpenCrisisOptionsSchema> {
  if (typeof o !== "object" || o === null || Object.getPrototypeOf(o) !== Object.prototype) return false;
  const r = o as Record<string, unknown>;
  for (const key in r) {
    const v = r[key];
    if (key === "topics") {
      if (v === undefined) continue;
      if (!Array.isArray(v) || v.length > 50) return false;
      for (const t of v) if (!okText(t, 200)) return false;
    } else if (key === "reason") {
      if (v !== undefined && !okText(v, 2000)) return false;
    } else {
      const max = Object.hasOwn(LIMITS, key) ? LIMITS[key] : undefined;
      if (max === undefined || !okText(v, max)) return false;
    }
  }
  return okText(r.crisisId, 200) && okText(r.brand, 64) && okText(r.actor, 200) && okText(r.role, 64);
}

/** The validated opening, or an `InputError` listing every problem (`now` included, under the path `now`). */
function readOpening(options: OpenCrisisOptions, now: EpochMs): z.output<typeof OpenCrisisOptionsSchema> {
  if (isEpochMs(now) && isPlainOpening(options)) return options;
  const parsed = OpenCrisisOptionsSchema.safeParse(options);
  const time = EpochMsSchema.safeParse(now);
  if (parsed.success && time.success) return parsed.data;
  const issues = [
    ...(parsed.success ? [] : toIssues(parsed.error, "en", options)),
    ...(time.success
      ? []
      : toIssues(time.error, "en", now).map((i) => ({ ...i, path: ["now", ...i.path], pathText: "now" }))),
  ];
  throw new InputError(issues, "Invalid crisis opening");
}

/**
 * Opens a crisis record in the protocol's initial state. Pure: returns the state and the `opened` event
 * (seq 1) to record.
 *
 * @throws `InputError` when an id is empty or too long, or `now` is not whole epoch milliseconds.
 * @example
 * ```ts
 * import { openCrisis, standardProtocol } from "@normas/core/crisis";
 * const { state, event } = openCrisis(standardProtocol, { crisisId: "c1", brand: "acme-es", actor: "ana", role: "community-manager" }, Date.UTC(2026, 0, 1));
 * ```
 */
export function openCrisis(
  protocol: CrisisProtocol,
  options: OpenCrisisOptions,
  now: EpochMs,
): { readonly state: CrisisState; readonly event: CrisisEvent } {
  const o = readOpening(options, now);
  const event: CrisisEvent = {
    crisisId: o.crisisId,
    seq: 1,
    kind: "opened",
    command: "open",
    transition: undefined,
    at: now,
    actor: o.actor,
    role: o.role,
    reason: o.reason,
    from: "",
    to: protocol.initial,
    data: {
      brand: o.brand,
      protocolId: protocol.id,
      ...(o.topics !== undefined ? { topics: [...o.topics] } : {}),
    },
    met: [],
    effects: [],
    idempotencyKey: undefined,
    prevHash: undefined,
    hash: undefined,
  };
  return { state: initialState(protocol, event), event };
}

const NO_EVENTS: readonly CrisisEvent[] = Object.freeze([]);
const NO_EFFECTS: readonly CrisisEffect[] = Object.freeze([]);

/** What escalating overdue deadlines gave. @internal */
export interface Escalated {
  readonly state: CrisisState;
  readonly events: readonly CrisisEvent[];
  readonly effects: readonly CrisisEffect[];
}

/**
 * Escalates every deadline due at or before `now`, once, without checking `now` (the callers did).
 * @internal
 */
export function escalateOverdue(protocol: CrisisProtocol, state: CrisisState, now: EpochMs): Escalated {
  const pending = state.pending;
  let anyDue = false;
  for (let i = 0; i < pending.length; i++)
    if ((pending[i] as CrisisState["pending"][number]).dueAt <= now) anyDue = true;
  if (!anyDue) return { state, events: NO_EVENTS, effects: NO_EFFECTS };
  const index = indexProtocol(protocol);
  const events: CrisisEvent[] = [];
  const effects: CrisisEffect[] = [];
  let s = state;
  for (let guard = 0; guard < 10_000; guard++) {
    let due: CrisisState["pending"][number] | undefined;
    for (const p of s.pending) if (p.dueAt <= now && (due === undefined || p.dueAt < due.dueAt)) due = p;
    if (due === undefined) break;
    const esc = index.deadline(due.state, due.deadline)?.deadline.escalation;
    const fx: CrisisEffect[] = esc !== undefined ? [{ kind: "notify", roles: [...esc.notify] }] : [];
    const event: CrisisEvent = {
      crisisId: s.crisisId,
      seq: s.version + 1,
      kind: "escalation",
      command: "escalate",
      transition: undefined,
      at: now,
      actor: "system",
      role: "system",
      reason: `deadline ${due.state}.${due.deadline} overdue`,
      from: s.state,
      to: esc?.to ?? s.state,
      data: { deadline: due.key, dueAt: due.dueAt },
      met: [],
      effects: fx,
      idempotencyKey: undefined,
      prevHash: undefined,
      hash: undefined,
    };
    s = applyCrisisEvent(protocol, s, event);
    events.push(event);
    for (const f of fx) effects.push(f);
  }
  return { state: s, events, effects };
}

/**
 * Escalates every deadline due at or before `now`, once: the escalation event removes the deadline from
 * the running ones, so firing again (or after a restart, from the replayed log) does nothing. Pure, with
 * the step contract: accepted with the escalation events (none when nothing was due) and their effects, or
 * refused with `invalid_time` or `clock_went_back`. An escalation that moves the crisis to another state
 * starts that state's deadlines at `now`. `transition` calls it before every command.
 *
 * @example
 * ```ts
 * import { fireDeadlines } from "@normas/core/crisis";
 * const r = fireDeadlines(standardProtocol, state, Date.now());
 * if (r.accepted) for (const e of r.events) console.log(e.data.deadline);
 * ```
 */
export function fireDeadlines(
  protocol: CrisisProtocol,
  state: CrisisState,
  now: EpochMs,
): StepResult<CrisisState, CrisisEvent, CrisisEffect, CrisisRefusal> {
  const time = refuseTime(now, state.updatedAt, { command: "tick", state: state.state });
  if (time !== undefined) return { accepted: false, refusal: time };
  const r = escalateOverdue(protocol, state, now);
  return { accepted: true, state: r.state, events: r.events, effects: r.effects };
}

/**
 * Rebuilds a crisis state from its events (oldest first), from scratch or from a snapshot state.
 * The result equals the live state the runtime computed. Does not verify the hash chain (see
 * `verifyCrisisLog`); returns undefined when the events do not start with `opened` (and no state is given).
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
