// Appends per second and replay of 10,000 crisis events on @normas/postgres, on embedded PGlite and (with
// NORMAS_PG_URL) on the PostgreSQL server, side by side with Emmett's PostgreSQL event store
// (@event-driven-io/emmett-postgresql 0.42, server only: it has no PGlite driver) on the same database in the
// same run. Prints medians and ratios; never fails on time. Run: `pnpm bench` (root) or
// `pnpm --filter @normas/postgres run bench`.
import { getPostgreSQLEventStore } from "@event-driven-io/emmett-postgresql";
import { Crisis, type SealedCrisisEvent, standardProtocol } from "@normas/core/crisis";
import pg from "pg";
import { createEmbeddedStores, createStores, type NormasStores } from "../src/index.js";
import { crisisLog } from "./events.js";

const EVENTS = 10_000;
const CHUNK = 1_000;
const REPLAYS = 5;
const URL_ = process.env.NORMAS_PG_URL ?? "";

const median = (xs: readonly number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

interface Figures {
  readonly appendsPerSecond: number;
  readonly replayMs: number;
  readonly loadMs?: number;
}

/** Appends the events one command at a time (each with its idempotency key, as the runtime does). */
async function benchNormas(stores: NormasStores, events: readonly SealedCrisisEvent[]): Promise<Figures> {
  const id = events[0]?.crisisId as string;
  const rates: number[] = [];
  for (let from = 0; from < events.length; from += CHUNK) {
    const t = performance.now();
    for (let i = from; i < Math.min(from + CHUNK, events.length); i++) {
      const e = events[i] as SealedCrisisEvent;
      const r = await stores.crises.append(id, {
        expectedVersion: i,
        events: [e],
        idempotency: { key: `k-${i}`, payloadHash: e.hash },
      });
      if (!r.ok) throw new Error(`append ${i} refused: ${r.reason}`);
    }
    rates.push((CHUNK * 1000) / (performance.now() - t));
  }
  const replays: number[] = [];
  const loads: number[] = [];
  for (let i = 0; i < REPLAYS; i++) {
    let t = performance.now();
    const read = await stores.crises.read(id);
    replays.push(performance.now() - t);
    if (read.length !== events.length) throw new Error("replay lost events");
    t = performance.now();
    await Crisis.load(stores.crises, standardProtocol, id);
    loads.push(performance.now() - t);
  }
  return { appendsPerSecond: median(rates), replayMs: median(replays), loadMs: median(loads) };
}

async function benchEmmett(url: string, events: readonly SealedCrisisEvent[]): Promise<Figures> {
  const store = getPostgreSQLEventStore(url);
  const stream = `crisis-${events[0]?.crisisId}`;
  const rates: number[] = [];
  try {
    for (let from = 0; from < events.length; from += CHUNK) {
      const t = performance.now();
      for (let i = from; i < Math.min(from + CHUNK, events.length); i++) {
        const e = events[i] as SealedCrisisEvent;
        await store.appendToStream(
          stream,
          [{ type: "CrisisEvent", data: e as unknown as Record<string, unknown> }],
          {
            expectedStreamVersion: BigInt(i),
          },
        );
      }
      rates.push((CHUNK * 1000) / (performance.now() - t));
    }
    const replays: number[] = [];
    for (let i = 0; i < REPLAYS; i++) {
      const t = performance.now();
      const r = await store.readStream(stream);
      replays.push(performance.now() - t);
      if (r.events.length !== events.length) throw new Error("Emmett replay lost events");
    }
    return { appendsPerSecond: median(rates), replayMs: median(replays) };
  } finally {
    await store.close();
  }
}

const row = (name: string, f: Figures) =>
  `${name.padEnd(36)} ${f.appendsPerSecond.toFixed(0).padStart(10)} ${f.replayMs.toFixed(1).padStart(12)} ${
    f.loadMs === undefined ? "           -" : f.loadMs.toFixed(1).padStart(12)
  }`;

const events = await crisisLog("bench-crisis", EVENTS);
console.log(
  `@normas/postgres: ${EVENTS} crisis events appended one command at a time, then read back (median of ${REPLAYS})`,
);
console.log(
  `${"store".padEnd(36)} ${"appends/s".padStart(10)} ${"replay ms".padStart(12)} ${"load ms".padStart(12)}`,
);

const lite = await createEmbeddedStores({ dataDir: "memory://" });
try {
  console.log(row("normas on PGlite (in memory)", await benchNormas(lite, events)));
} finally {
  await lite.close();
}
console.log(`${"Emmett on PGlite".padEnd(36)} not measured: emmett-postgresql 0.42 runs on a server only`);

if (URL_ === "") {
  console.log("NORMAS_PG_URL is not set: the PostgreSQL server figures are skipped.");
} else {
  // A database of its own, dropped after: Emmett writes to its schema `public`.
  const admin = new pg.Pool({ connectionString: URL_, max: 1 });
  const db = `normas_bench_${process.pid}`;
  await admin.query(`CREATE DATABASE ${db}`);
  const url = new URL(URL_);
  url.pathname = `/${db}`;
  const pool = new pg.Pool({ connectionString: url.toString(), max: 4 });
  try {
    const stores = await createStores({ pool });
    const ours = await benchNormas(stores, events);
    await stores.close();
    const theirs = await benchEmmett(url.toString(), events);
    console.log(row("normas on the server", ours));
    console.log(row("Emmett on the server (same database)", theirs));
    console.log(
      `ratios normas/Emmett on the server: appends ${(ours.appendsPerSecond / theirs.appendsPerSecond).toFixed(2)}×, replay time ${(ours.replayMs / theirs.replayMs).toFixed(2)}× (lower is faster)`,
    );
  } finally {
    await pool.end();
    await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
    await admin.end();
  }
}
