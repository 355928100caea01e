import { describeTime, type EpochMs, isEpochMs } from "./clock.js";
import { kernelRefusal, type RefusalSite, refusalIssue, type WorkflowRefusal } from "./refusal.js";

/**
 * A command that was accepted: the new state, the events to record (facts, oldest first) and the effects the
 * caller must perform.
 */
export interface StepAccepted<State, Event, Effect> {
  /** Accepted. */
  readonly accepted: true;
  /** The state after the command. */
  readonly state: State;
  /** What happened, as facts to record, oldest first. */
  readonly events: readonly Event[];
  /** What the caller must do now (notify, pause publishing, ask for a review…). */
  readonly effects: readonly Effect[];
}

/** A command that was refused: nothing changed. */
export interface StepRefused<Refusal> {
  /** Refused. */
  readonly accepted: false;
  /** Why. */
  readonly refusal: Refusal;
}

/** What a workflow step returns. */
export type StepResult<State, Event, Effect, Refusal> =
  | StepAccepted<State, Event, Effect>
  | StepRefused<Refusal>;

/**
 * The one step contract of both workflows: a pure function of the state, a command and the time (epoch ms)
 * that accepts the command (new state, events, effects) or refuses it. No clock, no I/O, no randomness:
 * the same arguments always give the same result, and the arguments are never changed. The crisis
 * `transition` is this contract with the protocol bound; `applyCaseCommand` is it for MAMA cases.
 */
export type WorkflowStep<State, Command, Event, Effect, Refusal> = (
  state: State,
  command: Command,
  now: EpochMs,
) => StepResult<State, Event, Effect, Refusal>;

/**
 * The refusal for a bad `now` (`invalid_time`) or a clock going backwards (`clock_went_back`) against the
 * time of the last recorded event; undefined when `now` is fine.
 * @internal
 */
export function refuseTime(
  now: unknown,
  last: EpochMs,
  site: RefusalSite,
  at: readonly (string | number)[] = ["now"],
): WorkflowRefusal<"invalid_time" | "clock_went_back"> | undefined {
  if (!isEpochMs(now)) {
    const got = describeTime(now);
    const issue = refusalIssue("invalid_time", at, {
      en: `Expected whole epoch milliseconds from 0 to 8640000000000000, got ${got}.`,
      es: `Se esperaban milisegundos enteros desde 1970 (de 0 a 8640000000000000) y se recibió ${got}.`,
    });
    return kernelRefusal("invalid_time", site, {
      path: at,
      issues: [issue],
      words: { got },
    }) as WorkflowRefusal<"invalid_time" | "clock_went_back">;
  }
  if (now < last) {
    const iso = new Date(now).toISOString();
    const lastIso = new Date(last).toISOString();
    return kernelRefusal("clock_went_back", site, {
      path: at,
      details: { now, last },
      words: { now: iso, last: lastIso },
    }) as WorkflowRefusal<"invalid_time" | "clock_went_back">;
  }
  return undefined;
}
