import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hashCanonical } from "../hash.js";
import { verifyCrisisLog } from "./chain.js";
import type { CrisisCommand } from "./command.js";
import { MemoryCrisisEventStore } from "./crisis-event-store.js";
import { Crisis } from "./crisis-runtime.js";
import { replayCrisis } from "./lifecycle.js";
import type { CrisisProtocol } from "./protocol-schema.js";
import { standardProtocol } from "./standard-protocol.js";
import { drive, MINUTE, pathTo, T0 } from "./testing.js";
import { transition } from "./transition.js";

// Property runs are many; on a loaded machine they may take longer than the default 5 s (a limit, not a check).
const PROPERTY_TIME = { timeout: 120_000 };

const P: CrisisProtocol = standardProtocol;
const commandTypes = [...new Set(Object.values(P.transitions).map((t) => t.command)), "panic"];
const roles = [...Object.keys(P.roles), "intern"];
const messageIds = [...Object.keys(P.messages), "nope"];

// Every slot any standard statement uses, in both languages.
const fullSlots = {
  channel: "X",
  date: "Monday",
  canal: "X",
  fecha: "lunes",
  what: "a",
  measures: "b",
  link: "c",
  que: "a",
  medidas: "b",
  enlace: "c",
};

const payloadFields = {
  reason: fc.constantFrom("porque sí", "because"),
  severity: fc.constantFrom("sev1", "sev2", "sev3", "sev9"),
  lead: fc.constantFrom("jorge", "ana"),
  topics: fc.constant<string[]>(["filtración", "leak"]),
  messageId: fc.constantFrom(...messageIds),
  lang: fc.constantFrom("en" as const, "es" as const),
  slots: fc.constantFrom({}, fullSlots),
  lessons: fc.constant<{ lesson: string; owner: string }[]>([{ lesson: "l", owner: "o" }]),
};

// Guided steps carry every field (some values invalid); the others carry a random subset.
const fullPayloadArb = fc.record({ ...payloadFields, slots: fc.constant(fullSlots) });
const payloadArb = fc.record(payloadFields, { requiredKeys: [] });

