import {
  Crisis,
  type CrisisEffect,
  type CrisisProtocol,
  type EpochMs,
  type SealedCrisisEvent,
} from "@normas/core/crisis";
import { invalidOption } from "./errors.js";
import type { NormasStores } from "./stores.js";

/** Options of {@link startDeadlineWorker}. */
export interface DeadlineWorkerOptions {
  /** The stores whose crises the worker watches (every crisis of their schema). */
  readonly stores: NormasStores;
  /** The protocol the crises follow. */
  readonly protocol: CrisisProtocol;
  /** Milliseconds between rounds when nothing wakes the worker (default 1000). Appends wake it at once. */
  readonly interval?: number;
  /** The clock (default `Date.now`): whole epoch milliseconds. */
  readonly now?: () => EpochMs;
  /** Most crises claimed per round (default 20). */
  readonly batch?: number;
  /** How long a claim holds if its worker dies before releasing it, in milliseconds (default 30 000). */
  readonly leaseMs?: number;
  /** Called after the worker wrote escalations for a crisis: send the notifications in `effects`. */
  readonly onEscalated?: (
    crisisId: string,
    events: readonly SealedCrisisEvent[],
    effects: readonly CrisisEffect[],
  ) => void | Promise<void>;
  /** Called when a crisis cannot be loaded or ticked (e.g. a log that fails verification), or a round fails. */
  readonly onError?: (error: unknown, crisisId: string | undefined) => void;
}

/** What one round of the worker did. */
export interface DeadlineRound {
  /** Crises the worker claimed and looked at. */
  readonly checked: number;
  /** Escalation events it wrote. */
  readonly escalated: number;
}

/** A running deadline worker. */
export interface DeadlineWorker {
  /** Runs one round now (claims due or changed crises, escalates what is due); rounds never overlap. */
  runOnce(): Promise<DeadlineRound>;
  /** Stops the worker: no new round starts; the running one finishes first. */
  stop(): Promise<void>;
}

const TICK_ATTEMPTS = 5;

/**
 * Starts the deadline worker: any number of app instances may run one on the same database. Each round claims
 * the crises whose log moved since last looked at, or whose next deadline is due, with `FOR UPDATE SKIP
 * LOCKED` and a lease (so two workers never work on the same crisis at once and a dead worker's claim
 * expires), escalates what is due through `Crisis.tick`, and records the crisis's next due time. Each
 * deadline escalates exactly once: the escalation is an event appended at an expected version, so even a
 * worker that lost its lease cannot write it twice. Rounds run every `interval` and as soon as any instance
 * appends to a crisis (`LISTEN/NOTIFY`).
 *
 * @example
 * ```ts
 * import { standardProtocol } from "@normas/core/crisis";
 * import { createStores, startDeadlineWorker } from "@normas/postgres";
 *
 * const worker = startDeadlineWorker({ stores, protocol: standardProtocol, interval: 5_000,
 *   onEscalated: (crisisId, events, effects) => notify(effects) });
 * // on shutdown
 * await worker.stop();
 * ```
 */
