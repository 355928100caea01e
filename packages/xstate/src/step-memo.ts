import type { CrisisState, TransitionResult } from "@normas/core/crisis";

interface Memo {
  readonly crisis: CrisisState;
  readonly result: TransitionResult;
}

/**
 * The core's answer to one event, computed once by the first guard that asks and taken by the action that
 * follows (XState evaluates guards, then runs the chosen transition's actions, in one macrostep). Keyed by
 * the event object and checked against the crisis state it was decided on; taking an answer forgets it, so a
 * delayed event object that fires again is decided again at its own time.
 */
export class StepMemo {
  readonly #memo = new WeakMap<object, Memo>();

  /** The answer for `event` on `crisis`, deciding it with `decide` the first time. */
  get(event: object, crisis: CrisisState, decide: () => TransitionResult): TransitionResult {
    const hit = this.#memo.get(event);
    if (hit !== undefined && hit.crisis === crisis) return hit.result;
    const result = decide();
    this.#memo.set(event, { crisis, result });
    return result;
  }

  /** The answer for `event` on `crisis` (deciding it if no guard did), forgotten once taken. */
  take(event: object, crisis: CrisisState, decide: () => TransitionResult): TransitionResult {
    const result = this.get(event, crisis, decide);
    this.#memo.delete(event);
    return result;
  }
}
