// Crisis protocol benchmark (norm 5): transitions per second of the pure `transition` and of the `Crisis`
// runtime over the in-memory store (role checks, guards, slot filling, approvals, hash chaining and append
// included), and replay of a 10,000-event log; compared in the same process with xstate v5 running an
// equivalent machine built from the same protocol data (same guards, same assignments, same slot filling):
// its pure `transition(machine, snapshot, event)` and an actor's `send`. Figures are printed, never asserted.
// Also the heap held per live crisis (runtime and state, and the log the memory store keeps) against an xstate
// actor. Run: `pnpm bench crisis` (or `npx tsx packages/core/bench/crisis.bench.ts`).
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import {
  type AnyEventObject,
  assign,
  createActor,
  createMachine,
  initialTransition,
  transition as xTransition,
} from "xstate";
import { fillStatement } from "../src/text/statement-template.js";
import { verifyCrisisLog } from "../src/workflows/crisis/chain.js";
import type { CrisisCommand } from "../src/workflows/crisis/command.js";
import { MemoryCrisisEventStore } from "../src/workflows/crisis/crisis-event-store.js";
import { Crisis } from "../src/workflows/crisis/crisis-runtime.js";
import type { SealedCrisisEvent } from "../src/workflows/crisis/event.js";
import { openCrisis, replayCrisis } from "../src/workflows/crisis/lifecycle.js";
import type { CrisisProtocol, ProtocolTransition } from "../src/workflows/crisis/protocol-schema.js";
import { standardProtocol } from "../src/workflows/crisis/standard-protocol.js";
import { comms, lead, legal, pathTo } from "../src/workflows/crisis/testing.js";
import { transition } from "../src/workflows/crisis/transition.js";

const P: CrisisProtocol = standardProtocol;
const MINUTE = 60_000;
const T0 = Date.UTC(2026, 4, 12, 9, 0);
/** The full path monitoring → closed at sev1: 15 commands, every kind of guard, an approval chain, two statements. */
const PATH: readonly CrisisCommand[] = pathTo("*", "sev1");

let sink = 0;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

