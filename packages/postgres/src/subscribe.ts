import type { SealedCrisisEvent } from "@normas/core/crisis";
import type { PostgresCrisisEventStore } from "./crisis-event-store.js";
import { invalidOption } from "./errors.js";
import type { SqlClient } from "./sql.js";

/** Options of `NormasStores.subscribe`. */
export interface SubscribeOptions {
  /** Called with each new event, in order, one call at a time (awaited when it returns a promise). */
  readonly onEvent: (event: SealedCrisisEvent) => void | Promise<void>;
  /** Deliver the events after this version (default: the crisis's version now, so only new events). */
  readonly after?: number;
  /** Called when reading the log or `onEvent` fails; delivery resumes at the next notification. */
  readonly onError?: (error: unknown) => void;
}

/** A running subscription. */
export interface CrisisSubscription {
  /** The version of the last event delivered. */
  readonly version: number;
  /** Stops the subscription (events being delivered finish first). */
  close(): Promise<void>;
}

/**
 * Delivers a crisis's new events in order: every notification on `<schema>_events` for the crisis triggers a
 * read of the log after the last delivered version (one read at a time; a notification during a read
 * triggers another), so events are never skipped, repeated or reordered even when notifications coalesce.
 * @internal
 */
export async function subscribeToCrisis(
  sql: SqlClient,
  schema: string,
  store: PostgresCrisisEventStore,
  crisisId: string,
  options: SubscribeOptions,
): Promise<CrisisSubscription> {
  if (typeof crisisId !== "string" || crisisId === "")
    throw invalidOption(["crisisId"], "a crisis id is a non-empty string.");
  if (typeof options.onEvent !== "function") throw invalidOption(["onEvent"], "expected a function.");
  if (options.after !== undefined && (!Number.isInteger(options.after) || options.after < 0))
    throw invalidOption(["after"], "a version is a whole number ≥ 0.");
  let version = options.after ?? (await store.head(crisisId))?.version ?? 0;
  let running: Promise<void> | undefined;
  let again = false;
  let closed = false;
  const drain = async (): Promise<void> => {
    do {
      again = false;
      try {
        const events = await store.read(crisisId, version + 1);
        for (const event of events) {
          if (closed) return;
          if (event.seq !== version + 1) break;
          await options.onEvent(event);
          version = event.seq;
        }
      } catch (error) {
        options.onError?.(error);
        return;
      }
    } while (again && !closed);
  };
  const wake = () => {
    if (closed) return;
    if (running !== undefined) {
      again = true;
      return;
    }
    running = drain().finally(() => {
      running = undefined;
    });
  };
  const suffix = `:${crisisId}`;
  const stop = await sql.listen(`${schema}_events`, (payload) => {
    if (!payload.endsWith(suffix)) return;
    const v = Number(payload.slice(0, payload.length - suffix.length));
    if (Number.isInteger(v) && v > version) wake();
  });
  // Events appended between reading the head and listening are caught by this first read.
  wake();
  return {
    get version() {
      return version;
    },
    async close() {
      if (closed) return;
      closed = true;
      await stop();
      await running;
    },
  };
}
