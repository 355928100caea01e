import pg from "pg";
import { createEmbeddedStores, createStores, type NormasStores } from "../src/index.js";

/** The PostgreSQL server the tests may use: `NORMAS_PG_URL` (`.ci/run` sets it when a server answers). */
export const PG_URL = process.env.NORMAS_PG_URL ?? "";

/** Why the server tests skip, printed once per file so that a skip is never silent. */
export function announceServer(file: string): void {
  if (PG_URL === "")
    console.warn(
      `[${file}] NORMAS_PG_URL is not set: the PostgreSQL server tests are SKIPPED (PGlite runs).`,
    );
}

/** A schema name unique to this test file and process, so that parallel files never share tables. */
export function uniqueSchema(tag: string): string {
  return `t_${tag}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`.slice(0, 40);
}

/** Stores on the server in a fresh schema, dropped by `drop()`. */
export async function serverStores(
  tag: string,
): Promise<{ stores: NormasStores; pool: pg.Pool; drop(): Promise<void> }> {
  const pool = new pg.Pool({ connectionString: PG_URL, max: 10 });
  const stores = await createStores({ pool, schema: uniqueSchema(tag) });
  return {
    stores,
    pool,
    async drop() {
      await stores.close();
      await pool.query(`DROP SCHEMA IF EXISTS ${stores.schema} CASCADE`);
      await pool.end();
    },
  };
}

/** Stores on an in-memory PGlite. */
export function memoryPGlite(): Promise<NormasStores> {
  return createEmbeddedStores({ dataDir: "memory://" });
}