function time(runs: number, body: () => void): number {
  const ms: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    body();
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

async function timeAsync(runs: number, body: () => Promise<void>): Promise<number> {
  const ms: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    await body();
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

// --- the equivalent xstate machine, generated from the same protocol data --------------------------------
interface Ctx {
  severity: string | null;
  lead: string | null;
  topics: string[];
  approvals: Record<string, string[]>;
  statements: { messageId: string; kind: string; text: string }[];
  lessons: { lesson: string; owner: string }[];
  paused: boolean;
}
type Ev = CrisisCommand & AnyEventObject;

function guardOk(p: CrisisProtocol, t: ProtocolTransition, c: Ctx, e: Ev): boolean {
  if (!t.roles.includes(e.role)) return false;
  for (const g of t.guards) {
    if (g === "severity-set" && c.severity === null) return false;
    if (g === "lead-assigned" && c.lead === null) return false;
    if (g === "holding-statement-published" && !c.statements.some((s) => s.kind === "holding")) return false;
    if (g === "statement-published" && !c.statements.some((s) => s.kind === "statement")) return false;
    if (g === "publishing-resumed" && c.paused) return false;
    if (g === "lessons-recorded" && c.lessons.length === 0) return false;
  }
  if (t.reasonRequired && !e.reason) return false;
  for (const a of t.assign) {
    if (a === "severity" && (e.severity === undefined || !Object.hasOwn(p.severities, e.severity)))
      return false;
    if (a === "lead" && !e.lead) return false;
    if (a === "approval" && (e.messageId === undefined || !Object.hasOwn(p.messages, e.messageId)))
      return false;
    if (a === "lessons" && !e.lessons?.length) return false;
    if (a === "holding-statement" || a === "statement") {
      const m = e.messageId !== undefined ? p.messages[e.messageId] : undefined;
      const template = m?.text[e.lang ?? "en"];
      if (m === undefined || template === undefined || !m.states.includes(String(e.state))) return false;
      if (!fillStatement(template, e.slots ?? {}).ok) return false;
      if (a === "statement") {
        const need = c.severity !== null ? (p.severities[c.severity]?.approvals ?? []) : [];
        if (need.some((r) => !(c.approvals[e.messageId as string] ?? []).includes(r))) return false;
      }
    }
  }
  return true;
}

function applyAssign(p: CrisisProtocol, t: ProtocolTransition, c: Ctx, e: Ev): Ctx {
  const n: Ctx = { ...c };
  for (const a of t.assign) {
    if (a === "topics" && e.topics) n.topics = [...e.topics];
    else if (a === "severity") n.severity = e.severity ?? null;
    else if (a === "lead") n.lead = e.lead ?? null;
    else if (a === "approval") {
      const id = e.messageId as string;
      const had = n.approvals[id] ?? [];
      if (!had.includes(e.role)) n.approvals = { ...n.approvals, [id]: [...had, e.role] };
    } else if (a === "holding-statement" || a === "statement") {
      const m = p.messages[e.messageId as string];
      const filled = fillStatement(m?.text[e.lang ?? "en"] ?? "", e.slots ?? {});
      n.statements = [
        ...n.statements,
        {
          messageId: e.messageId as string,
          kind: a === "statement" ? "statement" : "holding",
          text: filled.ok ? filled.text : "",
        },
      ];
    } else if (a === "lessons") n.lessons = [...n.lessons, ...(e.lessons ?? [])];
  }
  for (const f of t.effects) {
    if (f.kind === "pause-publishing") n.paused = true;
    if (f.kind === "resume-publishing") n.paused = false;
  }
  return n;
}

function xstateMachine(p: CrisisProtocol) {
  const states: Record<string, { type?: "final"; on?: Record<string, unknown> }> = {};
  for (const [id, s] of Object.entries(p.states)) states[id] = s.terminal ? { type: "final" } : { on: {} };
  for (const t of Object.values(p.transitions)) {
    for (const from of t.from) {
      const on = states[from]?.on as Record<string, unknown>;
      on[t.command] = {
        ...(t.to !== undefined ? { target: t.to } : {}),
        guard: ({ context, event }: { context: Ctx; event: Ev }) =>
          guardOk(p, t, context, { ...event, state: from }),
        actions: assign(({ context, event }: { context: Ctx; event: Ev }) =>
          applyAssign(p, t, context, event),
        ),
      };
    }
  }
  const context: Ctx = {
    severity: null,
    lead: null,
    topics: [],
    approvals: {},
    statements: [],
    lessons: [],
    paused: false,
  };
  return createMachine({ id: "crisis", initial: p.initial, context, states } as never);
}

const CYCLE_SLOTS = { what: "x", measures: "y", link: "z" };
/** Eight commands that leave a recovering crisis in recovery again (containment → response → recovery). */
const CYCLE: readonly CrisisCommand[] = [
  { type: "reopen", ...lead, reason: "again" },
  { type: "publish-holding-statement", ...comms, messageId: "holding-contact", lang: "es" },
  { type: "respond", ...lead },
  { type: "set-severity", ...lead, severity: "sev1" },
  { type: "approve-statement", ...comms, messageId: "update-measures" },
  { type: "approve-statement", ...legal, messageId: "update-measures" },
  { type: "publish-statement", ...comms, messageId: "update-measures", lang: "en", slots: CYCLE_SLOTS },
  { type: "de-escalate", ...lead, reason: "calm" },
];

/** The 10,000-event log: the path to response, then cycles through containment, response and recovery. */
async function bigLog(): Promise<{
  events: readonly SealedCrisisEvent[];
  commands: CrisisCommand[];
  store: MemoryCrisisEventStore;
}> {
  const store = new MemoryCrisisEventStore();
  const crisis = await Crisis.open(store, P, { crisisId: "big", brand: "acme-air", ...lead }, T0);
  const commands: CrisisCommand[] = [...pathTo("recovery", "sev1")];
  while (commands.length < 9_999) commands.push(...CYCLE);
  commands.length = 9_999;
  let now = T0;
  for (const c of commands) {
    now += MINUTE;
    const r = await crisis.execute(c, { now });
    if (!r.accepted) throw new Error(`log build refused ${c.type}: ${r.refusal.message.en}`);
  }
  return { events: await crisis.events(), commands, store };
}

// A full garbage collection, for heap measurements (exposed at run time: no node flag needed).
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
const heap = (): number => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

/**
 * Heap per live crisis: `count` crises each taken to `response` (deadlines running), held at once. For normas,
 * the runtime objects with their state, and separately the log the memory store keeps (a database in production);
 * for xstate, started actors that were sent the same commands.
 */
async function memoryPerCrisis(machine: ReturnType<typeof xstateMachine>, count: number) {
  const path = pathTo("response", "sev1");
  const base = heap();
  const store = new MemoryCrisisEventStore();
  const live: Crisis[] = [];
  for (let k = 0; k < count; k++) {
    const crisis = await Crisis.open(store, P, { crisisId: `m${k}`, brand: "acme-air", ...lead }, T0);
    for (const [i, c] of path.entries()) await crisis.execute(c, { now: T0 + (i + 1) * MINUTE });
    if (crisis.state.state !== "response") throw new Error("memory run did not reach response");
    live.push(crisis);
  }
  const withStore = heap() - base;
  live.length = 0;
  const storeOnly = heap() - base;
  sink += (await store.head("m0"))?.version ?? 0;
  const xBase = heap();
  const actors = [];
  for (let k = 0; k < count; k++) {
    const actor = createActor(machine).start();
    for (const c of path) actor.send(c as Ev);
    actors.push(actor);
  }
  const xstate = heap() - xBase;
  sink += actors.length;
  actors.length = 0;
  return {
    runtime: (withStore - storeOnly) / count,
    log: storeOnly / count,
    xstate: xstate / count,
  };
}

const fmt = (n: number, d = 0) =>
  n.toLocaleString("en-US", { maximumFractionDigits: d, minimumFractionDigits: d });

/** Prints the crisis figures. */
export async function run(): Promise<void> {
  const machine = xstateMachine(P);
  const opened = openCrisis(P, { crisisId: "b", brand: "acme-air", ...lead }, T0);
  const xInitial = initialTransition(machine)[0];

  // Sanity: both engines take the whole path to `closed`.
  let s = opened.state;
  let xs = xInitial;
  PATH.forEach((c, i) => {
    const r = transition(P, s, c, T0 + (i + 1) * MINUTE);
    if (!r.accepted) throw new Error(`normas refused ${c.type}`);
    s = r.state;
    xs = xTransition(machine, xs, c as Ev)[0];
  });
  if (s.state !== "closed" || xs.value !== "closed")
    throw new Error(`path ends in ${s.state} / ${String(xs.value)}`);

  // Sanity: the runtime takes the whole path too (a refused command would measure the refusal path).
  {
    const crisis = await Crisis.open(
      new MemoryCrisisEventStore(),
      P,
      { crisisId: "s", brand: "b", ...lead },
      T0,
    );
    for (const [i, c] of PATH.entries()) {
      const r = await crisis.execute(c, { now: T0 + (i + 1) * MINUTE });
      if (!r.accepted) throw new Error(`runtime refused ${c.type}: ${r.refusal.message.en}`);
    }
  }

  // The four measures run interleaved, round after round, so that a load change on the machine hits them
  // alike; each figure is the median over rounds, and each ratio the median of the per-round ratios.
  const pureCycles = 4_000;
  const xPureCycles = 400;
  const rtCycles = 1_000;
  const actorCycles = 1_000;
  const pureOps = pureCycles * PATH.length;
  const xPureOps = xPureCycles * PATH.length;
  const rtOps = rtCycles * (PATH.length + 1);
  const actorOps = actorCycles * PATH.length;
  const m = {
    pure: [] as number[],
    xPure: [] as number[],
    rt: [] as number[],
    actor: [] as number[],
    rtSteady: [] as number[],
    actorSteady: [] as number[],
  };
  const steadyCycles = 250;
  const steadyOps = steadyCycles * CYCLE.length;
  const rounds = 15;
  for (let round = 0; round < rounds; round++) {
    m.pure.push(
      time(1, () => {
        for (let k = 0; k < pureCycles; k++) {
          let st = opened.state;
          for (let i = 0; i < PATH.length; i++) {
            const r = transition(P, st, PATH[i] as CrisisCommand, T0 + (i + 1) * MINUTE);
            if (r.accepted) st = r.state;
          }
          sink += st.version;
        }
      }) / pureOps,
    );
    m.xPure.push(
      time(1, () => {
        for (let k = 0; k < xPureCycles; k++) {
          let snap = xInitial;
          for (let i = 0; i < PATH.length; i++) snap = xTransition(machine, snap, PATH[i] as Ev)[0];
          sink += snap.status === "done" ? 1 : 0;
        }
      }) / xPureOps,
    );
    // Runtime over the in-memory store: open (1 event) + 15 commands per crisis, each awaited.
    m.rt.push(
      (await timeAsync(1, async () => {
        const store = new MemoryCrisisEventStore();
        for (let k = 0; k < rtCycles; k++) {
          const crisis = await Crisis.open(store, P, { crisisId: `c${k}`, brand: "acme-air", ...lead }, T0);
          for (let i = 0; i < PATH.length; i++)
            await crisis.execute(PATH[i] as CrisisCommand, { now: T0 + (i + 1) * MINUTE });
          sink += crisis.version;
        }
      })) / rtOps,
    );
    m.actor.push(
      time(1, () => {
        for (let k = 0; k < actorCycles; k++) {
          const actor = createActor(machine).start();
          for (let i = 0; i < PATH.length; i++) actor.send(PATH[i] as Ev);
          sink += actor.getSnapshot().status === "done" ? 1 : 0;
        }
      }) / actorOps,
    );
    // Steady state: one long-lived crisis (one actor) cycling through containment, response and recovery.
    m.rtSteady.push(
      (await timeAsync(1, async () => {
        const store = new MemoryCrisisEventStore();
        const crisis = await Crisis.open(store, P, { crisisId: "steady", brand: "acme-air", ...lead }, T0);
        let now = T0;
        for (const c of pathTo("recovery", "sev1")) {
          now += MINUTE;
          await crisis.execute(c, { now });
        }
        for (let k = 0; k < steadyCycles; k++) {
          for (let i = 0; i < CYCLE.length; i++) {
            now += MINUTE;
            await crisis.execute(CYCLE[i] as CrisisCommand, { now });
          }
        }
        sink += crisis.version;
      })) / steadyOps,
    );
    m.actorSteady.push(
      time(1, () => {
        const actor = createActor(machine).start();
        for (const c of pathTo("recovery", "sev1")) actor.send(c as Ev);
        for (let k = 0; k < steadyCycles; k++)
          for (let i = 0; i < CYCLE.length; i++) actor.send(CYCLE[i] as Ev);
        sink += actor.getSnapshot().value === "recovery" ? 1 : 0;
      }) / steadyOps,
    );
  }
  const row = (what: string, msPerOp: number[]) => {
    const ms = median(msPerOp);
    return { what, "ops/s": fmt(1000 / ms), "µs/op": fmt(ms * 1000, 2) };
  };
  const ratio = (a: number[], b: number[]) => median(a.map((x, i) => (b[i] as number) / x));
  console.log(
    `path: ${PATH.length} commands (monitoring → closed at sev1); the runtime also counts its open event; ${rounds} interleaved rounds`,
  );
  console.table([
    row("normas transition (pure)", m.pure),
    row("xstate transition(machine, snapshot, event)", m.xPure),
    row("normas Crisis.execute (memory store, zod, hashed)", m.rt),
    row("xstate createActor().start() + actor.send", m.actor),
    row("normas Crisis.execute, one long-lived crisis", m.rtSteady),
    row("xstate actor.send, one long-lived actor", m.actorSteady),
  ]);
  console.log(
    `ratio pure:    normas transition ÷ xstate transition = ${fmt(ratio(m.pure, m.xPure), 1)}× faster (target ≥ 5×)`,
  );
  console.log(
    `ratio runtime: normas Crisis.execute ÷ xstate actor.send = ${fmt(ratio(m.rt, m.actor), 2)}× as fast (target ≥ 1×)`,
  );
  console.log(
    `ratio runtime, long-lived: ${fmt(ratio(m.rtSteady, m.actorSteady), 2)}× as fast (target ≥ 1.5× on every workload)`,
  );

  const mem = await memoryPerCrisis(machine, 2_000);
  const kb = (bytes: number) => fmt(bytes / 1024, 1);
  console.log("heap per live crisis (2,000 crises in response, held at once):");
  console.table([
    { what: "normas Crisis (runtime + state; the log in the store)", KB: kb(mem.runtime) },
    { what: "normas log in the memory store (a database in production)", KB: kb(mem.log) },
    { what: "normas Crisis + its log in the memory store", KB: kb(mem.runtime + mem.log) },
    { what: "xstate actor (started, same commands)", KB: kb(mem.xstate) },
  ]);

  // Replay of a 10,000-event log.
  const { events, commands, store } = await bigLog();
  const replayMs: number[] = [];
  for (let r = 0; r < 21; r++) {
    const t0 = performance.now();
    const st = replayCrisis(P, events);
    replayMs.push(performance.now() - t0);
    sink += st?.version ?? 0;
  }
  const verifyMs = time(5, () => {
    sink += verifyCrisisLog(events).ok ? 1 : 0;
  });
  const loadMs = await timeAsync(5, async () => {
    sink += (await Crisis.load(store, P, "big")).version;
  });
  const xFoldMs = time(5, () => {
    let snap = xInitial;
    for (const c of commands) snap = xTransition(machine, snap, c as Ev)[0];
    sink += snap.value === "recovery" ? 1 : 0;
  });
  const sorted = [...replayMs].sort((a, b) => a - b);
  console.log(`replay of ${events.length.toLocaleString("en-US")} events (${events.at(-1)?.to}):`);
  console.table([
    {
      what: "replayCrisis (median of 21)",
      ms: fmt(median(replayMs), 2),
      "p95 ms": fmt(sorted[19] as number, 2),
    },
    { what: "verifyCrisisLog (hash chain)", ms: fmt(verifyMs, 2), "p95 ms": "" },
    { what: "Crisis.load (read + replay)", ms: fmt(loadMs, 2), "p95 ms": "" },
    { what: "xstate: fold transition() over the same commands", ms: fmt(xFoldMs, 2), "p95 ms": "" },
  ]);
  console.log(`replay target: < 50 ms → ${median(replayMs) < 50 ? "met" : "NOT met"}`);
  if (sink === -1) console.log("");
}

const invokedDirectly = process.argv[1]?.endsWith("crisis.bench.ts") === true;
if (invokedDirectly) await run();
