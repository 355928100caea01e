import { InputError, type Issue } from "@normas/core";
import type {
  AppendRequest,
  AppendResult,
  CrisisEventStore,
  CrisisState,
  IdempotencyRecord,
  SealedCrisisEvent,
  Snapshot,
  StreamHead,
} from "@normas/core/crisis";
import type { Queryable, SqlClient } from "./sql.js";

/** Rolls the append's transaction back: another writer moved the stream (or used the key) first. */
class Lost extends Error {}

const UNIQUE_VIOLATION = "23505";

function invalid(code: string, field: string, message: string): InputError {
  const issue: Issue = { code, path: [field], pathText: field, message };
  return new InputError([issue], "Invalid store call");
}

function checkStreamId(streamId: unknown): asserts streamId is string {
  if (typeof streamId !== "string" || streamId === "")
    throw invalid("invalid_id", "streamId", "A stream id must be a non-empty string.");
}

interface KeyRow {
  key: string;
  payload_hash: string;
  from_seq: number;
  to_seq: number;
}

const toRecord = (r: KeyRow): IdempotencyRecord => ({
  key: r.key,
  payloadHash: r.payload_hash,
  fromSeq: Number(r.from_seq),
  toSeq: Number(r.to_seq),
});

/**
 * The crisis event stream store on PostgreSQL or PGlite: one row per event (primary key stream and `seq`),
 * the anchored head in its own table (moved only by `append`, with a compare-and-set on the version, which is
 * what makes exactly one of concurrent appends win), idempotency keys with their payload hash, one snapshot
 * per stream. Each append notifies `<schema>_events` so that workers and subscribers wake up. Made by
 * `createStores` / `createEmbeddedStores`.
 */
export class PostgresCrisisEventStore implements CrisisEventStore {
  readonly #sql: SqlClient;
  readonly #s: string;

  /** @internal */
  constructor(sql: SqlClient, schema: string) {
    this.#sql = sql;
    this.#s = schema;
  }

