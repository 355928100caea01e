import { invalidOption } from "./errors.js";

/** The schema the stores use unless told otherwise. */
export const DEFAULT_SCHEMA = "normas";

const NAME = /^[a-z_][a-z0-9_]{0,39}$/;

/**
 * Checks a schema name: lowercase letters, digits and `_`, not starting with a digit, at most 40 characters
 * (so that it can be used unquoted, and `<schema>_events` is a valid channel name). @internal
 */
export function checkSchemaName(value: unknown, path: readonly (string | number)[]): string {
  if (value === undefined) return DEFAULT_SCHEMA;
  if (typeof value !== "string" || !NAME.test(value))
    throw invalidOption(
      path,
      "a schema name is 1 to 40 lowercase letters, digits or _, not starting with a digit (e.g. normas).",
    );
  if (value.startsWith("pg_")) throw invalidOption(path, "schema names starting with pg_ are reserved.");
  return value;
}
