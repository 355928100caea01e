/**
 * Test utilities for rule authors, apps and adapters: the `RuleTester` (valid and invalid texts per language for
 * one rule, with message ids, spans and fix output), and the store conformance suite that any implementation of
 * the store ports (crisis event streams, case compare-and-set, originality sources) runs to prove it behaves as the
 * core requires.
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
export {
  type DescribeFunction,
  type ExpectedReport,
  type InvalidRuleTestCase,
  type ItFunction,
  type RuleTestCase,
  RuleTester,
  RuleTesterError,
  type RuleTesterOptions,
  type RuleTests,
  type RuleTestTarget,
} from "./testing/rule-tester.js";
export { storeConformanceChecks } from "./testing/store-conformance.js";
