/**
 * Norm 1: the winnowing source index, its stores and snapshots, and attribution (quotation plus credit).
 *
 * @packageDocumentation
 */

export { MemorySourceStore } from "./engine/ports/memory-source-store.js";
export type { SourceCandidate, SourceRecord, SourceStore } from "./engine/ports/source-store.js";
export type {
  Attribution,
  CreditEvidence,
  CreditKind,
  QuoteEvidence,
  QuoteStyle,
  SourceFragment,
  SourceLookup,
  SourceLookupOptions,
  SourceMatch,
} from "./engine/source-lookup.js";
export {
  type AttributionOptions,
  detectAttribution,
  findCredits,
  findQuotations,
  type SourceCredit,
} from "./originality/attribution.js";
export {
  type FingerprintData,
  type FingerprintStore,
  InMemoryFingerprintStore,
  type InMemoryFingerprintStoreOptions,
  MAX_DOCUMENT_SLOTS,
} from "./originality/fingerprint-store.js";
export {
  exportSourceIndex,
  importSourceIndex,
  type SourceIndexSnapshot,
  SourceIndexSnapshotSchema,
} from "./originality/snapshot.js";
export {
  InMemorySourceDocumentStore,
  MAX_SOURCE_LENGTH,
  type SourceDocument,
  type SourceDocumentInput,
  SourceDocumentSchema,
  type SourceDocumentStore,
} from "./originality/source-document.js";
export {
  MAX_DRAFT_LENGTH,
  SourceIndex,
  type SourceIndexOptions,
  SourceIndexOptionsSchema,
  type SourceIndexParameters,
  type SourceIndexStats,
  type SourceIndexStores,
} from "./originality/source-index.js";
export { STOP_PHRASES_EN, STOP_PHRASES_ES } from "./originality/stop-phrases.js";
export { StoredSourceIndex, type StoredSourceIndexOptions } from "./originality/stored-source-index.js";
export { foldWords } from "./originality/words.js";
