import { mkdir } from "node:fs/promises";
import { PostgresCaseStore } from "./case-store.js";
import { PostgresCrisisEventStore } from "./crisis-event-store.js";
import { invalidOption, PostgresStoreError } from "./errors.js";
import { type MigrateResult, runMigrations } from "./migrations.js";
import { type PgPoolLike, pgClient } from "./pg-client.js";
import { type PGliteLike, pgliteClient } from "./pglite-client.js";
import { checkSchemaName } from "./schema-name.js";
import { PostgresSourceStore } from "./source-store.js";
import type { SqlClient } from "./sql.js";
import { type CrisisSubscription, type SubscribeOptions, subscribeToCrisis } from "./subscribe.js";

/** The durable stores of one schema, as `createStores` and `createEmbeddedStores` give them. */
export interface NormasStores {
  /** The schema every table lives in. */
  readonly schema: string;
  /** Crisis logs: pass it to `Crisis.open` / `Crisis.load`. */
  readonly crises: PostgresCrisisEventStore;
  /** MAMA cases: pass it to `MamaCase.open` / `MamaCase.load`. */
  readonly cases: PostgresCaseStore;
  /** Originality sources (documents and fingerprints): pass it to `new StoredSourceIndex(stores.sources)`. */
  readonly sources: PostgresSourceStore;
  /** Brings the schema up to date (already done by the factories unless `migrate: false`). */
  migrate(): Promise<MigrateResult>;
  /**
   * Calls `onEvent` with each new event of a crisis, in order, as any instance appends them (woken by
   * `LISTEN/NOTIFY`, then read from the log, so nothing is skipped or repeated).
   */
  subscribe(
    crisisId: string,
    onEvent: SubscribeOptions["onEvent"],
    options?: Omit<SubscribeOptions, "onEvent">,
  ): Promise<CrisisSubscription>;
  /** Stops subscriptions and releases connections; an embedded database the factory opened is closed. */
  close(): Promise<void>;
  /** @internal */
  readonly sql: SqlClient;
}

/** Options of {@link createStores}. */
export interface CreateStoresOptions {
  /** A node-postgres pool (`new Pool({ connectionString })`); it stays yours: `close()` does not end it. */
  readonly pool: PgPoolLike;
  /** The schema of the tables (default `normas`). */
  readonly schema?: string;
  /** Run the migrations first (default true). */
  readonly migrate?: boolean;
}

/** Options of {@link createEmbeddedStores}. */
export interface CreateEmbeddedStoresOptions {
  /**
   * The folder of the embedded database (created when missing), or `memory://` for a database that lives only
   * in this process (tests). Ignored when `db` is given.
   */
  readonly dataDir?: string;
  /** A PGlite database you opened yourself (it stays yours: `close()` does not close it). */
  readonly db?: PGliteLike;
  /** The schema of the tables (default `normas`). */
  readonly schema?: string;
  /** Run the migrations first (default true). */
  readonly migrate?: boolean;
}

function assemble(sql: SqlClient, schema: string): NormasStores {
  const subscriptions = new Set<CrisisSubscription>();
  let closed = false;
  const crises = new PostgresCrisisEventStore(sql, schema);
  return {
    schema,
    crises,
    cases: new PostgresCaseStore(sql, schema),
    sources: new PostgresSourceStore(sql, schema),
    sql,
    migrate: () => runMigrations(sql, schema),
    async subscribe(crisisId, onEvent, options = {}) {
      if (closed) throw new PostgresStoreError("POSTGRES_CLOSED", "These stores were closed.");
      const sub = await subscribeToCrisis(sql, schema, crises, crisisId, { ...options, onEvent });
      subscriptions.add(sub);
      return {
        get version() {
          return sub.version;
        },
        async close() {
          subscriptions.delete(sub);
          await sub.close();
        },
      };
    },
    async close() {
      if (closed) return;
      closed = true;
      for (const sub of subscriptions) await sub.close();
      subscriptions.clear();
      await sql.close();
    },
  };
}

/**
 * The stores on a PostgreSQL server, through a node-postgres pool: what several app instances share. The
 * schema is migrated first (once, even when instances start together).
 *
 * @example
 * ```ts
 * import pg from "pg";
 * import { Crisis, standardProtocol } from "@normas/core/crisis";
 * import { createStores } from "@normas/postgres";
 *
 * const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
 * const stores = await createStores({ pool });
 * const crisis = await Crisis.open(stores.crises, standardProtocol, { crisisId: "c1", brand: "acme-es", actor: "ana", role: "community-manager" }, Date.now());
 * ```
 */
export async function createStores(options: CreateStoresOptions): Promise<NormasStores> {
  if (typeof options !== "object" || options === null) throw invalidOption([], "pass { pool }.");
  const pool = options.pool as unknown;
  if (
    typeof pool !== "object" ||
    pool === null ||
    typeof (pool as PgPoolLike).query !== "function" ||
    typeof (pool as PgPoolLike).connect !== "function"
  )
    throw invalidOption(["pool"], "expected a node-postgres Pool (new Pool({ connectionString })).");
  const schema = checkSchemaName(options.schema, ["schema"]);
  const stores = assemble(pgClient(pool as PgPoolLike), schema);
  if (options.migrate !== false) await stores.migrate();
  return stores;
}

/**
 * The stores on an embedded PostgreSQL (PGlite, WebAssembly, shipped inside its npm package: no server,
 * nothing downloaded): the zero-setup default for one process. State persists in `dataDir`.
 *
 * @example
 * ```ts
 * import { createEmbeddedStores } from "@normas/postgres";
 * const stores = await createEmbeddedStores({ dataDir: ".normas/db" });
 * // …
 * await stores.close();
 * ```
 */
export async function createEmbeddedStores(options: CreateEmbeddedStoresOptions = {}): Promise<NormasStores> {
  if (typeof options !== "object" || options === null) throw invalidOption([], "pass { dataDir }.");
  const schema = checkSchemaName(options.schema, ["schema"]);
  let sql: SqlClient;
  if (options.db !== undefined) {
    const db = options.db as unknown;
    if (typeof db !== "object" || db === null || typeof (db as PGliteLike).transaction !== "function")
      throw invalidOption(["db"], "expected a PGlite database (await PGlite.create(dataDir)).");
    sql = pgliteClient(db as PGliteLike, false);
  } else {
    const dataDir = options.dataDir ?? "memory://";
    if (typeof dataDir !== "string" || dataDir === "")
      throw invalidOption(["dataDir"], "expected a folder path, or memory:// for a database in memory.");
    // A folder (not memory:// nor idb://…): created with its parents, as PGlite creates only the last one.
    if (!dataDir.includes("://")) await mkdir(dataDir, { recursive: true });
    const { PGlite } = await import("@electric-sql/pglite").catch((error: unknown) => {
      throw new PostgresStoreError(
        "POSTGRES_DRIVER_MISSING",
        `createEmbeddedStores needs @electric-sql/pglite: npm install @electric-sql/pglite (${String(error)})`,
      );
    });
    const db = (await PGlite.create(dataDir)) as unknown as PGliteLike;
    sql = pgliteClient(db, true);
  }
  const stores = assemble(sql, schema);
  if (options.migrate !== false) {
    try {
      await stores.migrate();
    } catch (error) {
      await stores.close();
      throw error;
    }
  }
  return stores;
}
