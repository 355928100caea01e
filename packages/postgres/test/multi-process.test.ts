import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { Crisis, type SealedCrisisEvent } from "@normas/core/crisis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDeadlineWorker } from "../src/index.js";
import { announceServer, PG_URL, serverStores } from "./helpers.js";
import { fastProtocol } from "./processes/protocol.js";

announceServer("multi-process.test.ts");

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const WRITER = fileURLToPath(new URL("./processes/writer.ts", import.meta.url));
const TSCONFIG = fileURLToPath(new URL("../tsconfig.json", import.meta.url));
const PROCESSES = 4;
const COMMANDS = 500;

interface Run {
  readonly child: ChildProcess;
  readonly lines: string[];
  readonly exit: Promise<number | null>;
}

/** Starts one writer process (an app instance) and collects its output lines. */
function writer(args: string[], onLine?: (line: string, run: Run) => void): Run {
  const child = spawn(process.execPath, ["--import", "tsx", WRITER, PG_URL, ...args], {
    cwd: ROOT,
    env: { ...process.env, TSX_TSCONFIG_PATH: TSCONFIG },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: string[] = [];
  let rest = "";
  let stderr = "";
  const run: Run = {
    child,
    lines,
    exit: new Promise((resolve) =>
      child.on("exit", (code) => {
        if (code !== 0 && code !== null) console.error(stderr);
        resolve(code);
      }),
    ),
  };
  child.stderr?.on("data", (d: Buffer) => {
    stderr += d.toString();
  });
  child.stdout?.on("data", (d: Buffer) => {
    const parts = (rest + d.toString()).split("\n");
    rest = parts.pop() ?? "";
    for (const line of parts) {
      lines.push(line);
      onLine?.(line, run);
    }
  });
  return run;
}

/** Keys of the commands a writer saw acknowledged (first time, not as duplicates). */
const acked = (lines: readonly string[]) =>
  lines.filter((l) => l.startsWith("ack ")).map((l) => l.split(" ")[1] as string);

/** How many times each idempotency key appears among the log's command events. */
function keyCounts(log: readonly SealedCrisisEvent[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of log)
    if (e.idempotencyKey !== undefined) counts.set(e.idempotencyKey, (counts.get(e.idempotencyKey) ?? 0) + 1);
  return counts;
}

const lead = { actor: "jorge", role: "crisis-lead" } as const;

describe.skipIf(PG_URL === "")("several app instances on one PostgreSQL server (NORMAS_PG_URL)", () => {
  let server: Awaited<ReturnType<typeof serverStores>>;
  beforeAll(async () => {
    server = await serverStores("procs");
  });
  afterAll(() => server?.drop());

  async function assessing(crisisId: string) {
    const now = Date.now();
    const crisis = await Crisis.open(
      server.stores.crises,
      fastProtocol,
      { crisisId, brand: "acme-air", actor: "marta", role: "community-manager" },
      now,
    );
    await crisis.execute({ type: "raise-alert", actor: "marta", role: "community-manager" }, { now });
    await crisis.execute({ type: "start-assessment", ...lead }, { now });
    return crisis;
  }

  it(`${PROCESSES} processes × ${COMMANDS} commands on one crisis: nothing lost or duplicated, the chain verifies, each deadline escalates once`, async () => {
    const crisisId = "hammered";
    await assessing(crisisId);
    const runs = Array.from({ length: PROCESSES }, (_, i) =>
      writer([server.stores.schema, crisisId, `p${i}`, String(COMMANDS), "worker"]),
    );
    const codes = await Promise.all(runs.map((r) => r.exit));
    expect(codes).toEqual(runs.map(() => 0));
    for (const r of runs) expect(r.lines[r.lines.length - 1]).toBe("done");

    // Fire whatever is still due, from one more worker, well after the end.
    const last = startDeadlineWorker({
      stores: server.stores,
      protocol: fastProtocol,
      interval: 3_600_000,
      now: () => Date.now() + 86_400_000,
    });
    await last.runOnce();
    await last.stop();

    const log = await server.stores.crises.read(crisisId);
    const counts = keyCounts(log);
    const ackedKeys = runs.flatMap((r) => acked(r.lines));
    const refused = runs.flatMap((r) => r.lines.filter((l) => l.startsWith("refused ")));
    expect(ackedKeys.length + refused.length).toBe(PROCESSES * COMMANDS);
    // Every acknowledged command is in the log exactly once, and nothing else is.
    for (const key of ackedKeys) expect(counts.get(key), key).toBe(1);
    expect(counts.size).toBe(ackedKeys.length);
    // One event per seq, in order.
    expect(log.map((e) => e.seq)).toEqual(log.map((_, i) => i + 1));
    const crisis = await Crisis.load(server.stores.crises, fastProtocol, crisisId);
    expect(await crisis.verify()).toMatchObject({ ok: true });
    // Each deadline escalated at most once, and none is left overdue.
    const escalated = log.filter((e) => e.kind === "escalation").map((e) => String(e.data.deadline));
    expect(escalated.length).toBeGreaterThan(0);
    expect(new Set(escalated).size).toBe(escalated.length);
    expect(crisis.state.pending.filter((p) => p.dueAt <= Date.now())).toEqual([]);
    console.info(
      `[multi-process] ${log.length} events, ${ackedKeys.length} commands acknowledged, ${refused.length} refused by the protocol, ${escalated.length} deadlines escalated once each`,
    );
  }, 900_000);

  it("kill -9 of an instance in the middle of appends, then a restart: nothing acknowledged is lost, the chain verifies", async () => {
    const crisisId = "killed";
    await assessing(crisisId);
    const killed = writer([server.stores.schema, crisisId, "k", "100000", "no-worker"], (line, run) => {
      if (line.startsWith("ack ") && acked(run.lines).length === 150) run.child.kill("SIGKILL");
    });
    expect(await killed.exit).toBe(null);
    expect(killed.child.signalCode).toBe("SIGKILL");
    const before = acked(killed.lines);
    expect(before.length).toBeGreaterThanOrEqual(150);

    const restarted = writer([server.stores.schema, crisisId, "r", "50", "no-worker"]);
    expect(await restarted.exit).toBe(0);

    const log = await server.stores.crises.read(crisisId);
    const counts = keyCounts(log);
    for (const key of [...before, ...acked(restarted.lines)]) expect(counts.get(key), key).toBe(1);
    const crisis = await Crisis.load(server.stores.crises, fastProtocol, crisisId);
    expect(await crisis.verify()).toMatchObject({ ok: true });
    console.info(
      `[kill -9] ${before.length} commands acknowledged before the kill, ${log.length} events after the restart, chain verifies`,
    );
  }, 600_000);
});
