import * as z from "zod";
import { InputError } from "../../model/errors.js";
import { toIssues } from "../../model/validate.js";
import { EpochMsSchema } from "../clock.js";
import { CRISIS_GENESIS_HASH } from "../hash.js";
import { type LocalizedText, LocalizedTextSchema } from "../localized-text.js";
import { applyCrisisEvent } from "./apply-crisis-event.js";
import { sealCrisisEvents, type VerifyResult, verifyCrisisLog } from "./chain.js";
import { CrisisCommandSchema } from "./command.js";
import type { CrisisState, PendingDeadline } from "./crisis-state.js";
import type { CrisisEffect, CrisisEvent, SealedCrisisEvent } from "./event.js";
import { escalateOverdue, openCrisis } from "./lifecycle.js";
import { indexProtocol } from "./protocol-index.js";
import type { CrisisProtocol } from "./protocol-schema.js";
import type { CrisisRefusal } from "./refusal.js";
import { transition } from "./transition.js";

/** A scripted crisis: who opens it, then commands at given minutes after the start. */
export const DrillScriptSchema = z
  .strictObject({
    /** Script id. */
    id: z.string().min(1).max(64),
    /** Title. */
    title: LocalizedTextSchema,
    /** Crisis id used in the drill. */
    crisisId: z.string().min(1).max(200),
    /** Brand id. */
    brand: z.string().min(1).max(64),
    /** Start time of the drill, whole epoch milliseconds (minute 0). */
    start: EpochMsSchema,
    /** Who opens the crisis record at minute 0. */
    open: z.strictObject({
      actor: z.string().min(1).max(200),
      role: z.string().min(1).max(64),
      reason: z.string().min(1).max(2000).optional(),
      topics: z.array(z.string().min(1).max(200)).max(50).optional(),
    }),
    /** Commands, in time order. */
    steps: z.array(
      z.strictObject({
        /** Minutes after the start. */
        minute: z.number().min(0),
        /** The command. */
        command: CrisisCommandSchema,
        /** What the step shows. */
        note: LocalizedTextSchema.optional(),
      }),
    ),
    /** Minutes after the start when the drill ends (deadlines due until then are fired). */
    endMinute: z.number().min(0),
  })
  .superRefine((s, ctx) => {
    let last = 0;
    s.steps.forEach((step, i) => {
      if (step.minute < last)
        ctx.addIssue({
          code: "custom",
          path: ["steps", i, "minute"],
          message: "Steps must be in time order.",
          params: { code: "out_of_order", es: "Los pasos deben ir en orden de tiempo." },
        });
      last = step.minute;
    });
    if (s.endMinute < last)
      ctx.addIssue({
        code: "custom",
        path: ["endMinute"],
        message: "The drill must end after its last step.",
        params: { code: "out_of_order", es: "El simulacro debe terminar después del último paso." },
      });
  });

/** A drill script as written. */
export type DrillScript = z.input<typeof DrillScriptSchema>;

/** A deadline in a drill timeline. */
export interface DrillDeadline {
  /** ProtocolDeadline key (unique in the crisis). */
  readonly key: string;
  /** State that declared it. */
  readonly state: string;
  /** ProtocolDeadline id. */
  readonly deadline: string;
  /** Its name. */
  readonly name: LocalizedText;
  /** Minute (since the drill start) it is due. */
  readonly dueMinute: number;
}

/** One line of a drill timeline. */
export interface DrillEntry {
  /** Minutes since the drill start. */
  readonly minute: number;
  /** Epoch ms. */
  readonly at: number;
  /** `opened`, `command` (accepted), `refusal`, or `escalation` (a deadline passed unmet). */
  readonly kind: "opened" | "command" | "refusal" | "escalation";
  /** State before. */
  readonly from: string;
  /** State after. */
  readonly state: string;
  /** Command given (`escalate` for escalations). */
  readonly command: string;
  /** Who. */
  readonly actor: string;
  /** In which role. */
  readonly role: string;
  /** The step's note. */
  readonly note?: LocalizedText;
  /** Why it was refused. */
  readonly refusal?: CrisisRefusal;
  /** Effects to perform. */
  readonly effects: readonly CrisisEffect[];
  /** Deadlines met, started, cancelled by leaving the state, or escalated by this entry. */
  readonly deadlines: {
    readonly met: readonly DrillDeadline[];
    readonly started: readonly DrillDeadline[];
    readonly cancelled: readonly DrillDeadline[];
    readonly escalated: readonly DrillDeadline[];
  };
}

/** The outcome of a drill: the timeline, the final state, the sealed log and its verification. */
export interface DrillReport {
  /** Script id. */
  readonly id: string;
  /** Script title. */
  readonly title: LocalizedText;
  /** Timeline, in time order. */
  readonly entries: readonly DrillEntry[];
  /** State at the end. */
  readonly final: CrisisState;
  /** The hash-chained log the drill produced. */
  readonly events: readonly SealedCrisisEvent[];
  /** `verifyCrisisLog(events)`. */
  readonly verify: VerifyResult;
  /** Counts. */
  readonly summary: {
    readonly accepted: number;
    readonly refused: number;
    readonly deadlinesMet: number;
    readonly deadlinesEscalated: number;
    readonly deadlinesCancelled: number;
  };
}

