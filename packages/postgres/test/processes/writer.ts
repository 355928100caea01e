// One app instance in the multi-process tests: opens the stores on the server, runs a deadline worker, and
// gives `count` commands to one crisis, retrying each (same idempotency key) until the store answers it.
// Prints one line per acknowledged command: `ack <key> <seq>`, then `done`.
import { Crisis, type CrisisCommand } from "@normas/core/crisis";
import pg from "pg";
import { createStores, startDeadlineWorker } from "../../src/index.js";
import { fastProtocol } from "./protocol.js";

const [url = "", schema = "", crisisId = "", name = "", countText = "0", workerFlag = ""] =
  process.argv.slice(2);
const count = Number(countText);
const lead = { actor: `lead-${name}`, role: "crisis-lead" } as const;

/** The command for step n: mostly repeatable ones, and now and then a false alarm and a new alert. */
function commandFor(n: number): CrisisCommand {
  switch (n % 25) {
    case 20:
      return { type: "dismiss-false-alarm", ...lead, reason: `${name} ${n}` };
    case 21:
      return {
        type: "raise-alert",
        actor: `cm-${name}`,
        role: "community-manager",
        topics: [`${name}-${n}`],
      };
    case 22:
      return { type: "start-assessment", ...lead };
    default:
      return n % 2 === 0
        ? { type: "set-severity", ...lead, severity: (["sev1", "sev2", "sev3"] as const)[n % 3] ?? "sev2" }
        : { type: "assign-lead", ...lead, lead: `${name}-${n}` };
  }
}

const pool = new pg.Pool({ connectionString: url, max: 4 });
const stores = await createStores({ pool, schema });
const worker =
  workerFlag === "worker"
    ? startDeadlineWorker({ stores, protocol: fastProtocol, interval: 20, onError: () => undefined })
    : undefined;
const crisis = await Crisis.load(stores.crises, fastProtocol, crisisId);
for (let n = 0; n < count; n++) {
  const key = `${name}-${n}`;
  for (let attempt = 0; attempt < 10_000; attempt++) {
    const now = Math.max(Date.now(), crisis.state.updatedAt);
    const r = await crisis.execute(commandFor(n), { now, idempotencyKey: key });
    if (r.accepted) {
      const last = r.events[r.events.length - 1];
      process.stdout.write(`ack ${key} ${last?.seq ?? 0} ${r.duplicate ? "dup" : "new"}\n`);
      break;
    }
    // Another instance moved the log (the runtime reloaded) or its clock ran ahead: try again.
    if (r.refusal.code === "version_conflict" || r.refusal.code === "clock_went_back") continue;
    process.stdout.write(`refused ${key} ${r.refusal.code}\n`);
    break;
  }
}
await worker?.stop();
await stores.close();
await pool.end();
process.stdout.write("done\n");
