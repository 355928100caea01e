/**
 * Durable, multi-instance stores for normas on PostgreSQL: crisis logs (hash chain, anchored head, idempotency
 * keys, snapshots), MAMA cases (compare-and-set), originality sources (documents and fingerprints, bulk loading), versioned migrations, a deadline worker that escalates each
 * deadline once across instances, and subscriptions to a crisis's new events. `createStores({ pool })` runs on
 * a server through node-postgres; `createEmbeddedStores({ dataDir })` on PGlite, embedded, with no server.
 *
 * @packageDocumentation
 */

export { PostgresCaseStore } from "./case-store.js";
export { PostgresCrisisEventStore } from "./crisis-event-store.js";
export {
  type DeadlineRound,
  type DeadlineWorker,
  type DeadlineWorkerOptions,
  startDeadlineWorker,
} from "./deadline-worker.js";
export { PostgresStoreError, type PostgresStoreErrorCode } from "./errors.js";
export { type MigrateResult, SCHEMA_VERSION } from "./migrations.js";
export type { PgPoolClientLike, PgPoolLike } from "./pg-client.js";
export type { PGliteLike, PGliteTransactionLike } from "./pglite-client.js";
export { DEFAULT_SCHEMA } from "./schema-name.js";
export { PostgresSourceStore } from "./source-store.js";
export {
  type CreateEmbeddedStoresOptions,
  type CreateStoresOptions,
  createEmbeddedStores,
  createStores,
  type NormasStores,
} from "./stores.js";
export type { CrisisSubscription, SubscribeOptions } from "./subscribe.js";
