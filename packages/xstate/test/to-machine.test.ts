import { InputError } from "@normas/core";
import {
  Crisis,
  type CrisisEffect,
  type CrisisProtocolInput,
  defineProtocol,
  MemoryCrisisEventStore,
  ProtocolError,
  replayCrisis,
  standardProtocol,
} from "@normas/core/crisis";
import { describe, expect, it } from "vitest";
import { createActor, SimulatedClock } from "xstate";
import { fromMachineSnapshot, toMachine, toMachineSnapshot } from "../src/index.js";
import { cm, fullPath, lead, legal, MINUTE, OPENING, T0 } from "./commands.js";

function started(effects: CrisisEffect[] = []) {
  const clock = new SimulatedClock();
  clock.set(T0);
  const record = (e: CrisisEffect) => effects.push(e);
  const machine = toMachine(standardProtocol, {
    now: () => clock.now(),
    effects: { notify: record, "pause-publishing": record, "publish-statement": record },
  });
  const actor = createActor(machine, { clock, input: OPENING }).start();
  return { clock, machine, actor };
}

describe("toMachine", () => {
  it("runs the whole standard path to a final state", () => {
    const { clock, actor } = started();
    for (const c of fullPath("sev1")) {
      clock.increment(MINUTE);
      actor.send(c);
      expect(actor.getSnapshot().context.refusal).toBeNull();
    }
    expect(actor.getSnapshot().value).toBe("closed");
    expect(actor.getSnapshot().status).toBe("done");
  });

  it("performs the protocol's effects through named actions and emits the events to record", () => {
    const effects: CrisisEffect[] = [];
    const { clock, actor } = started(effects);
    const recorded: string[] = [];
    actor.on("crisis.recorded", (e) => recorded.push(...e.events.map((x) => x.command)));
    for (const c of fullPath("sev1").slice(0, 6)) {
      clock.increment(MINUTE);
      actor.send(c);
    }
    expect(effects.map((e) => e.kind)).toEqual(
      expect.arrayContaining(["notify", "pause-publishing", "publish-statement"]),
    );
    expect(effects.find((e) => e.kind === "publish-statement")).toMatchObject({
      messageId: "holding-investigating",
    });
    expect(recorded).toEqual(
      fullPath("sev1")
        .slice(0, 6)
        .map((c) => c.type),
    );
  });

  it("refuses what the core refuses, with the core's refusal, and changes nothing", () => {
    const { actor } = started();
    const refusals: string[] = [];
    actor.on("crisis.refused", (e) => refusals.push(e.refusal.code));
    const before = actor.getSnapshot().context.crisis;
    actor.send({ type: "raise-alert", ...legal, topics: ["x"] });
    actor.send({ type: "close", ...lead });
    actor.send({ type: "nonsense", ...lead } as never);
    expect(refusals).toEqual(["role_not_allowed", "not_allowed_in_state", "unknown_command"]);
    expect(actor.getSnapshot().context.refusal?.message.es).toMatch(/comando|no existe|no se puede/i);
    expect(actor.getSnapshot().context.crisis).toBe(before);
    expect(actor.getSnapshot().value).toBe("monitoring");
  });

  it("escalates an unmet deadline when its time comes, with no command", () => {
    const effects: CrisisEffect[] = [];
    const { clock, actor } = started(effects);
    actor.send({ type: "raise-alert", ...cm, topics: ["x"] });
    clock.increment(15 * MINUTE - 1);
    expect(actor.getSnapshot().context.crisis.pending).toHaveLength(1);
    clock.increment(1);
    expect(actor.getSnapshot().context.crisis.pending).toHaveLength(0);
    expect(effects.at(-1)).toEqual({ kind: "notify", roles: ["crisis-lead", "executive"] });
  });

  it("re-arms deadlines in an actor restored from a persisted snapshot (xstate does not restore timers)", () => {
    const { clock, machine, actor } = started();
    actor.send({ type: "raise-alert", ...cm, topics: ["x"] });
    const persisted = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    actor.stop();
    const restored = createActor(machine, { clock, snapshot: persisted }).start();
    clock.increment(15 * MINUTE);
    expect(restored.getSnapshot().context.crisis.pending).toHaveLength(0);
    expect(restored.getSnapshot().context.crisis.version).toBe(3);
  });

  it("waits out a deadline longer than a timer can hold (setTimeout's 24.8 days) and escalates it on time", () => {
    const input = structuredClone(standardProtocol) as CrisisProtocolInput;
    const acknowledge = input.states.alert?.deadlines?.acknowledge;
    if (acknowledge === undefined) throw new Error("the standard protocol changed shape");
    acknowledge.minutes = 40 * 24 * 60; // 40 days
    const clock = new SimulatedClock();
    clock.set(T0);
    const machine = toMachine(defineProtocol(input), { now: () => clock.now() });
    const actor = createActor(machine, { clock, input: OPENING }).start();
    actor.send({ type: "raise-alert", ...cm, topics: ["x"] } as never);
    clock.increment(30 * 24 * 60 * MINUTE);
    expect(actor.getSnapshot().context.crisis.pending).toHaveLength(1);
    clock.increment(10 * 24 * 60 * MINUTE);
    expect(actor.getSnapshot().context.crisis.pending).toHaveLength(0);
    expect(actor.getSnapshot().context.crisis.updatedAt).toBe(T0 + 40 * 24 * 60 * MINUTE);
  });

  it("rejects a bad protocol and bad options with typed errors and paths", () => {
    expect(() => toMachine({ ...standardProtocol, initial: "nowhere" })).toThrow(ProtocolError);
    try {
      toMachine(standardProtocol, { now: 5 as never, effects: { shout: () => {} } as never });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).issues.map((i) => i.pathText)).toEqual(["now", "effects.shout"]);
    }
  });
});

