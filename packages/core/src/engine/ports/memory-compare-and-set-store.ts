import { InputError } from "../../model/errors.js";
import type { CompareAndSetStore, SaveResult, Versioned } from "./compare-and-set-store.js";
import { frozenCopy } from "./frozen-copy.js";

/**
 * The in-memory {@link CompareAndSetStore}: for tests, demos and single-process tools. It keeps frozen copies
 * of what it is given and hands those out, so no caller can change a stored record through an object it holds.
 *
 * @example
 * ```ts
 * import { MamaCase, MemoryCaseStore } from "@normas/core/cases";
 * const store = new MemoryCaseStore();
 * const c = await MamaCase.open(store, { id: "c1", brand: "acme-es", by: "lucia", subject: { kind: "comment", comment: { text: "¿Y mi pedido?" } } }, Date.now());
 * ```
 */
export class MemoryCompareAndSetStore<S> implements CompareAndSetStore<S> {
  readonly #records = new Map<string, Versioned<S>>();

  /** The record with this id and its version, or undefined. */
  async load(id: string): Promise<Versioned<S> | undefined> {
    return this.#records.get(id);
  }

  /** Stores a frozen copy of `state` as version `expectedVersion + 1` if the stored version is `expectedVersion`. */
  async save(id: string, state: S, expectedVersion: number): Promise<SaveResult> {
    if (typeof id !== "string" || id === "")
      throw new InputError([
        {
          code: "invalid_id",
          path: ["id"],
          pathText: "id",
          message: "A record id must be a non-empty string.",
        },
      ]);
    if (!Number.isInteger(expectedVersion) || expectedVersion < 0)
      throw new InputError([
        {
          code: "invalid_version",
          path: ["expectedVersion"],
          pathText: "expectedVersion",
          message: "expectedVersion must be a whole number ≥ 0.",
        },
      ]);
    const version = this.#records.get(id)?.version ?? 0;
    if (version !== expectedVersion) return { ok: false, reason: "version_conflict", version };
    this.#records.set(id, Object.freeze({ state: frozenCopy(state), version: version + 1 }));
    return { ok: true, version: version + 1 };
  }

  /** Every stored record, in the order first saved (frozen, as stored). */
  list(): S[] {
    return [...this.#records.values()].map((r) => r.state);
  }
}
