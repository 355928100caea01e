// Sends units to be checked — in this thread, or in a pool of worker threads once the input is large — and hands
// their results back in input order, a batch at a time. At most a few batches are in flight: memory stays
// bounded whatever the input size.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { CheckEnv } from "./env.js";
import { WorkerPool } from "./pool.js";
import { type BatchOutput, processBatch, type Unit } from "./process-unit.js";
import type { Reporter } from "./report/types.js";

/** What the run does with a batch's result, in input order; `tags` are those given with its units. */
export type BatchHandler<Tag> = (output: BatchOutput, tags: readonly Tag[]) => Promise<void> | void;

type Entry<Tag> =
  | { readonly results: Promise<BatchOutput>; readonly tags: readonly Tag[] }
  | { readonly after: () => Promise<void> | void };

/** Units per batch: one message to a worker and one back. */
const BATCH = 512;
/** Units checked in this thread before a pool is started: small runs never pay for starting workers. */
export const POOL_AFTER = 2_000;

/** Where the worker script is, when the CLI runs from its build (not from sources, as in unit tests). */
function workerScript(): URL | undefined {
  try {
    const url = new URL("./worker.js", import.meta.url);
    return existsSync(fileURLToPath(url)) ? url : undefined;
  } catch {
    return undefined;
  }
}

/** Checks units in order with a bounded number of batches in flight. */
export class Pipeline<Tag> {
  private readonly queue: Entry<Tag>[] = [];
  private units: Unit[] = [];
  private tags: Tag[] = [];
  private checked = 0;
  private pool: WorkerPool | undefined;
  private poolReady = false;
  /** Number of worker threads used (0 until a pool is started). */
  workers = 0;

  constructor(
    private readonly env: CheckEnv,
    private readonly reporter: Reporter,
    private readonly concurrency: number,
    private readonly handle: BatchHandler<Tag>,
    /** Units checked in this thread before workers start (0: workers from the first batch, waited for). */
    private readonly poolAfter = POOL_AFTER,
  ) {}

  /** Queues one unit; its batch is handled once every earlier batch was. */
  async push(unit: Unit, tag: Tag): Promise<void> {
    this.units.push(unit);
    this.tags.push(tag);
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
    if (this.pool !== undefined || this.concurrency < 2 || this.checked < this.poolAfter) return;
    const script = workerScript();
    if (script === undefined) return;
    const pool = new WorkerPool(script, this.env.settings, this.concurrency);
    this.pool = pool;
    this.workers = this.concurrency;
    // Until every worker is ready, this thread keeps checking: starting a worker costs a policy compile.
    pool.ready.then(
      () => {
        this.poolReady = true;
      },
      () => {
        // Workers that cannot start (no threads here): go on in this thread.
        this.pool = undefined;
        this.workers = 0;
        void pool.close();
      },
    );
  }

  private async dispatch(): Promise<void> {
    if (this.units.length === 0) return;
    const units = this.units;
    const tags = this.tags;
    this.units = [];
    this.tags = [];
    this.checked += units.length;
    this.startPool();
    if (this.pool !== undefined && !this.poolReady && this.poolAfter === 0)
      await this.pool.ready.catch(() => {});
    if (this.pool !== undefined && this.poolReady) {
      this.queue.push({ results: this.pool.run(units), tags });
      while (this.queue.length > this.concurrency * 2) await this.handleFirst();
      return;
    }
    const output = processBatch(this.env, this.reporter, units);
    if (this.queue.length > 0) this.queue.push({ results: Promise.resolve(output), tags });
    else await this.handle(output, tags);
  }

  private async handleFirst(): Promise<void> {
    const entry = this.queue.shift();
    if (entry === undefined) return;
    if ("after" in entry) await entry.after();
    else await this.handle(await entry.results, entry.tags);
  }
}