describe("moving a crisis between the runtimes", () => {
  it("continues in XState a crisis run by the normas runtime, and back", async () => {
    const store = new MemoryCrisisEventStore();
    const crisis = await Crisis.open(store, standardProtocol, OPENING, T0);
    const path = fullPath("sev1");
    for (const [i, c] of path.slice(0, 5).entries()) await crisis.execute(c, { now: T0 + (i + 1) * MINUTE });
    const clock = new SimulatedClock();
    clock.set(T0 + 6 * MINUTE);
    const machine = toMachine(standardProtocol, { now: () => clock.now() });
    const actor = createActor(machine, { clock, snapshot: toMachineSnapshot(machine, crisis.state) }).start();
    expect(actor.getSnapshot().value).toBe("containment");
    actor.send(path[5] as never);
    expect(actor.getSnapshot().context.refusal).toBeNull();
    const back = fromMachineSnapshot(actor.getPersistedSnapshot());
    expect(back.statements).toHaveLength(1);
    expect(back.version).toBe(crisis.version + 1);
    // The state replays from the runtime's log plus nothing else: XState holds state, not the log.
    expect(replayCrisis(standardProtocol, await crisis.events())).toEqual(crisis.state);
  });

  it("escalates at once a deadline already overdue when the snapshot is started", () => {
    const clock = new SimulatedClock();
    clock.set(T0);
    const machine = toMachine(standardProtocol, { now: () => clock.now() });
    const a = createActor(machine, { clock, input: OPENING }).start();
    a.send({ type: "raise-alert", ...cm, topics: ["x"] });
    const state = fromMachineSnapshot(a.getSnapshot());
    a.stop();
    clock.set(T0 + 20 * MINUTE);
    const b = createActor(machine, { clock, snapshot: toMachineSnapshot(machine, state) }).start();
    expect(b.getSnapshot().context.crisis.pending).toHaveLength(0);
  });

  it("refuses snapshots that hold no valid crisis state", () => {
    const { machine, actor } = started();
    const snap = actor.getPersistedSnapshot() as Record<string, unknown>;
    expect(() => fromMachineSnapshot({ ...snap, value: "alert" })).toThrow(/state_mismatch|'monitoring'/);
    expect(() => fromMachineSnapshot({ ...snap, context: { crisis: { state: 3 } } })).toThrow(InputError);
    expect(() => fromMachineSnapshot(null)).toThrow(InputError);
    const state = fromMachineSnapshot(snap);
    expect(() => toMachineSnapshot(machine, { ...state, state: "elsewhere" })).toThrow(/elsewhere/);
  });
});
