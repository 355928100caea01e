import type { SourceCandidate, SourceDocument, SourceRecord, SourceStore } from "@normas/core/originality";
import type { SqlClient } from "./sql.js";

const MAX_LIMIT = 100_000;
const clampLimit = (limit: number) => (Number.isInteger(limit) ? Math.min(Math.max(limit, 0), MAX_LIMIT) : 0);

/**
 * The originality source store on PostgreSQL or PGlite: one row per document, one row per (fingerprint,
 * document) with an index on the fingerprint, so that a draft's lookup reads only the documents sharing some of
 * its fingerprints. `put` loads many documents in one transaction (arrays, not one statement per row). Ids
 * are ordered by code point (`COLLATE "C"`), whatever the database's collation. Made by `createStores` /
 * `createEmbeddedStores`; use it through `StoredSourceIndex` (`@normas/core/originality`).
 */
export class PostgresSourceStore implements SourceStore<SourceDocument> {
  readonly #sql: SqlClient;
  readonly #s: string;

  /** @internal */
  constructor(sql: SqlClient, schema: string) {
    this.#sql = sql;
    this.#s = schema;
  }

  /** Stores the records, replacing those with the same ids (documents and fingerprints), atomically. */
  async put(records: readonly SourceRecord<SourceDocument>[]): Promise<void> {
    const byId = new Map<string, SourceRecord<SourceDocument>>();
    for (const r of records) byId.set(r.id, r);
    if (byId.size === 0) return;
    const ids = [...byId.keys()];
    const docs = [...byId.values()].map((r) => JSON.stringify(r.document));
    const fpDocs: string[] = [];
    const fps: string[] = [];
    for (const r of byId.values())
      for (const f of new Set(r.fingerprints)) {
        fpDocs.push(r.id);
        fps.push(f);
      }
    const s = this.#s;
    await this.#sql.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO ${s}.source_documents (id, document)
         SELECT i, d::json FROM unnest($1::text[], $2::text[]) AS t(i, d)
         ON CONFLICT (id) DO UPDATE SET document = EXCLUDED.document, updated_at = now()`,
        [ids, docs],
      );
      await tx.query(`DELETE FROM ${s}.source_fingerprints WHERE doc_id = ANY($1::text[])`, [ids]);
      if (fps.length > 0)
        await tx.query(
          `INSERT INTO ${s}.source_fingerprints (doc_id, fingerprint)
           SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING`,
          [fpDocs, fps],
        );
    });
  }

  /** Forgets a document and its fingerprints; false when there was none with this id. */
  async delete(id: string): Promise<boolean> {
    const r = await this.#sql.query(`DELETE FROM ${this.#s}.source_documents WHERE id = $1`, [id]);
    return r.affected > 0;
  }

  /** The stored documents with these ids, in the order of `ids`. */
  async get(ids: readonly string[]): Promise<readonly SourceDocument[]> {
    if (ids.length === 0) return [];
    const r = await this.#sql.query<{ id: string; document: SourceDocument }>(
      `SELECT id, document FROM ${this.#s}.source_documents WHERE id = ANY($1::text[])`,
      [[...ids]],
    );
    const found = new Map(r.rows.map((row) => [row.id, row.document]));
    return ids.flatMap((id) => {
      const doc = found.get(id);
      return doc === undefined ? [] : [doc];
    });
  }

  /** Documents holding any of `fingerprints`, most shared first (ties by id), at most `limit`. */
  async candidates(fingerprints: readonly string[], limit: number): Promise<readonly SourceCandidate[]> {
    if (fingerprints.length === 0) return [];
    const r = await this.#sql.query<{ id: string; shared: number }>(
      `SELECT doc_id AS id, count(*)::integer AS shared FROM ${this.#s}.source_fingerprints
       WHERE fingerprint = ANY($1::text[])
       GROUP BY doc_id ORDER BY shared DESC, doc_id COLLATE "C" LIMIT $2`,
      [[...new Set(fingerprints)], clampLimit(limit)],
    );
    return r.rows.map((row) => ({ id: row.id, shared: Number(row.shared) }));
  }

  /** Up to `limit` records with an id after `after`, in id order. */
  async list(after: string | undefined, limit: number): Promise<readonly SourceRecord<SourceDocument>[]> {
    const s = this.#s;
    const r = await this.#sql.query<{ id: string; document: SourceDocument; fingerprints: string[] | null }>(
      `SELECT d.id, d.document,
              (SELECT array_agg(f.fingerprint ORDER BY f.fingerprint) FROM ${s}.source_fingerprints f
               WHERE f.doc_id = d.id) AS fingerprints
       FROM ${s}.source_documents d
       WHERE $1::text IS NULL OR d.id COLLATE "C" > $1::text COLLATE "C"
       ORDER BY d.id COLLATE "C" LIMIT $2`,
      [after ?? null, clampLimit(limit)],
    );
    return r.rows.map((row) => ({
      id: row.id,
      document: row.document,
      fingerprints: row.fingerprints ?? [],
    }));
  }

  /** How many documents are stored. */
  async count(): Promise<number> {
    const r = await this.#sql.query<{ n: number }>(
      `SELECT count(*)::integer AS n FROM ${this.#s}.source_documents`,
    );
    return Number(r.rows[0]?.n ?? 0);
  }
}
