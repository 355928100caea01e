import { PostgresStoreError } from "./errors.js";
import { checkSchemaName } from "./schema-name.js";
import type { Queryable, SqlClient } from "./sql.js";

/** One step of the database schema: applied once, in order, recorded in `<schema>.schema_migrations`. */
interface Migration {
  readonly version: number;
  readonly name: string;
  readonly statements: (schema: string) => readonly string[];
}

// Documents are stored as `json` (the text as written), not `jsonb`: jsonb refuses the escape \u0000 that
// user text may hold, and json keeps what was appended exactly.
// Append-only: a released migration is never edited; a change of schema is a new migration.
const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "crisis event streams and cases",
    statements: (s) => [
      `CREATE TABLE ${s}.crisis_streams (
        stream_id text PRIMARY KEY,
        version integer NOT NULL CHECK (version > 0),
        head text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`,
      `CREATE TABLE ${s}.crisis_events (
        stream_id text NOT NULL,
        seq integer NOT NULL CHECK (seq > 0),
        hash text NOT NULL,
        event json NOT NULL,
        PRIMARY KEY (stream_id, seq)
      )`,
      `CREATE TABLE ${s}.crisis_idempotency (
        stream_id text NOT NULL,
        key text NOT NULL,
        payload_hash text NOT NULL,
        from_seq integer NOT NULL,
        to_seq integer NOT NULL,
        PRIMARY KEY (stream_id, key)
      )`,
      `CREATE TABLE ${s}.crisis_snapshots (
        stream_id text PRIMARY KEY,
        version integer NOT NULL,
        head text NOT NULL,
        state json NOT NULL,
        state_hash text NOT NULL
      )`,
      `CREATE TABLE ${s}.crisis_deadlines (
        stream_id text PRIMARY KEY,
        checked_version integer NOT NULL DEFAULT 0,
        next_due_at bigint,
        claimed_by text,
        claimed_until bigint
      )`,
      `CREATE INDEX crisis_deadlines_due ON ${s}.crisis_deadlines (next_due_at) WHERE next_due_at IS NOT NULL`,
      `CREATE TABLE ${s}.cases (
        id text PRIMARY KEY,
        version integer NOT NULL CHECK (version > 0),
        state json NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`,
    ],
  },
  {
    version: 2,
    name: "originality source documents and fingerprints",
    statements: (s) => [
      `CREATE TABLE ${s}.source_documents (
        id text PRIMARY KEY,
        document json NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`,
      `CREATE TABLE ${s}.source_fingerprints (
        fingerprint text NOT NULL,
        doc_id text NOT NULL REFERENCES ${s}.source_documents (id) ON DELETE CASCADE,
        PRIMARY KEY (fingerprint, doc_id)
      )`,
      `CREATE INDEX source_fingerprints_doc ON ${s}.source_fingerprints (doc_id)`,
    ],
  },
];

/** The schema version this release of `@normas/postgres` migrates to. */
export const SCHEMA_VERSION = MIGRATIONS.length;

/** What `migrate` did. */
export interface MigrateResult {
  /** The schema migrated. */
  readonly schema: string;
  /** Versions applied by this call (empty when the schema was up to date). */
  readonly applied: readonly number[];
  /** The schema's version now. */
  readonly version: number;
}

/**
 * Brings a schema up to date, once even when several processes call it at the same time (a transaction-scoped
 * advisory lock per schema). Idempotent: a second call applies nothing. @internal
 */
export async function runMigrations(sql: SqlClient, schemaName: string): Promise<MigrateResult> {
  const schema = checkSchemaName(schemaName, ["schema"]);
  return sql.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock(hashtext($1))", [`normas-migrate:${schema}`]);
    await tx.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await tx.query(
      `CREATE TABLE IF NOT EXISTS ${schema}.schema_migrations (
        version integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`,
    );
    const current = await currentVersion(tx, schema);
    if (current > SCHEMA_VERSION)
      throw new PostgresStoreError(
        "POSTGRES_SCHEMA_TOO_NEW",
        `Schema ${schema} is at version ${current}; this @normas/postgres knows up to ${SCHEMA_VERSION}: upgrade it.`,
      );
    const applied: number[] = [];
    for (const m of MIGRATIONS) {
      if (m.version <= current) continue;
      for (const statement of m.statements(schema)) await tx.query(statement);
      await tx.query(`INSERT INTO ${schema}.schema_migrations (version, name) VALUES ($1, $2)`, [
        m.version,
        m.name,
      ]);
      applied.push(m.version);
    }
    return { schema, applied, version: Math.max(current, SCHEMA_VERSION) };
  });
}

async function currentVersion(q: Queryable, schema: string): Promise<number> {
  const r = await q.query<{ v: number | null }>(`SELECT max(version) AS v FROM ${schema}.schema_migrations`);
  return Number(r.rows[0]?.v ?? 0);
}
