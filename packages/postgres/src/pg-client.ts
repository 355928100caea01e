import type { Queryable, SqlClient } from "./sql.js";
import { quoteIdent } from "./sql.js";

/** A connection checked out of a node-postgres pool (the part of `pg.PoolClient` the stores use). */
export interface PgPoolClientLike {
  /** Runs a statement. */
  query(
    text: string,
    params?: unknown[],
  ): Promise<{ rows: Record<string, unknown>[]; rowCount: number | null }>;
  /** Returns the connection to its pool (`true`: destroy it). */
  release(destroy?: boolean | Error): void;
  /** node-postgres emits `notification` events on a connection that ran `LISTEN`. */
  on(
    event: "notification",
    listener: (message: { channel: string; payload?: string | undefined }) => void,
  ): unknown;
  /** Removes a listener added with `on`. */
  off(
    event: "notification",
    listener: (message: { channel: string; payload?: string | undefined }) => void,
  ): unknown;
}

/** A node-postgres pool (the part of `pg.Pool` the stores use): pass your `new Pool({ connectionString })`. */
export interface PgPoolLike {
  /** Runs a statement on any connection of the pool. */
  query(
    text: string,
    params?: unknown[],
  ): Promise<{ rows: Record<string, unknown>[]; rowCount: number | null }>;
  /** Checks a connection out of the pool. */
  connect(): Promise<PgPoolClientLike>;
}

/** The stores' SQL client over a node-postgres pool (the pool stays the caller's: `close` does not end it). @internal */
export function pgClient(pool: PgPoolLike): SqlClient {
  let listener: Promise<PgPoolClientLike> | undefined;
  const channels = new Map<string, Set<(payload: string) => void>>();
  const onNotification = (message: { channel: string; payload?: string | undefined }) => {
    for (const fn of channels.get(message.channel) ?? []) fn(message.payload ?? "");
  };
  const run = async <R extends object>(
    q: PgPoolClientLike | PgPoolLike,
    text: string,
    params?: readonly unknown[],
  ) => {
    const r = await q.query(text, params === undefined ? undefined : [...params]);
    return { rows: r.rows as R[], affected: r.rowCount ?? 0 };
  };
  return {
    query: (text, params) => run(pool, text, params),
    async transaction(body) {
      const client = await pool.connect();
      let broken = false;
      try {
        await client.query("BEGIN");
        const tx: Queryable = { query: (text, params) => run(client, text, params) };
        try {
          const value = await body(tx);
          await client.query("COMMIT");
          return value;
        } catch (error) {
          await client.query("ROLLBACK").catch(() => {
            broken = true;
          });
          throw error;
        }
      } catch (error) {
        broken ||= isConnectionError(error);
        throw error;
      } finally {
        client.release(broken);
      }
    },
    async listen(channel, onPayload) {
      listener ??= pool.connect().then((c) => {
        c.on("notification", onNotification);
        return c;
      });
      const client = await listener;
      let set = channels.get(channel);
      if (set === undefined) {
        set = new Set();
        channels.set(channel, set);
        await client.query(`LISTEN ${quoteIdent(channel)}`);
      }
      set.add(onPayload);
      return async () => {
        set.delete(onPayload);
        if (set.size === 0 && channels.get(channel) === set) {
          channels.delete(channel);
          await client.query(`UNLISTEN ${quoteIdent(channel)}`).catch(() => undefined);
        }
      };
    },
    async close() {
      const held = listener;
      listener = undefined;
      channels.clear();
      if (held === undefined) return;
      const client = await held.catch(() => undefined);
      if (client === undefined) return;
      client.off("notification", onNotification);
      await client.query("UNLISTEN *").catch(() => undefined);
      client.release();
    },
  };
}

function isConnectionError(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code !== "string" || code.startsWith("08") || code === "57P01";
}
