import type { Queryable, SqlClient } from "./sql.js";

/** The part of a PGlite transaction the stores use. */
export interface PGliteTransactionLike {
  /** Runs a statement. */
  query<R>(text: string, params?: unknown[]): Promise<{ rows: R[]; affectedRows?: number }>;
}

/** A PGlite database (the part of `PGlite` the stores use): pass your `await PGlite.create(dataDir)`. */
export interface PGliteLike extends PGliteTransactionLike {
  /** Runs `body` in a transaction. */
  transaction<T>(body: (tx: PGliteTransactionLike) => Promise<T>): Promise<T>;
  /** Listens to a channel; resolves to the function that stops listening. */
  listen(channel: string, callback: (payload: string) => void): Promise<(() => Promise<void>) | (() => void)>;
  /** Closes the database. */
  close(): Promise<void>;
  /** Whether `close()` was called. */
  readonly closed: boolean;
}

const wrap = (q: PGliteTransactionLike): Queryable => ({
  async query<R extends object>(text: string, params?: readonly unknown[]) {
    const r = await q.query<R>(text, params === undefined ? undefined : [...params]);
    return { rows: r.rows, affected: r.affectedRows ?? 0 };
  },
});

/**
 * The stores' SQL client over a PGlite database. PGlite runs one statement at a time on its one connection,
 * so its transactions are serialised: the stores' concurrency rules hold trivially. `owned`: close the
 * database with the client. @internal
 */
export function pgliteClient(db: PGliteLike, owned: boolean): SqlClient {
  const plain = wrap(db);
  return {
    query: (text, params) => plain.query(text, params),
    transaction: (body) => db.transaction((tx) => body(wrap(tx))),
    async listen(channel, onPayload) {
      const stop = await db.listen(channel, onPayload);
      return async () => {
        if (!db.closed) await stop();
      };
    },
    async close() {
      if (owned && !db.closed) await db.close();
    },
  };
}
