import type { CompiledPolicy, Policy } from "@normas/core";
import type { CaseStore } from "@normas/core/cases";
import type { Logger } from "pino";
import type { CrisisRegistry } from "./crisis-registry.js";
import type { ServerStores } from "./stores.js";

/** What every route reads: the compiled policy, the workflows, the clock and ids. @internal */
export interface ServerContext {
  readonly policy: Policy;
  readonly compiled: CompiledPolicy;
  readonly crises: CrisisRegistry;
  readonly cases: CaseStore;
  readonly now: () => number;
  readonly newId: () => string;
  readonly logger: Logger;
  /** The store's cross-instance subscription to a crisis's events, when it has one. */
  readonly subscribe: ServerStores["subscribe"];
  /** Open event streams, closed on shutdown. */
  readonly streams: Set<() => void>;
}
