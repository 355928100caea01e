import type { EventStreamStore } from "../../engine/ports/event-stream-store.js";
import { MemoryEventStreamStore } from "../../engine/ports/memory-event-stream-store.js";
import type { CrisisState } from "./crisis-state.js";
import type { SealedCrisisEvent } from "./event.js";

/**
 * Where crisis logs live: the event stream port with crisis events and states (one stream per crisis id).
 * Implement `EventStreamStore` over a database and check it with the store conformance suite
 * (`@normas/core/testing`); {@link MemoryCrisisEventStore} is the in-memory one.
 */
export type CrisisEventStore = EventStreamStore<SealedCrisisEvent, CrisisState>;

/**
 * The in-memory `EventStreamStore` typed for crisis logs (the same class as `MemoryEventStreamStore`, with its
 * type arguments given): for tests, drills and single-process tools.
 *
 * @example
 * ```ts
 * import { Crisis, MemoryCrisisEventStore, standardProtocol } from "@normas/core/crisis";
 * const crisis = await Crisis.open(new MemoryCrisisEventStore(), standardProtocol, { crisisId: "c1", brand: "acme-es", actor: "ana", role: "community-manager" }, Date.now());
 * ```
 *
 * @category Workflows
 */
export class MemoryCrisisEventStore extends MemoryEventStreamStore<SealedCrisisEvent, CrisisState> {}
