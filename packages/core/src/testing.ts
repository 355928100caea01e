/**
 * Test utilities for apps and adapters: the store conformance suite that any implementation of the store
 * ports (crisis event streams, case compare-and-set, originality sources) runs to prove it behaves as the core requires.
 *
 * @packageDocumentation
 */

export {
  type CaseStoreUnderTest,
  type ConformanceCheck,
  ConformanceFailure,
  type EventStreamStoreUnderTest,
  type SourceStoreUnderTest,
  type StoreConformanceSubject,
} from "./testing/conformance-kit.js";
export { storeConformanceChecks } from "./testing/store-conformance.js";
