import type { CaseStore } from "@normas/core/cases";
import { MemoryCaseStore } from "@normas/core/cases";
import type { CrisisEventStore, SealedCrisisEvent } from "@normas/core/crisis";
import { MemoryCrisisEventStore } from "@normas/core/crisis";

/** A running subscription of {@link ServerStores.subscribe}. */
export interface StoreSubscription {
  /** Stops delivering events. */
  close(): Promise<void>;
}

/**
 * Where the server keeps crises and cases: the core's store ports. `@normas/postgres` gives them on PostgreSQL
 * (`createStores({ pool })`) or embedded PGlite (`createEmbeddedStores({ dataDir })`), and its stores fit this
 * type as they are; {@link memoryStores} keeps them in this process only.
 */
export interface ServerStores {
  /** Crisis event logs (hash-chained, append-only). */
  readonly crises: CrisisEventStore;
  /** MAMA cases (compare-and-set). */
  readonly cases: CaseStore;
  /**
   * Delivers a crisis's events appended by any instance, in order, after version `after` (`@normas/postgres`
   * has it). Without it the event streams see the events this process writes.
   */
  readonly subscribe?: (
    crisisId: string,
    onEvent: (event: SealedCrisisEvent) => void | Promise<void>,
    options?: { readonly after?: number },
  ) => Promise<StoreSubscription>;
  /** Releases the storage on shutdown. */
  readonly close?: () => Promise<void>;
}

/** Stores in this process's memory: for tests and trials (everything is lost on exit). */
export function memoryStores(): ServerStores {
  return { crises: new MemoryCrisisEventStore(), cases: new MemoryCaseStore() };
}