const MINUTE = 60_000;

/**
 * Runs a drill script against a protocol with a scripted clock and returns the timeline as data (the
 * CLI and examples only print it). Before each step the clock jumps through every deadline due by then,
 * escalating each at its due minute. Pure and synchronous.
 *
 * @throws `InputError` when the script does not validate.
 * @example
 * ```ts
 * import { runDrill, standardProtocol } from "@normas/core/crisis";
 * import { airlineDataLeakDrill } from "@normas/core/samples";
 * const report = runDrill(standardProtocol, airlineDataLeakDrill);
 * for (const e of report.entries) console.log(e.minute, e.kind, e.state, e.refusal?.message.es ?? "");
 * ```
 */
export function runDrill(protocol: CrisisProtocol, script: DrillScript): DrillReport {
  const parsed = DrillScriptSchema.safeParse(script);
  if (!parsed.success) throw new InputError(toIssues(parsed.error, "en", script), "Invalid drill script");
  const s = parsed.data;
  const index = indexProtocol(protocol);
  const minuteOf = (at: number) => (at - s.start) / MINUTE;
  const describe = (p: PendingDeadline): DrillDeadline => ({
    key: p.key,
    state: p.state,
    deadline: p.deadline,
    name: index.deadline(p.state, p.deadline)?.deadline.name ?? { en: p.deadline, es: p.deadline },
    dueMinute: minuteOf(p.dueAt),
  });
  const entries: DrillEntry[] = [];
  const log: CrisisEvent[] = [];
  const counts = { accepted: 0, refused: 0, deadlinesMet: 0, deadlinesEscalated: 0, deadlinesCancelled: 0 };

  const record = (before: CrisisState, after: CrisisState, e: CrisisEvent, note?: LocalizedText) => {
    log.push(e);
    const keep = new Set(after.pending.map((p) => p.key));
    const had = new Set(before.pending.map((p) => p.key));
    const met = before.pending.filter((p) => e.met.includes(p.key));
    const escalated = before.pending.filter((p) => p.key === e.data.deadline);
    const gone = new Set([...met, ...escalated].map((p) => p.key));
    const cancelled = before.pending.filter((p) => !keep.has(p.key) && !gone.has(p.key));
    counts.deadlinesMet += met.length;
    counts.deadlinesEscalated += escalated.length;
    counts.deadlinesCancelled += cancelled.length;
    entries.push({
      minute: minuteOf(e.at),
      at: e.at,
      kind: e.kind,
      from: e.from,
      state: e.to,
      command: e.command,
      actor: e.actor,
      role: e.role,
      ...(note !== undefined ? { note } : {}),
      effects: e.effects,
      deadlines: {
        met: met.map(describe),
        started: after.pending.filter((p) => !had.has(p.key)).map(describe),
        cancelled: cancelled.map(describe),
        escalated: escalated.map(describe),
      },
    });
  };

  const opened = openCrisis(protocol, { crisisId: s.crisisId, brand: s.brand, ...s.open }, s.start);
  let state = opened.state;
  record({ ...state, pending: [] }, state, opened.event);

  const advance = (until: number) => {
    for (;;) {
      const next = state.pending.reduce<number | undefined>(
        (m, p) => (m === undefined || p.dueAt < m ? p.dueAt : m),
        undefined,
      );
      if (next === undefined || next > until) return;
      for (const e of escalateOverdue(protocol, state, next).events) {
        const after = applyCrisisEvent(protocol, state, e);
        record(state, after, e);
        state = after;
      }
    }
  };

  for (const step of s.steps) {
    // The one clock type: whole epoch milliseconds (a step at minute 0.7 is 42,000 ms after the start).
    const now = s.start + Math.round(step.minute * MINUTE);
    advance(now);
    const r = transition(protocol, state, step.command, now);
    if (r.accepted) {
      counts.accepted++;
      r.events.forEach((e, i) => {
        const after = applyCrisisEvent(protocol, state, e);
        record(state, after, e, i === r.events.length - 1 ? step.note : undefined);
        state = after;
      });
    } else {
      counts.refused++;
      entries.push({
        minute: step.minute,
        at: now,
        kind: "refusal",
        from: state.state,
        state: state.state,
        command: step.command.type,
        actor: step.command.actor,
        role: step.command.role,
        ...(step.note !== undefined ? { note: step.note } : {}),
        refusal: r.refusal,
        effects: [],
        deadlines: { met: [], started: [], cancelled: [], escalated: [] },
      });
    }
  }
  advance(s.start + Math.round(s.endMinute * MINUTE));
  const events = sealCrisisEvents(log, CRISIS_GENESIS_HASH);
  return {
    id: s.id,
    title: s.title,
    entries,
    final: state,
    events,
    verify: verifyCrisisLog(events),
    summary: counts,
  };
}
