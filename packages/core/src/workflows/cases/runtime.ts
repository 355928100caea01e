import { NormasError } from "../../model/errors.js";
import type { MessageLocale } from "../../model/locale.js";
import type { CaseEventInput, OpenCaseInput } from "./events.js";
import { openCase, parseCaseState } from "./open.js";
import type { CaseState } from "./state.js";
import { applyCaseEvent, type CaseResult } from "./transition.js";

/**
 * Where a case runtime keeps cases. `save` is a compare-and-set on the history length, so two agents acting
 * on the same case at once cannot overwrite each other: the second one is re-checked against the new state.
 */
export interface CaseStore {
  /** The case with this id, or undefined. */
  load(id: string): Promise<unknown>;
  /**
   * Stores `state` if the stored case has exactly `expectedLength` history entries (0: the case must not
   * exist yet). Returns false, storing nothing, otherwise.
   */
  save(state: CaseState, expectedLength: number): Promise<boolean>;
}

/** An in-memory {@link CaseStore}: for tests, demos and single-process tools. Stores copies, as a database would. */
export class MemoryCaseStore implements CaseStore {
  readonly #cases = new Map<string, CaseState>();

  /** The case with this id, or undefined. */
  async load(id: string): Promise<CaseState | undefined> {
    const found = this.#cases.get(id);
    return found === undefined ? undefined : structuredClone(found);
  }

  /** Stores the case if its stored history still has `expectedLength` entries. */
  async save(state: CaseState, expectedLength: number): Promise<boolean> {
    const current = this.#cases.get(state.id);
    if ((current?.history.length ?? 0) !== expectedLength) return false;
    this.#cases.set(state.id, structuredClone(state));
    return true;
  }

  /** Every stored case (copies), e.g. for `rootCauseReport`. */
  list(): CaseState[] {
    return [...this.#cases.values()].map((c) => structuredClone(c));
  }
}

/** A case runtime failure that is not a refusal: the case is missing, exists already, or keeps conflicting. */
export class CaseRuntimeError extends NormasError {
  constructor(code: "CASE_NOT_FOUND" | "CASE_EXISTS" | "CASE_CONFLICT", message: string) {
    super(code, message);
    this.name = "CaseRuntimeError";
  }
}

/** What {@link createCaseRuntime} needs. */
export interface CaseRuntimeOptions {
  /** Where cases live. */
  readonly store: CaseStore;
  /** The clock (injected: tests pass a fake one). */
  readonly now: () => Date;
  /** Language of thrown errors' issues (default English). */
  readonly locale?: MessageLocale;
}

/** The thin runtime around `applyCaseEvent`: load, apply, save. */
export interface CaseRuntime {
  /** Opens a case and stores it; throws `CaseRuntimeError` (`CASE_EXISTS`) if the id is taken. */
  open(input: OpenCaseInput): Promise<CaseState>;
  /** Applies an event to a stored case at the clock's time and stores the result when accepted. */
  apply(id: string, event: CaseEventInput): Promise<CaseResult>;
  /** The stored case; throws `CaseRuntimeError` (`CASE_NOT_FOUND`) if there is none. */
  get(id: string): Promise<CaseState>;
}

const MAX_ATTEMPTS = 5;

/**
 * Creates the thin runtime around the pure workflow: it loads a case, applies the event with the injected
 * clock, and saves the new state with a compare-and-set, retrying on a concurrent change. Refusals are
 * returned, never thrown, and leave the stored case as it was.
 *
 * @example
 * ```ts
 * import { createCaseRuntime, MemoryCaseStore } from "@normas/core";
 *
 * const cases = createCaseRuntime({ store: new MemoryCaseStore(), now: () => new Date() });
 * await cases.open({ id: "c1", brand: "acme-es", by: "lucia", subject: { kind: "comment", comment: { text: "¿Y mi pedido?" } } });
 * const result = await cases.apply("c1", { type: "publish", by: "lucia", text: "Lo sentimos" });
 * result.ok; // false: mama/phase-skipped
 * ```
 */
export function createCaseRuntime(options: CaseRuntimeOptions): CaseRuntime {
  const { store, now } = options;
  const locale = options.locale ?? "en";
  const get = async (id: string): Promise<CaseState> => {
    const raw = await store.load(id);
    if (raw === undefined) throw new CaseRuntimeError("CASE_NOT_FOUND", `No case with id "${id}".`);
    return parseCaseState(raw, locale);
  };
  return {
    async open(input) {
      const state = openCase(input, now(), locale);
      if (!(await store.save(state, 0))) {
        throw new CaseRuntimeError("CASE_EXISTS", `A case with id "${state.id}" exists already.`);
      }
      return state;
    },
    async apply(id, event) {
      for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
        const state = await get(id);
        const result = applyCaseEvent(state, event, now());
        if (!result.ok) return result;
        if (await store.save(result.state, state.history.length)) return result;
      }
      throw new CaseRuntimeError("CASE_CONFLICT", `Case "${id}" kept changing; the event was not applied.`);
    },
    get,
  };
}
