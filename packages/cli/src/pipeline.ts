// Sends units to be checked — in this thread, or in a pool of worker threads once the input is large — and hands
// their results back in input order. At most a few batches are in flight: memory stays bounded.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { CheckEnv } from "./env.js";
import { WorkerPool } from "./pool.js";
import { processUnit, type Unit, type UnitOutput } from "./process-unit.js";
import type { Reporter } from "./report/types.js";

/** What the run does with one unit's result, in input order. */
export type Handler = (output: UnitOutput) => Promise<void> | void;

type Entry =
  | { readonly results: Promise<UnitOutput[]>; readonly handlers: readonly Handler[] }
  | { readonly after: () => Promise<void> | void };

/** Units per batch sent to a worker. */
const BATCH = 256;
/** Units checked in this thread before a pool is started: small runs never pay for starting workers. */
const POOL_AFTER = 2_000;

/** Where the worker script is, when the CLI runs from its build (not from sources, as in unit tests). */
function workerScript(): URL | undefined {
  try {
    const url = new URL("./worker.js", import.meta.url);
    return existsSync(fileURLToPath(url)) ? url : undefined;
  } catch {
    return undefined;
  }
}

/** Checks units in order with a bounded number in flight. */
export class Pipeline {
  private readonly queue: Entry[] = [];
  private units: Unit[] = [];
  private handlers: Handler[] = [];
  private checked = 0;
  private pool: WorkerPool | undefined;
  private poolReady = false;
  /** Number of worker threads used (0 until a pool is started). */
  workers = 0;

  constructor(
    private readonly env: CheckEnv,
    private readonly reporter: Reporter,
    private readonly concurrency: number,
  ) {}

  /** Queues one unit; `handle` gets its result once every earlier unit's result was handled. */
  async push(unit: Unit, handle: Handler): Promise<void> {
    this.units.push(unit);
    this.handlers.push(handle);
    if (this.units.length >= BATCH) await this.dispatch();
  }

  /** Runs `fn` once every unit pushed so far has been handled (e.g. to finish writing a fixed file). */
  async after(fn: () => Promise<void> | void): Promise<void> {
    await this.dispatch();
    if (this.queue.length === 0) await fn();
    else this.queue.push({ after: fn });
  }

  /** Handles everything still queued and stops the workers. */
  async finish(): Promise<void> {
    try {
      await this.dispatch();
      while (this.queue.length > 0) await this.handleFirst();
    } finally {
      await this.pool?.close();
    }
  }

  private startPool(): void {
    if (this.pool !== undefined || this.concurrency < 2 || this.checked < POOL_AFTER) return;
    const script = workerScript();
    if (script === undefined) return;
    const pool = new WorkerPool(script, this.env.settings, this.concurrency);
    this.pool = pool;
    this.workers = this.concurrency;
    // Until every worker is ready, this thread keeps checking: starting workers costs a policy compile each.
    pool.ready.then(
      () => {
        this.poolReady = true;
      },
      () => {
        this.pool = undefined;
        this.workers = 0;
        void pool.close();
      },
    );
  }

  private async dispatch(): Promise<void> {
    if (this.units.length === 0) return;
    const units = this.units;
    const handlers = this.handlers;
    this.units = [];
    this.handlers = [];
    this.checked += units.length;
    if (this.pool !== undefined && this.poolReady) {
      this.queue.push({ results: this.pool.run(units), handlers });
      while (this.queue.length > this.concurrency * 3) await this.handleFirst();
      return;
    }
    const outputs = units.map((unit) => processUnit(this.env, this.reporter, unit));
    if (this.queue.length > 0) this.queue.push({ results: Promise.resolve(outputs), handlers });
    else for (const [i, output] of outputs.entries()) await handlers[i]?.(output);
    this.startPool();
  }

  private async handleFirst(): Promise<void> {
    const entry = this.queue.shift();
    if (entry === undefined) return;
    if ("after" in entry) {
      await entry.after();
      return;
    }
    const outputs = await entry.results;
    for (const [i, output] of outputs.entries()) await entry.handlers[i]?.(output);
  }
}
