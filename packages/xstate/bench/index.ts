// @normas/xstate benchmark: the same command sequences through the core's pure `transition`, the normas
// `Crisis` runtime (memory store, validation, hash chain), and the XState machine `toMachine` builds — its pure
// `transition(machine, snapshot, event)` and a running actor's `send`. Measured in one process, interleaved round
// after round; figures are medians, ratios the median of per-round ratios. Printed, never asserted.
// Run: `pnpm bench` (all) or `pnpm --filter @normas/xstate bench`.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import {
  Crisis,
  type CrisisState,
  MemoryCrisisEventStore,
  openCrisis,
  standardProtocol,
  transition,
} from "@normas/core/crisis";
import { createActor, initialTransition, transition as xTransition } from "xstate";
import { toMachine } from "../src/index.js";
import { type Command, CYCLE, fullPath, lead, MINUTE, T0, TO_RECOVERY } from "../test/commands.js";

const P = standardProtocol;
const PATH = fullPath("sev1");
const OPEN = { crisisId: "b", brand: "acme-air", ...lead };
let sink = 0;
const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const ms = (body: () => void) => {
  const t0 = performance.now();
  body();
  return performance.now() - t0;
};
const msAsync = async (body: () => Promise<void>) => {
  const t0 = performance.now();
  await body();
  return performance.now() - t0;
};

// One clock for the machine: each command one minute after the last, as in the other workloads.
let now = T0;
const machine = toMachine(P, { now: () => now });

/** Open + the 15 commands of the full path, `cycles` times. */
const workloads = {
  pure(cycles: number) {
    for (let k = 0; k < cycles; k++) {
      let s: CrisisState = openCrisis(P, OPEN, T0).state;
      for (let i = 0; i < PATH.length; i++) {
        const r = transition(P, s, PATH[i] as Command, T0 + (i + 1) * MINUTE);
        if (r.accepted) s = r.state;
      }
      sink += s.version;
    }
  },
  xPure(cycles: number) {
    for (let k = 0; k < cycles; k++) {
      now = T0;
      let [snap] = initialTransition(machine, OPEN);
      for (let i = 0; i < PATH.length; i++) {
        now = T0 + (i + 1) * MINUTE;
        [snap] = xTransition(machine, snap, PATH[i] as Command);
      }
      sink += snap.context.crisis.version;
    }
  },
  async runtime(cycles: number) {
    const store = new MemoryCrisisEventStore();
    for (let k = 0; k < cycles; k++) {
      const crisis = await Crisis.open(store, P, { ...OPEN, crisisId: `c${k}` }, T0);
      for (let i = 0; i < PATH.length; i++)
        await crisis.execute(PATH[i] as Command, { now: T0 + (i + 1) * MINUTE });
      sink += crisis.version;
    }
  },
  actor(cycles: number) {
    for (let k = 0; k < cycles; k++) {
      now = T0;
      const actor = createActor(machine, { input: OPEN }).start();
      for (let i = 0; i < PATH.length; i++) {
        now = T0 + (i + 1) * MINUTE;
        actor.send(PATH[i] as Command);
      }
      sink += actor.getSnapshot().context.crisis.version;
      actor.stop();
    }
  },
};

/** One long-lived crisis: to recovery, then `cycles` × the 8-command cycle (containment → response → recovery). */
const steady = {
  async runtime(cycles: number) {
    const crisis = await Crisis.open(new MemoryCrisisEventStore(), P, OPEN, T0);
    let t = T0;
    for (const c of [...TO_RECOVERY, ...Array.from({ length: cycles }, () => CYCLE).flat()]) {
      t += MINUTE;
      await crisis.execute(c, { now: t });
    }
    sink += crisis.version;
  },
  actor(cycles: number) {
    now = T0;
    const actor = createActor(machine, { input: OPEN }).start();
    for (const c of [...TO_RECOVERY, ...Array.from({ length: cycles }, () => CYCLE).flat()]) {
      now += MINUTE;
      actor.send(c);
    }
    sink += actor.getSnapshot().context.crisis.version;
    actor.stop();
  },
};

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
const heap = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

