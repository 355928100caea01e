// The crises this server has opened or loaded: one runtime per crisis (the runtime runs its commands one after
// another), which crisis is open for which brand, and who listens to a crisis's events (Server-Sent Events).
import type { BrandCrisisState } from "@normas/core";
import {
  brandCrisisState,
  Crisis,
  type CrisisEventStore,
  type CrisisProtocol,
  type OpenCrisisOptions,
  type SealedCrisisEvent,
} from "@normas/core/crisis";

type Listener = (events: readonly SealedCrisisEvent[]) => void;

/** @internal */
export class CrisisRegistry {
  readonly #store: CrisisEventStore;
  readonly #protocol: CrisisProtocol;
  readonly #live = new Map<string, Promise<Crisis>>();
  readonly #byBrand = new Map<string, Set<string>>();
  readonly #listeners = new Map<string, Set<Listener>>();

  constructor(store: CrisisEventStore, protocol: CrisisProtocol) {
    this.#store = store;
    this.#protocol = protocol;
  }

  get store(): CrisisEventStore {
    return this.#store;
  }

  get protocol(): CrisisProtocol {
    return this.#protocol;
  }

  async open(options: OpenCrisisOptions, now: number): Promise<Crisis> {
    const crisis = await Crisis.open(this.#store, this.#protocol, options, now);
    this.#live.set(crisis.state.crisisId, Promise.resolve(crisis));
    this.#index(crisis);
    return crisis;
  }

  /** The runtime of a crisis, loaded from the store on first use (`WORKFLOW_NOT_FOUND` when there is none). */
  get(id: string): Promise<Crisis> {
    const live = this.#live.get(id);
    if (live !== undefined) return live;
    const found: Promise<Crisis> = Crisis.load(this.#store, this.#protocol, id);
    this.#live.set(id, found);
    found.then(
      (c) => this.#index(c),
      () => this.#live.delete(id),
    );
    return found;
  }

  /**
   * Fires the overdue deadlines of every crisis this process holds (the runtime escalates; an accepted tick
   * with no event is a no-op), and tells their listeners.
   */
  async tickAll(now: number): Promise<void> {
    for (const pending of [...this.#live.values()]) {
      const crisis = await pending.catch(() => undefined);
      if (crisis === undefined) continue;
      const r = await crisis.tick(now);
      if (r.accepted && !r.duplicate) this.recorded(crisis, r.events);
    }
  }

  /** Tells the listeners of a crisis about its new events and updates the brand index. */
  recorded(crisis: Crisis, events: readonly SealedCrisisEvent[]): void {
    this.#index(crisis);
    if (events.length === 0) return;
    for (const listener of this.#listeners.get(crisis.state.crisisId) ?? []) listener(events);
  }

  listen(id: string, listener: Listener): () => void {
    let set = this.#listeners.get(id);
    if (set === undefined) {
      set = new Set();
      this.#listeners.set(id, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.#listeners.delete(id);
    };
  }

  /** What evaluation must know of the brand's open crisis (the first active one), or undefined. */
  async brandState(brand: string): Promise<BrandCrisisState | undefined> {
    for (const id of this.#byBrand.get(brand) ?? []) {
      const crisis = await this.get(id);
      const state = brandCrisisState(this.#protocol, crisis.state);
      if (state.active) return state;
    }
    return undefined;
  }

  /** Ids of the crises this server knows for a brand. */
  idsOf(brand: string): readonly string[] {
    return [...(this.#byBrand.get(brand) ?? [])];
  }

  #index(crisis: Crisis): void {
    const { brand, crisisId } = crisis.state;
    const active = brandCrisisState(this.#protocol, crisis.state).active;
    let ids = this.#byBrand.get(brand);
    if (active) {
      if (ids === undefined) {
        ids = new Set();
        this.#byBrand.set(brand, ids);
      }
      ids.add(crisisId);
    } else ids?.delete(crisisId);
  }
}
