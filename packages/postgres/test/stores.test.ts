import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MamaCase } from "@normas/core/cases";
import { Crisis, standardProtocol } from "@normas/core/crisis";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import {
  createEmbeddedStores,
  createStores,
  type PgPoolLike,
  PostgresStoreError,
  SCHEMA_VERSION,
} from "../src/index.js";
import { announceServer, PG_URL, uniqueSchema } from "./helpers.js";

announceServer("stores.test.ts");

const T0 = Date.UTC(2026, 4, 12, 9, 0);
const cm = { actor: "marta", role: "community-manager" } as const;

function expectInvalid(error: unknown, path: readonly (string | number)[]) {
  expect(error).toBeInstanceOf(PostgresStoreError);
  expect((error as PostgresStoreError).code).toBe("POSTGRES_INVALID_OPTIONS");
  expect((error as PostgresStoreError).issues[0]?.path).toEqual(path);
}

describe("embedded stores in a folder (PGlite)", () => {
  const dir = mkdtempSync(join(tmpdir(), "normas-pglite-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("keep crises and cases across a restart, and migrate once", async () => {
    const dataDir = join(dir, "nested", "db");
    const first = await createEmbeddedStores({ dataDir });
    const crisis = await Crisis.open(
      first.crises,
      standardProtocol,
      { crisisId: "c1", brand: "acme", ...cm },
      T0,
    );
    await crisis.execute({ type: "raise-alert", ...cm, topics: ["retraso"] }, { now: T0 + 1 });
    await crisis.snapshot();
    await MamaCase.open(
      first.cases,
      {
        id: "case-1",
        brand: "acme",
        by: "lucia",
        subject: { kind: "comment", comment: { text: "¿Y mi pedido?" } },
      },
      T0,
    );
    await first.close();

    const second = await createEmbeddedStores({ dataDir });
    try {
      expect(await second.migrate()).toEqual({ schema: "normas", applied: [], version: SCHEMA_VERSION });
      const again = await Crisis.load(second.crises, standardProtocol, "c1");
      expect(again.state.state).toBe("alert");
      expect(await again.verify()).toMatchObject({ ok: true, count: 2 });
      expect((await MamaCase.load(second.cases, "case-1")).state.phase).toBe("measure");
      const tables = await second.sql.query<{ table_name: string }>(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'normas' ORDER BY table_name",
      );
      expect(tables.rows.map((r) => r.table_name)).toEqual([
        "cases",
        "crisis_deadlines",
        "crisis_events",
        "crisis_idempotency",
        "crisis_snapshots",
        "crisis_streams",
        "schema_migrations",
        "source_documents",
        "source_fingerprints",
      ]);
    } finally {
      await second.close();
    }
  }, 120_000);

  it("refuse bad options with a typed error naming the field", async () => {
    await createEmbeddedStores({ schema: "Robert'); DROP TABLE x;--" }).then(
      () => expect.unreachable(),
      (e) => expectInvalid(e, ["schema"]),
    );
    await createEmbeddedStores({ dataDir: "" }).then(
      () => expect.unreachable(),
      (e) => expectInvalid(e, ["dataDir"]),
    );
    await createStores({ pool: {} as PgPoolLike }).then(
      () => expect.unreachable(),
      (e) => expectInvalid(e, ["pool"]),
    );
    await createStores(null as never).then(
      () => expect.unreachable(),
      (e) => expectInvalid(e, []),
    );
  });
});

describe.skipIf(PG_URL === "")("stores on the PostgreSQL server (NORMAS_PG_URL)", () => {
  it("migrate once when four instances start together on a new schema", async () => {
    const schema = uniqueSchema("mig");
    const pools = Array.from({ length: 4 }, () => new pg.Pool({ connectionString: PG_URL, max: 2 }));
    try {
      const all = await Promise.all(pools.map((pool) => createStores({ pool, schema, migrate: false })));
      const results = await Promise.all(all.map((s) => s.migrate()));
      expect(results.flatMap((r) => r.applied).sort()).toEqual(
        Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1),
      );
      expect(results.every((r) => r.version === SCHEMA_VERSION)).toBe(true);
      await Promise.all(all.map((s) => s.close()));
    } finally {
      await pools[0]?.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await Promise.all(pools.map((p) => p.end()));
    }
  }, 60_000);

  it("refuse a schema migrated by a newer release", async () => {
    const schema = uniqueSchema("new");
    const pool = new pg.Pool({ connectionString: PG_URL, max: 2 });
    try {
      const stores = await createStores({ pool, schema });
      await pool.query(`INSERT INTO ${schema}.schema_migrations (version, name) VALUES (999, 'future')`);
      await expect(stores.migrate()).rejects.toMatchObject({ code: "POSTGRES_SCHEMA_TOO_NEW" });
      await stores.close();
    } finally {
      await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await pool.end();
    }
  }, 60_000);
});
