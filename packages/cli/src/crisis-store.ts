// `--store <dir|postgres-url>` for the crisis commands: a folder is an embedded PostgreSQL (PGlite, no server),
// a postgres:// URL a server. Loaded on demand: the other commands never load a database driver.
import { resolve } from "node:path";
import type { CrisisProtocol } from "@normas/core";
import { Crisis, type DrillReport, WorkflowError } from "@normas/core/crisis";
import type { NormasStores } from "@normas/postgres";
import { type CliIo, paint, useColour, write } from "./io.js";
import { UsageError } from "./usage-error.js";

/** An open store, how to show it, and how to close it. */
export interface OpenStore {
  readonly stores: NormasStores;
  /** The store as the user may see it (a URL without its password). */
  readonly shown: string;
  close(): Promise<void>;
}

const isUrl = (spec: string) => /^postgres(ql)?:\/\//i.test(spec);

function hidePassword(url: string): string {
  try {
    const u = new URL(url);
    if (u.password !== "") u.password = "***";
    return u.toString();
  } catch {
    return "postgres://…";
  }
}

/** Opens the store a `--store` option names. */
export async function openStore(spec: string, cwd: string): Promise<OpenStore> {
  if (spec.trim() === "") throw new UsageError("--store needs a folder or a postgres:// URL.");
  const { createEmbeddedStores, createStores } = await import("@normas/postgres");
  if (isUrl(spec)) {
    const shown = hidePassword(spec);
    const { default: pg } = await import("pg");
    const pool = new pg.Pool({ connectionString: spec, max: 2, connectionTimeoutMillis: 10_000 });
    try {
      const stores = await createStores({ pool });
      return { stores, shown, close: () => stores.close().then(() => pool.end()) };
    } catch (error) {
      await pool.end().catch(() => undefined);
      throw new UsageError(`Cannot open the store ${shown}: ${(error as Error).message}`);
    }
  }
  const dataDir = resolve(cwd, spec);
  try {
    const stores = await createEmbeddedStores({ dataDir });
    return { stores, shown: spec, close: () => stores.close() };
  } catch (error) {
    throw new UsageError(`Cannot open the store in "${spec}": ${(error as Error).message}`);
  }
}

/**
 * Keeps a drill's log in the store under its crisis id: written when the crisis is new, left as it is when the
 * store holds the same log already; another log under that id is a usage error. Returns the line to print.
 */
export async function storeDrill(store: OpenStore, report: DrillReport): Promise<string> {
  const id = report.final.crisisId;
  const last = report.events[report.events.length - 1];
  const head = await store.stores.crises.head(id);
  if (head !== undefined) {
    if (last !== undefined && head.version === last.seq && head.hash === last.hash)
      return `Crisis ${id} is already in ${store.shown} with this log (${head.version} events).`;
    throw new UsageError(
      `Crisis ${id} is already in ${store.shown} with another log (${head.version} events): give the drill another crisisId.`,
    );
  }
  const r = await store.stores.crises.append(id, { expectedVersion: 0, events: report.events });
  if (!r.ok) throw new UsageError(`Crisis ${id} was written to ${store.shown} by someone else meanwhile.`);
  return `Stored crisis ${id} in ${store.shown}: ${report.events.length} events.`;
}

/** Options of `normas crisis show`. */
export interface ShowOptions {
  readonly store: string;
  readonly format: "pretty" | "json";
}

/** Runs `normas crisis show`: 0 the log verifies, 1 it does not, 2 no such crisis or no store. */
export async function showCrisis(
  crisisId: string,
  protocol: CrisisProtocol,
  options: ShowOptions,
  io: CliIo,
): Promise<number> {
  const store = await openStore(options.store, io.cwd);
  try {
    let crisis: Crisis<CrisisProtocol>;
    try {
      crisis = await Crisis.load(store.stores.crises, protocol, crisisId);
    } catch (error) {
      if (error instanceof WorkflowError && error.code === "WORKFLOW_NOT_FOUND")
        throw new UsageError(`No crisis "${crisisId}" in ${store.shown}.`);
      if (error instanceof WorkflowError) {
        await write(io.stderr, `${error.message}\n`);
        return 1;
      }
      throw error;
    }
    const v = await crisis.verify();
    const s = crisis.state;
    if (options.format === "json") {
      await write(
        io.stdout,
        `${JSON.stringify({ crisisId, version: crisis.version, state: s, verify: v })}\n`,
      );
    } else {
      const p = paint(useColour(io.stdout, io.env));
      const lines = [
        `${p.bold(crisisId)}  ${s.state}  (${crisis.version} events, in ${store.shown})`,
        `severity: ${s.severity ?? "-"}   lead: ${s.lead ?? "-"}`,
        ...s.pending.map((d) => `⏱ ${d.key} due ${new Date(d.dueAt).toISOString()}`),
        v.ok
          ? p.green(`hash chain of ${crisis.version} events verified`)
          : p.red(`log invalid: ${v.message.en}`),
      ];
      await write(io.stdout, `${lines.join("\n")}\n`);
    }
    return v.ok ? 0 : 1;
  } finally {
    await store.close();
  }
}
