import * as z from "zod";

/**
 * Latest time a workflow accepts: the last millisecond a JavaScript `Date` can hold (year 275760).
 * Anything later cannot be written as a date and is refused.
 */
export const MAX_EPOCH_MS = 8_640_000_000_000_000;

/**
 * The one clock type of both workflows: a time in whole milliseconds since 1970-01-01T00:00:00Z
 * (what `Date.now()` returns), from 0 to {@link MAX_EPOCH_MS}. Workflows never read a clock: every
 * step and runtime call takes the time as an argument.
 */
export type EpochMs = number;

/** The zod schema of an {@link EpochMs}: a whole number of milliseconds from 0 to {@link MAX_EPOCH_MS}. */
export const EpochMsSchema = z.int().min(0).max(MAX_EPOCH_MS);

/** Whether `value` is a valid {@link EpochMs}; `NaN`, `Infinity`, `1e20`, strings, `Date` objects are not. */
export function isEpochMs(value: unknown): value is EpochMs {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= MAX_EPOCH_MS;
}

/** How a value fails to be a time, for messages: `a number`, `a string`, `a Date object`… */
export function describeTime(value: unknown): string {
  if (value === null) return "null";
  if (value instanceof Date) return "a Date object";
  if (typeof value === "number") {
    if (Number.isNaN(value)) return "NaN";
    if (!Number.isFinite(value)) return String(value);
    return String(value);
  }
  if (typeof value === "string") return `the string ${JSON.stringify(value.slice(0, 40))}`;
  return typeof value;
}

/** An epoch time as ISO 8601 text (for messages), or its description when it is not a valid time. */
export function isoOrDescription(value: unknown): string {
  return isEpochMs(value) ? new Date(value).toISOString() : describeTime(value);
}
