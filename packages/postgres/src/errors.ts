import { type Issue, NormasError } from "@normas/core";

/** Stable codes of {@link PostgresStoreError}. */
export type PostgresStoreErrorCode =
  /** An option given to a store factory, the worker or `subscribe` is not valid (see `issues`). */
  | "POSTGRES_INVALID_OPTIONS"
  /** The database schema was migrated by a newer `@normas/postgres` than this one. */
  | "POSTGRES_SCHEMA_TOO_NEW"
  /** The stores were closed. */
  | "POSTGRES_CLOSED"
  /** `createEmbeddedStores` needs `@electric-sql/pglite`, which is not installed. */
  | "POSTGRES_DRIVER_MISSING";

/**
 * The error `@normas/postgres` throws for bad options, a schema it cannot use, or use after `close()`. Errors
 * of the database itself (connection refused, permission denied) are passed on as the driver gave them.
 */
export class PostgresStoreError extends NormasError {
  /** What went wrong, stable for programs. */
  declare readonly code: PostgresStoreErrorCode;

  constructor(code: PostgresStoreErrorCode, message: string, issues: readonly Issue[] = []) {
    super(code, message, issues);
    this.name = "PostgresStoreError";
  }
}

/** An invalid option at `path`, as a typed error. @internal */
export function invalidOption(path: readonly (string | number)[], message: string): PostgresStoreError {
  const pathText = path.length === 0 ? "(root)" : path.join(".");
  return new PostgresStoreError("POSTGRES_INVALID_OPTIONS", `Invalid options: ${pathText}: ${message}`, [
    { code: "invalid_option", path, pathText, message },
  ]);
}
