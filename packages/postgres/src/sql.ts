/** A row as the driver returns it. @internal */
export type Row = Record<string, unknown>;

/** One connection's way to run a statement (inside or outside a transaction). @internal */
export interface Queryable {
  query<R extends object = Row>(
    text: string,
    params?: readonly unknown[],
  ): Promise<{ rows: R[]; affected: number }>;
}

/**
 * What the stores need of a database, the same over node-postgres and PGlite: statements, transactions
 * (READ COMMITTED, each on one connection), notifications and closing. @internal
 */
export interface SqlClient extends Queryable {
  /** Runs `body` in a transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(body: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Calls `onPayload` for each notification on `channel` until the returned function is called. */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  /** Releases what the client opened itself (the listening connection; an embedded database it created). */
  close(): Promise<void>;
}

/** Quotes an identifier already checked by `checkSchemaName`. @internal */
export const quoteIdent = (name: string): string => `"${name.replaceAll('"', '""')}"`;
