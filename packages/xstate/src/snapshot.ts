import { InputError, type Issue } from "@normas/core";
import { type CrisisState, CrisisStateSchema } from "@normas/core/crisis";
import { createActor, type Snapshot } from "xstate";
import type { CrisisMachineContext } from "./to-machine.js";

const issue = (path: (string | number)[], code: string, message: string): Issue => ({
  code,
  path,
  pathText: path.length === 0 ? "(root)" : path.join("."),
  message,
});

/** The crisis state in `value`, or an `InputError` whose issues carry paths under `prefix`. */
function readCrisisState(value: unknown, prefix: (string | number)[], intro: string): CrisisState {
  const parsed = CrisisStateSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new InputError(
    parsed.error.issues.map((i) =>
      issue(
        [...prefix, ...i.path.filter((p): p is string | number => typeof p !== "symbol")],
        i.code,
        i.message,
      ),
    ),
    intro,
  );
}

/** What {@link toMachineSnapshot} reads of a machine made by `toMachine` (its state nodes). */
export interface CrisisMachineLike {
  /** The machine's root state node. */
  readonly root: {
    /** Its child states by id. */
    readonly states: Readonly<Record<string, { readonly type: string }>>;
  };
}

// `createActor` for a machine known only by its shape (XState's generic options do not fit an erased type).
const createAny = createActor as unknown as (
  logic: unknown,
  options: { readonly input: unknown },
) => { getPersistedSnapshot(): unknown };

/**
 * A persisted XState snapshot of `machine` (from {@link toMachine}) holding `state`, for
 * `createActor(machine, { snapshot })`: moves a crisis from the normas runtime (`Crisis.state`, or a replayed
 * log) to XState. The started actor re-arms the deadline timer from the state's due times (an overdue deadline
 * escalates at once).
 *
 * @throws `InputError` when `machine` is not a machine, `state` is not a valid crisis state, or is in a state the
 * machine does not have.
 * @example
 * ```ts
 * const actor = createActor(machine, { snapshot: toMachineSnapshot(machine, crisis.state) }).start();
 * ```
 */
export function toMachineSnapshot(machine: CrisisMachineLike, state: CrisisState): Snapshot<unknown> {
  const states = (machine as Partial<CrisisMachineLike> | null)?.root?.states;
  if (typeof states !== "object" || states === null)
    throw new InputError(
      [issue(["machine"], "invalid_type", "Pass a machine made by toMachine.")],
      "Invalid machine",
    );
  const crisis = readCrisisState(state, [], "Invalid crisis state");
  if (!Object.hasOwn(states, crisis.state))
    throw new InputError(
      [issue(["state"], "unknown_state", `The machine has no state '${crisis.state}'.`)],
      "Invalid crisis state",
    );
  // A fresh actor's persisted snapshot has the machine's children (the deadline timer): only its state changes.
  const input = {
    crisisId: crisis.crisisId,
    brand: crisis.brand,
    actor: "system",
    role: "system",
    at: crisis.openedAt,
  };
  const fresh = createAny(machine, { input }).getPersistedSnapshot() as Record<string, unknown>;
  const context: CrisisMachineContext = { crisis, refusal: null };
  const final = states[crisis.state]?.type === "final";
  return {
    ...fresh,
    value: crisis.state,
    context,
    ...(final ? { status: "done", children: {} } : {}),
  } as unknown as Snapshot<unknown>;
}

/**
 * The crisis state held by an XState snapshot of a machine from {@link toMachine} (a live `actor.getSnapshot()` or
 * a persisted one), validated: moves a crisis from XState to the normas runtime or to `transition`.
 *
 * @throws `InputError` when the snapshot holds no valid crisis state, or its state value and the crisis state
 * disagree.
 * @example
 * ```ts
 * const state = fromMachineSnapshot(actor.getPersistedSnapshot());
 * transition(standardProtocol, state, command, Date.now());
 * ```
 */
export function fromMachineSnapshot(snapshot: unknown): CrisisState {
  if (typeof snapshot !== "object" || snapshot === null)
    throw new InputError(
      [issue([], "invalid_type", "A snapshot must be an object.")],
      "Invalid machine snapshot",
    );
  const { context, value } = snapshot as { context?: unknown; value?: unknown };
  if (typeof context !== "object" || context === null)
    throw new InputError(
      [issue(["context"], "invalid_type", "The snapshot has no context.")],
      "Invalid machine snapshot",
    );
  const crisis = readCrisisState(
    (context as { crisis?: unknown }).crisis,
    ["context", "crisis"],
    "Invalid machine snapshot",
  );
  if (value !== crisis.state)
    throw new InputError(
      [
        issue(
          ["value"],
          "state_mismatch",
          `The snapshot is in '${String(value)}' but its crisis state is '${crisis.state}'.`,
        ),
      ],
      "Invalid machine snapshot",
    );
  return crisis;
}
