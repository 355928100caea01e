import { InputError } from "@normas/core";
import type { CaseState, CaseStore, SaveResult, Versioned } from "@normas/core/cases";
import type { SqlClient } from "./sql.js";

function invalid(code: string, field: string, message: string): InputError {
  return new InputError([{ code, path: [field], pathText: field, message }], "Invalid store call");
}

/**
 * The MAMA case store on PostgreSQL or PGlite: one row per case with its version; `save` is one statement
 * that writes only at the expected version (an `UPDATE … WHERE version = $expected`, or an insert that does
 * nothing when the case exists), so two agents cannot overwrite each other. Made by `createStores` /
 * `createEmbeddedStores`.
 */
export class PostgresCaseStore implements CaseStore {
  readonly #sql: SqlClient;
  readonly #s: string;

  /** @internal */
  constructor(sql: SqlClient, schema: string) {
    this.#sql = sql;
    this.#s = schema;
  }

  /** The case with this id and its version, or undefined. */
  async load(id: string): Promise<Versioned<CaseState> | undefined> {
    const r = await this.#sql.query<{ state: CaseState; version: number }>(
      `SELECT state, version FROM ${this.#s}.cases WHERE id = $1`,
      [id],
    );
    const row = r.rows[0];
    return row === undefined ? undefined : { state: row.state, version: Number(row.version) };
  }

  /** Stores `state` as version `expectedVersion + 1` if the stored version is `expectedVersion`. */
  async save(id: string, state: CaseState, expectedVersion: number): Promise<SaveResult> {
    if (typeof id !== "string" || id === "")
      throw invalid("invalid_id", "id", "A record id must be a non-empty string.");
    if (!Number.isInteger(expectedVersion) || expectedVersion < 0)
      throw invalid("invalid_version", "expectedVersion", "expectedVersion must be a whole number ≥ 0.");
    const json = JSON.stringify(state);
    const r =
      expectedVersion === 0
        ? await this.#sql.query(
            `INSERT INTO ${this.#s}.cases (id, version, state) VALUES ($1, 1, $2::json)
             ON CONFLICT (id) DO NOTHING`,
            [id, json],
          )
        : await this.#sql.query(
            `UPDATE ${this.#s}.cases SET version = version + 1, state = $2::json, updated_at = now()
             WHERE id = $1 AND version = $3`,
            [id, json, expectedVersion],
          );
    if (r.affected === 1) return { ok: true, version: expectedVersion + 1 };
    const now = await this.load(id);
    return { ok: false, reason: "version_conflict", version: now?.version ?? 0 };
  }

  /** The ids of every stored case, in id order. */
  async ids(): Promise<string[]> {
    const r = await this.#sql.query<{ id: string }>(`SELECT id FROM ${this.#s}.cases ORDER BY id`);
    return r.rows.map((row) => row.id);
  }
}