export function startDeadlineWorker(options: DeadlineWorkerOptions): DeadlineWorker {
  if (typeof options !== "object" || options === null) throw invalidOption([], "pass { stores, protocol }.");
  const { stores, protocol } = options;
  if (typeof stores !== "object" || stores === null || stores.crises === undefined)
    throw invalidOption(["stores"], "expected the stores of createStores or createEmbeddedStores.");
  if (typeof protocol !== "object" || protocol === null)
    throw invalidOption(["protocol"], "expected a crisis protocol (e.g. standardProtocol).");
  const interval = positive(options.interval, 1000, "interval");
  const batch = positive(options.batch, 20, "batch");
  const leaseMs = positive(options.leaseMs, 30_000, "leaseMs");
  const now = options.now ?? (() => Date.now());
  const me = `worker-${Math.random().toString(36).slice(2, 10)}`;
  const s = stores.schema;
  const sql = stores.sql;

  const tickOne = async (crisisId: string, at: EpochMs): Promise<number> => {
    let crisis: Crisis<CrisisProtocol> | undefined;
    let escalated = 0;
    try {
      crisis = await Crisis.load(stores.crises, protocol, crisisId);
      for (let attempt = 0; attempt < TICK_ATTEMPTS; attempt++) {
        const r = await crisis.tick(at);
        if (r.accepted) {
          if (r.events.length > 0 && !r.duplicate) {
            escalated += r.events.length;
            await options.onEscalated?.(crisisId, r.events as readonly SealedCrisisEvent[], r.effects);
          }
          break;
        }
        if (r.refusal.code !== "version_conflict") {
          options.onError?.(r.refusal, crisisId);
          break;
        }
      }
    } catch (error) {
      options.onError?.(error, crisisId);
    }
    let nextDue: number | null = null;
    if (crisis !== undefined)
      for (const p of crisis.state.pending) if (nextDue === null || p.dueAt < nextDue) nextDue = p.dueAt;
    // A crisis that failed to load is not looked at again until its log moves.
    await sql.query(
      `UPDATE ${s}.crisis_deadlines d
       SET checked_version = CASE WHEN $3::integer IS NULL THEN st.version ELSE $3::integer END,
           next_due_at = $4, claimed_by = NULL, claimed_until = NULL
       FROM ${s}.crisis_streams st
       WHERE d.stream_id = $1 AND st.stream_id = d.stream_id AND d.claimed_by = $2`,
      [crisisId, me, crisis?.version ?? null, nextDue],
    );
    return escalated;
  };

  const round = async (): Promise<DeadlineRound> => {
    const at = now();
    await sql.query(
      `INSERT INTO ${s}.crisis_deadlines (stream_id)
       SELECT st.stream_id FROM ${s}.crisis_streams st
       WHERE NOT EXISTS (SELECT 1 FROM ${s}.crisis_deadlines d WHERE d.stream_id = st.stream_id)
       ON CONFLICT (stream_id) DO NOTHING`,
    );
    const claimed = await sql.query<{ stream_id: string }>(
      `UPDATE ${s}.crisis_deadlines SET claimed_by = $1, claimed_until = $2::bigint + $3::bigint
       WHERE stream_id IN (
         SELECT d.stream_id FROM ${s}.crisis_deadlines d JOIN ${s}.crisis_streams st USING (stream_id)
         WHERE (d.checked_version < st.version OR d.next_due_at <= $2::bigint)
           AND (d.claimed_until IS NULL OR d.claimed_until < $2::bigint)
         ORDER BY d.next_due_at NULLS FIRST
         LIMIT $4
         FOR UPDATE OF d SKIP LOCKED)
       RETURNING stream_id`,
      [me, at, leaseMs, batch],
    );
    let escalated = 0;
    for (const row of claimed.rows) escalated += await tickOne(row.stream_id, at);
    return { checked: claimed.rows.length, escalated };
  };

  let running: Promise<DeadlineRound> | undefined;
  let again = false;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const runOnce = (): Promise<DeadlineRound> => {
    if (running !== undefined) {
      again = true;
      return running;
    }
    running = (async () => {
      let total = { checked: 0, escalated: 0 };
      do {
        again = false;
        const r = await round();
        total = { checked: total.checked + r.checked, escalated: total.escalated + r.escalated };
        // A full batch may have left more to claim.
        if (r.checked >= batch) again = true;
      } while (again && !stopped);
      return total;
    })().finally(() => {
      running = undefined;
    });
    return running;
  };
  const background = () => {
    runOnce().catch((error: unknown) => options.onError?.(error, undefined));
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      background();
      schedule();
    }, interval);
  };
  const listening = sql.listen(`${s}_events`, () => {
    if (!stopped) background();
  });
  listening.catch((error: unknown) => options.onError?.(error, undefined));
  schedule();
  background();
  return {
    runOnce,
    async stop() {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      const unlisten = await listening.catch(() => undefined);
      await unlisten?.();
      await running?.catch(() => undefined);
    },
  };
}

function positive(value: unknown, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isInteger(value) || value <= 0 || value > 2 ** 31 - 1)
    throw invalidOption([name], "expected a whole number > 0.");
  return value;
}