  /** Appends events atomically after `expectedVersion` (see `EventStreamStore.append`). */
  async append(
    streamId: string,
    request: AppendRequest<SealedCrisisEvent>,
  ): Promise<AppendResult<SealedCrisisEvent>> {
    checkStreamId(streamId);
    const { expectedVersion, events, idempotency } = request ?? ({} as AppendRequest<SealedCrisisEvent>);
    if (!Number.isInteger(expectedVersion) || expectedVersion < 0)
      throw invalid("invalid_version", "expectedVersion", "expectedVersion must be a whole number ≥ 0.");
    if (!Array.isArray(events) || events.length === 0)
      throw invalid("no_events", "events", "append needs at least one event.");
    if (idempotency !== undefined && (typeof idempotency.key !== "string" || idempotency.key === ""))
      throw invalid("invalid_key", "idempotency", "An idempotency key must be a non-empty string.");
    const rows: string[] = [];
    const hashes: string[] = [];
    for (let i = 0; i < events.length; i++) {
      const e = events[i] as SealedCrisisEvent;
      if (e.seq !== expectedVersion + i + 1) {
        // As the memory store: an append at a version the stream is not at is a conflict, whatever it holds.
        const version = (await this.head(streamId))?.version ?? 0;
        if (version !== expectedVersion) return { ok: false, reason: "version_conflict", version };
        throw invalid(
          "bad_sequence",
          "events",
          `Event ${i} has seq ${String(e.seq)}, not ${expectedVersion + i + 1}.`,
        );
      }
      if (typeof e.hash !== "string" || e.hash === "")
        throw invalid("no_hash", "events", `Event ${i} has no hash.`);
      rows.push(JSON.stringify(e));
      hashes.push(e.hash);
    }
    const last = events[events.length - 1] as SealedCrisisEvent;
    const head: StreamHead = { version: last.seq, hash: last.hash };
    if (idempotency !== undefined) {
      const known = await this.#keyAnswer(this.#sql, streamId, idempotency);
      if (known !== undefined) return known;
    }
    try {
      await this.#sql.transaction(async (tx) => {
        const s = this.#s;
        const moved =
          expectedVersion === 0
            ? await tx.query(
                `INSERT INTO ${s}.crisis_streams (stream_id, version, head) VALUES ($1, $2, $3)
                 ON CONFLICT (stream_id) DO NOTHING`,
                [streamId, head.version, head.hash],
              )
            : await tx.query(
                `UPDATE ${s}.crisis_streams SET version = $2, head = $3, updated_at = now()
                 WHERE stream_id = $1 AND version = $4`,
                [streamId, head.version, head.hash, expectedVersion],
              );
        if (moved.affected !== 1) throw new Lost();
        await tx.query(
          `INSERT INTO ${s}.crisis_events (stream_id, seq, hash, event)
           SELECT $1, $2::integer + o::integer, h, e::json
           FROM unnest($3::text[], $4::text[]) WITH ORDINALITY AS t(h, e, o)`,
          [streamId, expectedVersion, hashes, rows],
        );
        if (idempotency !== undefined)
          await tx.query(
            `INSERT INTO ${s}.crisis_idempotency (stream_id, key, payload_hash, from_seq, to_seq)
             VALUES ($1, $2, $3, $4, $5)`,
            [streamId, idempotency.key, idempotency.payloadHash, expectedVersion + 1, head.version],
          );
        await tx.query("SELECT pg_notify($1, $2)", [`${s}_events`, `${head.version}:${streamId}`]);
      });
    } catch (error) {
      if (!(error instanceof Lost) && (error as { code?: unknown }).code !== UNIQUE_VIOLATION) throw error;
      if (idempotency !== undefined) {
        const known = await this.#keyAnswer(this.#sql, streamId, idempotency);
        if (known !== undefined) return known;
      }
      return { ok: false, reason: "version_conflict", version: (await this.head(streamId))?.version ?? 0 };
    }
    return { ok: true, head };
  }

  async #keyAnswer(
    q: Queryable,
    streamId: string,
    idempotency: { readonly key: string; readonly payloadHash: string },
  ): Promise<AppendResult<SealedCrisisEvent> | undefined> {
    const record = await this.#findKey(q, streamId, idempotency.key);
    if (record === undefined) return undefined;
    if (record.payloadHash !== idempotency.payloadHash)
      return { ok: false, reason: "idempotency_conflict", record };
    const events = await this.#range(q, streamId, record.fromSeq, record.toSeq);
    return { ok: false, reason: "duplicate", record, events };
  }

  async #range(q: Queryable, streamId: string, from: number, to: number): Promise<SealedCrisisEvent[]> {
    const r = await q.query<{ event: SealedCrisisEvent }>(
      `SELECT event FROM ${this.#s}.crisis_events WHERE stream_id = $1 AND seq >= $2 AND seq <= $3 ORDER BY seq`,
      [streamId, from, to],
    );
    return r.rows.map((row) => row.event);
  }

  /** Events with `seq >= fromVersion` (default 1), oldest first; empty when there are none. */
  async read(streamId: string, fromVersion = 1): Promise<readonly SealedCrisisEvent[]> {
    const from = Number.isFinite(fromVersion) ? Math.max(1, Math.floor(fromVersion)) : 1;
    return this.#range(this.#sql, streamId, from, 2_147_483_647);
  }

  /** The anchored head, or undefined when nothing was ever appended to the stream. */
  async head(streamId: string): Promise<StreamHead | undefined> {
    const r = await this.#sql.query<{ version: number; head: string }>(
      `SELECT version, head FROM ${this.#s}.crisis_streams WHERE stream_id = $1`,
      [streamId],
    );
    const row = r.rows[0];
    return row === undefined ? undefined : { version: Number(row.version), hash: row.head };
  }

  /** The record of an idempotency key, if the key was used in this stream. */
  findIdempotencyKey(streamId: string, key: string): Promise<IdempotencyRecord | undefined> {
    return this.#findKey(this.#sql, streamId, key);
  }

  async #findKey(q: Queryable, streamId: string, key: string): Promise<IdempotencyRecord | undefined> {
    const r = await q.query<KeyRow>(
      `SELECT key, payload_hash, from_seq, to_seq FROM ${this.#s}.crisis_idempotency
       WHERE stream_id = $1 AND key = $2`,
      [streamId, key],
    );
    const row = r.rows[0];
    return row === undefined ? undefined : toRecord(row);
  }

  /** Saves a snapshot, replacing the previous one. */
  async saveSnapshot(streamId: string, snapshot: Snapshot<CrisisState>): Promise<void> {
    checkStreamId(streamId);
    await this.#sql.query(
      `INSERT INTO ${this.#s}.crisis_snapshots (stream_id, version, head, state, state_hash)
       VALUES ($1, $2, $3, $4::json, $5)
       ON CONFLICT (stream_id) DO UPDATE
       SET version = EXCLUDED.version, head = EXCLUDED.head, state = EXCLUDED.state, state_hash = EXCLUDED.state_hash`,
      [streamId, snapshot.version, snapshot.head, JSON.stringify(snapshot.state), snapshot.stateHash],
    );
  }

  /** The latest snapshot, if any (as stored: the loader validates it). */
  async loadSnapshot(streamId: string): Promise<Snapshot<CrisisState> | undefined> {
    const r = await this.#sql.query<{
      version: number;
      head: string;
      state: CrisisState;
      state_hash: string;
    }>(`SELECT version, head, state, state_hash FROM ${this.#s}.crisis_snapshots WHERE stream_id = $1`, [
      streamId,
    ]);
    const row = r.rows[0];
    if (row === undefined) return undefined;
    return { version: Number(row.version), head: row.head, state: row.state, stateHash: row.state_hash };
  }

  /** The ids of every stream in the store, in id order. */
  async streamIds(): Promise<string[]> {
    const r = await this.#sql.query<{ stream_id: string }>(
      `SELECT stream_id FROM ${this.#s}.crisis_streams ORDER BY stream_id`,
    );
    return r.rows.map((row) => row.stream_id);
  }

  /**
   * Replaces a stream's stored events with `edit(events)` without any check and without moving the anchored
   * head, as someone with write access to the database could: for tests of tamper detection (the store
   * conformance suite uses it). Never call it in an application.
   */
  async rewriteEvents(
    streamId: string,
    edit: (events: SealedCrisisEvent[]) => readonly SealedCrisisEvent[],
  ): Promise<void> {
    const events = edit([...(await this.read(streamId))]);
    await this.#sql.transaction(async (tx) => {
      await tx.query(`DELETE FROM ${this.#s}.crisis_events WHERE stream_id = $1`, [streamId]);
      for (const [i, e] of events.entries())
        await tx.query(
          `INSERT INTO ${this.#s}.crisis_events (stream_id, seq, hash, event) VALUES ($1, $2, $3, $4::json)`,
          [streamId, i + 1, e.hash, JSON.stringify(e)],
        );
    });
  }
}