/** Heap per live crisis taken to `response`: normas runtimes (the log in the memory store apart), XState actors. */
async function memory(count: number) {
  const path = fullPath("sev1").slice(0, 7);
  const base = heap();
  const store = new MemoryCrisisEventStore();
  const live: Crisis<typeof P>[] = [];
  for (let k = 0; k < count; k++) {
    const crisis = await Crisis.open(store, P, { ...OPEN, crisisId: `m${k}` }, T0);
    for (const [i, c] of path.entries()) await crisis.execute(c, { now: T0 + (i + 1) * MINUTE });
    live.push(crisis);
  }
  const withStore = heap() - base;
  live.length = 0;
  const storeOnly = heap() - base;
  sink += (await store.head("m0"))?.version ?? 0;
  const xBase = heap();
  const actors = [];
  for (let k = 0; k < count; k++) {
    now = T0;
    const actor = createActor(machine, { input: { ...OPEN, crisisId: `x${k}` } }).start();
    for (const [i, c] of path.entries()) {
      now = T0 + (i + 1) * MINUTE;
      actor.send(c);
    }
    actors.push(actor);
  }
  const xstate = heap() - xBase;
  for (const a of actors) a.stop();
  return { runtime: (withStore - storeOnly) / count, log: storeOnly / count, xstate: xstate / count };
}

const fmt = (n: number, d = 2) =>
  n.toLocaleString("en-US", { maximumFractionDigits: d, minimumFractionDigits: d });

async function main() {
  // Sanity: every engine takes the whole path to `closed` (a refusal would measure the refusal path).
  now = T0;
  const a = createActor(machine, { input: OPEN }).start();
  for (const [i, c] of PATH.entries()) {
    now = T0 + (i + 1) * MINUTE;
    a.send(c);
  }
  if (a.getSnapshot().value !== "closed") throw new Error("the XState machine did not reach closed");
  a.stop();

  const rounds = 11;
  const m = { pure: [] as number[], xPure: [] as number[], runtime: [] as number[], actor: [] as number[] };
  const s = { runtime: [] as number[], actor: [] as number[] };
  const ops = 300 * (PATH.length + 1);
  const steadyCycles = 150;
  const steadyOps = TO_RECOVERY.length + steadyCycles * CYCLE.length;
  workloads.pure(50);
  workloads.xPure(20);
  await workloads.runtime(50);
  workloads.actor(50);
  for (let r = 0; r < rounds; r++) {
    m.pure.push(ms(() => workloads.pure(300)) / ops);
    m.xPure.push(ms(() => workloads.xPure(300)) / ops);
    m.runtime.push((await msAsync(() => workloads.runtime(300))) / ops);
    m.actor.push(ms(() => workloads.actor(300)) / ops);
    s.runtime.push((await msAsync(() => steady.runtime(steadyCycles))) / steadyOps);
    s.actor.push(ms(() => steady.actor(steadyCycles)) / steadyOps);
  }
  const row = (what: string, xs: number[]) => ({
    what,
    "µs/command": fmt(median(xs) * 1000),
    "commands/s": fmt(1000 / median(xs), 0),
  });
  const ratio = (fast: number[], slow: number[]) => median(fast.map((x, i) => (slow[i] as number) / x));
  console.log(
    `open + ${PATH.length} commands (monitoring → closed at sev1), and one long-lived crisis cycling; ${rounds} rounds`,
  );
  console.table([
    row("normas transition (pure)", m.pure),
    row("xstate transition(toMachine(…), snapshot, event)", m.xPure),
    row("normas Crisis.execute (memory store, validated, hashed)", m.runtime),
    row("xstate createActor(toMachine(…)).start() + send", m.actor),
    row("normas Crisis.execute, long-lived crisis", s.runtime),
    row("xstate actor.send, long-lived actor", s.actor),
  ]);
  console.log(`ratio pure:      normas transition ÷ xstate transition = ${fmt(ratio(m.pure, m.xPure))}×`);
  console.log(
    `ratio runtime:   normas Crisis.execute ÷ xstate actor.send = ${fmt(ratio(m.runtime, m.actor))}×`,
  );
  console.log(
    `ratio long-lived: normas Crisis.execute ÷ xstate actor.send = ${fmt(ratio(s.runtime, s.actor))}×`,
  );
  console.log("(the toMachine machine decides through the core's transition, so its cost includes it)");
  const mem = await memory(2_000);
  const kb = (b: number) => fmt(b / 1024, 1);
  console.log("heap per live crisis (2,000 crises in response):");
  console.table([
    { what: "normas Crisis (runtime + state)", KB: kb(mem.runtime) },
    { what: "normas log in the memory store (a database in production)", KB: kb(mem.log) },
    { what: "xstate actor of toMachine(standardProtocol)", KB: kb(mem.xstate) },
  ]);
  if (sink === -1) console.log("");
}

await main();
