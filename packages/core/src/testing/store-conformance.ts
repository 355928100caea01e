import { caseStoreChecks } from "./case-store-checks.js";
import type { ConformanceCheck, StoreConformanceSubject } from "./conformance-kit.js";
import { crisisStoreChecks } from "./crisis-store-checks.js";
import { eventStreamChecks } from "./event-stream-checks.js";
import { sourceStoreChecks } from "./source-store-checks.js";

let runs = 0;

/**
 * The store conformance suite: the named checks any implementation of the store ports must pass (event
 * streams for crisis logs, compare-and-set for MAMA cases, documents and fingerprints for originality sources). It is framework-agnostic: each check is an async
 * function that rejects with a `ConformanceFailure` saying what the store did wrong, so it runs under vitest,
 * jest, mocha or `node:test`. Each check calls the factory for a fresh store and closes it after.
 *
 * It checks: reads return exactly what was appended; appends at a stale version are refused and write
 * nothing; exactly one of concurrent appends (and compare-and-sets) at one version wins; a retry with the same
 * idempotency key and payload is a duplicate with the first events, even after the stream moved on; the same
 * key with another payload is refused (`idempotency_conflict`); keys are per stream; snapshots replace each
 * other and, with the events after them, equal a full replay; changed, removed, reordered events and events
 * removed at the end (through the anchored head) are detected by `verify()` and `load`; a snapshot ahead of the
 * log or corrupt is a typed error; stored data cannot be changed through what the store hands out; and the
 * `Crisis` and `MamaCase` runtimes work on the store (conflicts between instances, idempotent retries); source
 * documents come back exactly as put, a document is replaced or deleted with its fingerprints, candidates are
 * ranked by shared fingerprints, a full scan pages in id order, and `StoredSourceIndex` on the store finds what
 * an in-memory `SourceIndex` finds.
 *
 * @example
 * ```ts
 * import { MemoryCaseStore, MemoryCrisisEventStore } from "@normas/core";
 * import { MemorySourceStore } from "@normas/core/originality";
 * import { storeConformanceChecks } from "@normas/core/testing";
 * import { describe, it } from "vitest";
 *
 * describe("memory stores", () => {
 *   const checks = storeConformanceChecks({
 *     eventStreams: () => {
 *       const store = new MemoryCrisisEventStore();
 *       return { store, rewriteEvents: (id, edit) => store.rewriteEvents(id, edit) };
 *     },
 *     cases: () => ({ store: new MemoryCaseStore() }),
 *     sources: () => ({ store: new MemorySourceStore() }),
 *   });
 *   for (const check of checks) it(check.name, check.run);
 * });
 * ```
 */
export function storeConformanceChecks(subject: StoreConformanceSubject): readonly ConformanceCheck[] {
  runs++;
  const prefix =
    subject.idPrefix ??
    `conformance-${Date.now().toString(36)}-${runs}-${Math.random().toString(36).slice(2, 8)}`;
  let n = 0;
  const id = (name: string) => `${prefix}-${++n}-${name.replace(/[^a-z0-9]+/gi, "-").slice(0, 40)}`;
  return [
    ...(subject.eventStreams !== undefined ? eventStreamChecks(subject.eventStreams, id) : []),
    ...(subject.eventStreams !== undefined ? crisisStoreChecks(subject.eventStreams, id) : []),
    ...(subject.cases !== undefined ? caseStoreChecks(subject.cases, id) : []),
    ...(subject.sources !== undefined ? sourceStoreChecks(subject.sources, id) : []),
  ];
}