// Each step: a command (or a clock tick) some minutes after the previous one. Most commands are picked among
// the transitions open in the current state, with one of their roles, so that sequences travel deep into the
// protocol; the others are any command with any role (mostly refused).
const stepArb = fc.record({
  minutes: fc.integer({ min: 0, max: 90 }),
  tick: fc.oneof({ weight: 1, arbitrary: fc.constant(true) }, { weight: 4, arbitrary: fc.constant(false) }),
  // Rarely an idempotency key; a reused key must be a no-op.
  key: fc.oneof(
    { weight: 9, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constantFrom("k1", "k2", "k3") },
  ),
  guided: fc.oneof({ weight: 9, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
  pick: fc.nat(),
  rolePick: fc.nat(),
  actor: fc.constantFrom("ana", "jorge", "lucia"),
  payload: payloadArb,
  fullPayload: fullPayloadArb,
});

type Step = typeof stepArb extends fc.Arbitrary<infer S> ? S : never;

function commandFor(step: Step, state: string): CrisisCommand {
  const open = Object.values(P.transitions).filter((t) => t.from.includes(state));
  const t = open[step.pick % Math.max(open.length, 1)];
  const [type, role] =
    step.guided && t !== undefined
      ? [t.command, t.roles[step.rolePick % t.roles.length] as string]
      : [
          commandTypes[step.pick % commandTypes.length] as string,
          roles[step.rolePick % roles.length] as string,
        ];
  return { type, role, actor: step.actor, ...(step.guided ? step.fullPayload : step.payload) };
}

const stateIds = new Set(Object.keys(P.states));

const stepsArb = fc.array(stepArb, { minLength: 1, maxLength: 80, size: "max" });

/** Runs the steps through the runtime, checking after each one; returns the log. */
async function runSteps(steps: readonly Step[]) {
  const store = new MemoryCrisisEventStore();
  const crisis = await Crisis.open(
    store,
    P,
    { crisisId: "p", brand: "b", actor: "ana", role: "community-manager" },
    T0,
  );
  let now = T0;
  for (const step of steps) {
    now += step.minutes * MINUTE;
    const before = await store.read("p");
    if (step.tick) {
      await crisis.tick(now);
    } else {
      const r = await crisis.execute(commandFor(step, crisis.state.state), {
        now,
        ...(step.key !== undefined ? { idempotencyKey: step.key } : {}),
      });
      // A refused command (or a retry) never changes the log.
      if (!r.accepted || r.duplicate) expect(await store.read("p")).toEqual(before);
    }
    expect(stateIds.has(crisis.state.state)).toBe(true);
  }
  const events = await store.read("p");
  expect(replayCrisis(P, events)).toEqual(crisis.state);
  expect((await Crisis.load(store, P, "p")).state).toEqual(crisis.state);
  expect(verifyCrisisLog(events).ok).toBe(true);
  const fired = events.filter((e) => e.kind === "escalation").map((e) => e.data.deadline);
  expect(new Set(fired).size).toBe(fired.length);
  for (const e of events) expect(stateIds.has(e.to)).toBe(true);
  return events;
}

describe("crisis runtime properties (random command sequences)", PROPERTY_TIME, () => {
  it("keeps a declared state, replays to the live state, never fires a deadline twice, never logs a refusal", async () => {
    await fc.assert(
      fc.asyncProperty(stepsArb, async (steps) => void (await runSteps(steps))),
      { numRuns: 150 },
    );
  });

  it("draws sequences that reach every state and fire escalations (fixed seed, so the check is stable)", async () => {
    const reached = new Set<string>();
    for (const steps of fc.sample(stepsArb, { seed: 20260512, numRuns: 150 })) {
      const events = await runSteps(steps);
      for (const e of events) reached.add(e.to);
      if (events.some((e) => e.kind === "escalation")) reached.add("(escalation)");
    }
    expect([...reached].sort()).toEqual([...stateIds, "(escalation)"].sort());
  });

  it("fires no deadline twice across a restart at any point", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(stepArb, { minLength: 1, maxLength: 40, size: "max" }),
        fc.nat(),
        async (steps, cut) => {
          const store = new MemoryCrisisEventStore();
          let crisis = await Crisis.open(
            store,
            P,
            { crisisId: "r", brand: "b", actor: "ana", role: "community-manager" },
            T0,
          );
          let now = T0;
          const restartAt = cut % steps.length;
          for (const [i, step] of steps.entries()) {
            now += step.minutes * MINUTE;
            if (i === restartAt) {
              await crisis.snapshot();
              crisis = await Crisis.load(store, P, "r");
            }
            await crisis.execute(commandFor(step, crisis.state.state), { now });
            await crisis.tick(now);
            await crisis.tick(now);
          }
          const fired = (await store.read("r"))
            .filter((e) => e.kind === "escalation")
            .map((e) => e.data.deadline);
          expect(new Set(fired).size).toBe(fired.length);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("pure transition properties", PROPERTY_TIME, () => {
  const reachable = [
    "monitoring",
    "alert",
    "assessment",
    "containment",
    "response",
    "recovery",
    "post-mortem",
  ].map((s) => drive(P, pathTo(s)));
  const junk = fc.oneof(
    fc.anything(),
    fc.string(),
    fc.constantFrom(...commandTypes, ...roles, ...messageIds),
  );

  it("never throws on any input, and a refusal leaves the given state untouched", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...reachable),
        fc.oneof(
          fc.anything(),
          fc.record(
            {
              type: junk,
              actor: junk,
              role: junk,
              reason: junk,
              severity: junk,
              lead: junk,
              topics: junk,
              messageId: junk,
              lang: junk,
              slots: junk,
              lessons: junk,
            },
            { requiredKeys: [] },
          ),
        ),
        fc.oneof(
          fc.integer({ min: T0, max: T0 + 10_000 * MINUTE }),
          fc.integer(),
          fc.double(),
          fc.anything(),
        ),
        (state, command, now) => {
          const before = structuredClone(state);
          const r = transition(P, state, command as CrisisCommand, now as number);
          expect(state).toEqual(before);
          if (r.accepted) expect(stateIds.has(r.state.state)).toBe(true);
          else expect(r.refusal.message.en.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("loading a crisis with any stored snapshot", PROPERTY_TIME, () => {
  it("gives the state of the log or a typed error, never a crash", async () => {
    const store = new MemoryCrisisEventStore();
    const crisis = await Crisis.open(
      store,
      P,
      { crisisId: "s", brand: "b", actor: "ana", role: "community-manager" },
      T0,
    );
    for (const [i, c] of pathTo("containment").entries())
      await crisis.execute(c, { now: T0 + (i + 1) * MINUTE });
    const head = (await store.head("s"))?.hash ?? "";
    const good = {
      version: crisis.version,
      head,
      state: crisis.state,
      stateHash: hashCanonical(crisis.state),
    };
    const mutate = fc.oneof(
      fc.constant(good),
      fc.anything(),
      fc.record(
        { version: fc.anything(), head: fc.anything(), state: fc.anything(), stateHash: fc.anything() },
        { requiredKeys: [] },
      ),
      fc.record({
        version: fc.integer({ min: -2, max: 12 }),
        head: fc.constant(good.head),
        state: fc.constant(good.state),
        stateHash: fc.constant(good.stateHash),
      }),
      fc.dictionary(fc.constantFrom(...Object.keys(good.state)), fc.anything()).map((patch) => ({
        ...good,
        state: { ...good.state, ...patch },
      })),
    );
    let loadedOk = 0;
    await fc.assert(
      fc.asyncProperty(mutate, async (snapshot) => {
        await store.saveSnapshot("s", snapshot as never);
        try {
          const loaded = await Crisis.load(store, P, "s");
          expect(loaded.state).toEqual(crisis.state);
          loadedOk++;
        } catch (error) {
          expect((error as { name?: string }).name).toBe("WorkflowError");
          expect((error as { code?: string }).code).toMatch(/^WORKFLOW_(SNAPSHOT|LOG)_INVALID$/);
        }
      }),
      { numRuns: 300 },
    );
    // Not vacuous: the untouched snapshot (and equivalent ones) load.
    expect(loadedOk).toBeGreaterThan(0);
  });
});
