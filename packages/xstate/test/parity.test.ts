// Parity, proven: on random sequences of valid and invalid commands (several roles, time advancing, deadlines
// escalating), the core's `transition` and the XState machine from `toMachine` accept and refuse the same
// commands and reach the same states — through XState's pure `transition` and through a running actor on a
// simulated clock (restored from a persisted snapshot half-way).
import {
  type CrisisProtocol,
  type CrisisProtocolInput,
  type CrisisState,
  defineProtocol,
  fireDeadlines,
  openCrisis,
  standardProtocol,
  transition,
} from "@normas/core/crisis";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createActor, initialTransition, SimulatedClock, transition as xTransition } from "xstate";
import { fromMachineSnapshot, toMachine } from "../src/index.js";
import { type Command, CYCLE, fullPath, MINUTE, OPENING, ROLES, T0 } from "./commands.js";

// The standard protocol, and one whose overdue deadlines move the crisis (an escalation with `to`): the machine
// then needs one edge per state a command may end in.
const escalating: CrisisProtocol = (() => {
  const input = structuredClone(standardProtocol) as CrisisProtocolInput;
  const acknowledge = input.states.alert?.deadlines?.acknowledge;
  if (acknowledge === undefined) throw new Error("the standard protocol changed shape");
  acknowledge.escalation = { notify: ["crisis-lead"], to: "assessment" };
  return defineProtocol({ ...input, id: "escalating" });
})();
const PROTOCOLS: readonly CrisisProtocol[] = [standardProtocol, escalating];

const POOL: readonly Command[] = [...fullPath("sev1"), ...fullPath("sev3"), ...CYCLE];
const COMMAND_NAMES = [...new Set(POOL.map((c) => c.type))];

/** A command from the pool, often bent: another role, another command name, a field dropped or broken. */
const commandArb: fc.Arbitrary<Command> = fc
  .record({
    base: fc.constantFrom(...POOL),
    change: fc.constantFrom("none", "none", "none", "role", "type", "drop", "bad-message", "unknown"),
    role: fc.constantFrom(...ROLES),
    type: fc.constantFrom(...COMMAND_NAMES),
    drop: fc.constantFrom("reason", "severity", "lead", "messageId", "slots", "lessons", "topics"),
  })
  .map(({ base, change, role, type, drop }): Command => {
    switch (change) {
      case "role":
        return { ...base, ...role };
      case "type":
        return { ...base, type };
      case "drop": {
        const copy: Record<string, unknown> = { ...base };
        delete copy[drop];
        return copy as Command;
      }
      case "bad-message":
        return { ...base, messageId: "no-such-message" } as unknown as Command;
      case "unknown":
        return { ...base, type: "no-such-command" } as unknown as Command;
      default:
        return base;
    }
  });

/**
 * A step: how long to wait (up to 40 minutes, in milliseconds; deadlines are 15 to 60 minutes), or `due`: until
 * the earliest running deadline is due exactly, then a command.
 */
const stepsArb = fc.array(
  fc.record({
    wait: fc.oneof(fc.integer({ min: 0, max: 40 * MINUTE }), fc.constant("due" as const)),
    // Often the next command of the full path (so that late states are reached), else a random one.
    command: fc.oneof(
      { arbitrary: fc.constant("next" as const), weight: 3 },
      { arbitrary: commandArb, weight: 2 },
    ),
  }),
  { minLength: 10, maxLength: 60 },
);

const FULL_PATH = fullPath("sev2");

/** Gives the full path's commands in order for `next` steps, moving on only when the core accepted one. */
function pathCursor() {
  let cursor = 0;
  return {
    command: (step: Command | "next"): Command =>
      step === "next" ? (FULL_PATH[cursor % FULL_PATH.length] as Command) : step,
    decided: (step: Command | "next", accepted: boolean) => {
      if (step === "next" && accepted) cursor++;
    },
  };
}

const waited = (now: number, wait: number | "due", state: CrisisState): number =>
  wait === "due" ? Math.max(now, state.pending[0]?.dueAt ?? now) : now + wait;

const RUNS = { numRuns: 60 };

describe("parity of the core's transition and the XState machine", () => {
  it("XState's pure transition accepts, refuses and ends where the core does", () => {
    fc.assert(
      fc.property(fc.constantFrom(...PROTOCOLS), stepsArb, (protocol, steps) => {
        let now = T0;
        const machine = toMachine(protocol, { now: () => now });
        let state: CrisisState = openCrisis(protocol, OPENING, T0).state;
        let [snap] = initialTransition(machine, { ...OPENING, at: T0 });
        expect(snap.context.crisis).toEqual(state);
        const path = pathCursor();
        for (const { wait, command: step } of steps) {
          const command = path.command(step);
          now = waited(now, wait, state);
          const r = transition(protocol, state, command as never, now);
          path.decided(step, r.accepted);
          const wasDone = snap.status === "done";
          [snap] = xTransition(machine, snap, command as never);
          if (wasDone) {
            // A final state takes no command (XState ignores events once done; the core refuses them all).
            expect(r.accepted).toBe(false);
            expect(snap.context.crisis).toEqual(state);
            continue;
          }
          if (r.accepted) {
            state = r.state;
            expect(snap.context.refusal).toBeNull();
          } else expect(snap.context.refusal?.code).toBe(r.refusal.code);
          expect(snap.value).toBe(state.state);
          expect(snap.context.crisis).toEqual(state);
        }
      }),
      RUNS,
    );
  });

  it("a running actor on a simulated clock, restored half-way, escalates and decides as the core does", () => {
    fc.assert(
      fc.property(fc.constantFrom(...PROTOCOLS), stepsArb, fc.nat(), (protocol, steps, restoreAt) => {
        const clock = new SimulatedClock();
        clock.set(T0);
        const machine = toMachine(protocol, { now: () => clock.now() });
        let actor = createActor(machine, { clock, input: { ...OPENING, at: T0 } }).start();
        let state: CrisisState = openCrisis(protocol, OPENING, T0).state;
        let now = T0;
        const restoreStep = restoreAt % steps.length;
        const path = pathCursor();
        for (const [i, { wait, command: step }] of steps.entries()) {
          const command = path.command(step);
          if (i === restoreStep) {
            // Persist, stop, restore into a new actor: its deadline timer must be armed again.
            const persisted = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
            actor.stop();
            actor = createActor(machine, { clock, snapshot: persisted }).start();
          }
          now = waited(now, wait, state);
          // The core as a runtime with a ticking clock: what is overdue escalates when its time comes.
          const fired = fireDeadlines(protocol, state, now);
          if (fired.accepted) state = fired.state;
          clock.set(now);
          expect(fromMachineSnapshot(actor.getSnapshot())).toEqual(state);
          const r = transition(protocol, state, command as never, now);
          path.decided(step, r.accepted);
          if (actor.getSnapshot().status === "done") {
            // A final state takes no command: XState stops a finished actor (and warns of events sent to it); the
            // core refuses them all.
            expect(r.accepted).toBe(false);
            expect(fromMachineSnapshot(actor.getSnapshot())).toEqual(state);
            continue;
          }
          actor.send(command as never);
          const snap = actor.getSnapshot();
          if (r.accepted) {
            state = r.state;
            expect(snap.context.refusal).toBeNull();
          } else expect(snap.context.refusal?.code).toBe(r.refusal.code);
          expect(snap.value).toBe(state.state);
          expect(snap.context.crisis).toEqual(state);
        }
        actor.stop();
      }),
      RUNS,
    );
  });
});
