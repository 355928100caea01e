// A pool of worker threads that check batches of units. Batches are answered in the order they were sent (the
// run awaits them first in, first out), and at most a few are in flight, so memory stays bounded whatever the
// input size.
import { Worker } from "node:worker_threads";
import type { CheckSettings } from "./env.js";
import type { BatchOutput, Unit } from "./process-unit.js";

type Reply = { id: number; output: BatchOutput } | { id: number; error: string };

interface Slot {
  readonly worker: Worker;
  busy: boolean;
}

interface Task {
  readonly id: number;
  readonly units: readonly Unit[];
  readonly resolve: (output: BatchOutput) => void;
  readonly reject: (error: Error) => void;
}

/** Worker threads running `worker.js`, each with its own environment built from the same settings. */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: Task[] = [];
  private readonly pending = new Map<number, Task>();
  private nextId = 0;
  private failure: Error | undefined;
  private readyCount = 0;
  /** Resolves when every worker has built its environment. */
  readonly ready: Promise<void>;

  constructor(script: URL, settings: CheckSettings, size: number) {
    let markReady: () => void = () => {};
    let markFailed: (e: Error) => void = () => {};
    this.ready = new Promise<void>((resolve, reject) => {
      markReady = resolve;
      markFailed = reject;
    });
    this.ready.catch(() => {});
    for (let i = 0; i < size; i++) {
      const worker = new Worker(script, { workerData: { settings } });
      const slot: Slot = { worker, busy: true };
      this.slots.push(slot);
      worker.on("message", (message: { type: "ready" } | { type: "failed"; message: string } | Reply) => {
        if ("type" in message) {
          if (message.type === "failed") {
            this.fail(new Error(message.message));
            markFailed(new Error(message.message));
            return;
          }
          slot.busy = false;
          if (++this.readyCount === size) markReady();
          this.pump();
          return;
        }
        const task = this.pending.get(message.id);
        this.pending.delete(message.id);
        slot.busy = false;
        if (task !== undefined) {
          if ("error" in message) task.reject(new Error(message.error));
          else task.resolve(message.output);
        }
        this.pump();
      });
      worker.on("error", (error) => {
        this.fail(error);
        markFailed(error);
      });
      worker.on("exit", (code) => {
        if (code !== 0 && this.failure === undefined)
          this.fail(new Error(`A worker thread stopped (exit code ${code}).`));
      });
    }
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const task of [...this.pending.values(), ...this.waiting]) task.reject(error);
    this.pending.clear();
    this.waiting.length = 0;
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.busy) continue;
      const task = this.waiting.shift();
      if (task === undefined) return;
      slot.busy = true;
      this.pending.set(task.id, task);
      slot.worker.postMessage({ id: task.id, units: task.units });
    }
  }

  /** Checks a batch of units in the next free worker. */
  run(units: readonly Unit[]): Promise<BatchOutput> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.waiting.push({ id: this.nextId++, units, resolve, reject });
      this.pump();
    });
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
