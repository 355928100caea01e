// Regression tests for the crisis runtime items of the hardening issue: each failed before this change.
import { describe, expect, it } from "vitest";
import { InputError } from "../../model/errors.js";
import { hashCanonical } from "../hash.js";
import { MemoryCrisisEventStore } from "./crisis-event-store.js";
import { Crisis } from "./crisis-runtime.js";
import type { CrisisProtocol } from "./protocol-schema.js";
import { standardProtocol } from "./standard-protocol.js";
import { cm, lead, MINUTE, pathTo, T0 } from "./testing.js";

const P: CrisisProtocol = standardProtocol;
const opening = { crisisId: "leak", brand: "acme-air", ...cm };
const BAD_TIMES: readonly unknown[] = [
  Number.NaN,
  undefined,
  "2026-05-12T09:00:00Z",
  new Date(T0),
  Number.POSITIVE_INFINITY,
  1e20,
  -5,
  T0 + 0.5,
];

async function crisisIn(state: string) {
  const store = new MemoryCrisisEventStore();
  const crisis = await Crisis.open(store, P, opening, T0);
  let t = T0;
  for (const c of pathTo(state)) {
    t += MINUTE;
    const r = await crisis.execute(c, { now: t });
    if (!r.accepted) throw new Error(r.refusal.message.en);
  }
  return { store, crisis, t };
}

describe("the crisis runtime validates its clock", () => {
  it.each(BAD_TIMES.map((v) => [String(v), v]))(
    "refuses now = %s with invalid_time and writes nothing",
    async (_, bad) => {
      const { store, crisis } = await crisisIn("alert");
      const before = await store.read("leak");
      const r = await crisis.execute({ type: "start-assessment", ...lead }, { now: bad as number });
      expect(!r.accepted && r.refusal).toMatchObject({ code: "invalid_time", path: ["now"] });
      expect(!r.accepted && r.refusal.message.en).toContain("expected whole epoch milliseconds");
      expect(!r.accepted && r.refusal.message.es).toContain("se esperaban milisegundos enteros");
      const tick = await crisis.tick(bad as number);
      expect(!tick.accepted && tick.refusal.code).toBe("invalid_time");
      expect(await store.read("leak")).toEqual(before);
      // Deadlines keep numeric due times and still escalate.
      expect(crisis.state.pending.every((p) => Number.isInteger(p.dueAt))).toBe(true);
      const fired = await crisis.tick((crisis.state.pending[0]?.dueAt as number) + 1);
      expect(fired.accepted && fired.events).toHaveLength(1);
    },
  );

  it("refuses a clock going backwards (clock_went_back), for commands and ticks, in both languages", async () => {
    const { crisis, t } = await crisisIn("alert");
    const r = await crisis.execute({ type: "start-assessment", ...lead }, { now: t - MINUTE });
    expect(!r.accepted && r.refusal).toMatchObject({ code: "clock_went_back", path: ["now"] });
    expect(!r.accepted && r.refusal.message.en).toContain(
      "is earlier than the last event (2026-05-12T09:01:00.000Z)",
    );
    expect(!r.accepted && r.refusal.message.es).toContain(
      "es anterior al último evento (2026-05-12T09:01:00.000Z)",
    );
    const tick = await crisis.tick(t - 1);
    expect(!tick.accepted && tick.refusal.code).toBe("clock_went_back");
    expect((await crisis.execute({ type: "start-assessment", ...lead }, { now: t })).accepted).toBe(true);
  });

  it("refuses to open a crisis at a bad time or with empty ids, with InputError and paths", async () => {
    const store = new MemoryCrisisEventStore();
    await expect(Crisis.open(store, P, opening, Number.NaN)).rejects.toMatchObject({
      code: "INPUT_INVALID",
      issues: [expect.objectContaining({ path: ["now"] })],
    });
    const empty = { crisisId: "", brand: "", actor: "", role: "" };
    try {
      await Crisis.open(store, P, empty, T0);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).issues.map((i) => i.pathText).sort()).toEqual([
        "actor",
        "brand",
        "crisisId",
        "role",
      ]);
    }
    await expect(Crisis.load(store, P, "")).rejects.toBeInstanceOf(InputError);
    expect(await store.head("")).toBeUndefined();
  });
});

describe("the crisis runtime validates its options", () => {
  it.each([
    ["null", null],
    ["undefined", undefined],
    ["a number", 5],
    ["an empty key", { now: T0 + 5 * MINUTE, idempotencyKey: "" }],
    ["a negative version", { now: T0 + 5 * MINUTE, expectedVersion: -1 }],
    ["a fractional version", { now: T0 + 5 * MINUTE, expectedVersion: 1.5 }],
  ])("refuses options that are %s with invalid_options", async (_, options) => {
    const { store, crisis } = await crisisIn("alert");
    const r = await crisis.execute({ type: "start-assessment", ...lead }, options as never);
    expect(!r.accepted && r.refusal.code).toBe("invalid_options");
    expect(!r.accepted && r.refusal.issues.length).toBeGreaterThan(0);
    expect(!r.accepted && r.refusal.message.es).toContain("Las opciones no son válidas");
    expect(await store.read("leak")).toHaveLength(2);
  });
});

describe("idempotency keys are bound to their command", () => {
  it("refuses the same key with a different command (idempotency_conflict) and loses nothing", async () => {
    const { store, crisis, t } = await crisisIn("assessment");
    const first = await crisis.execute(
      { type: "set-severity", ...lead, severity: "sev2" },
      { now: t + MINUTE, idempotencyKey: "k" },
    );
    expect(first.accepted && first.duplicate).toBe(false);
    const other = await crisis.execute(
      { type: "assign-lead", ...lead, lead: "jorge" },
      { now: t + 2 * MINUTE, idempotencyKey: "k" },
    );
    expect(!other.accepted && other.refusal).toMatchObject({
      code: "idempotency_conflict",
      path: ["idempotencyKey"],
      details: { key: "k" },
    });
    expect(!other.accepted && other.refusal.message.es).toContain("ya se usó para otro comando");
    // Not silently lost: the caller knows; the same command with a new key goes through.
    expect(crisis.state.lead).toBeNull();
    const retried = await crisis.execute(
      { type: "assign-lead", ...lead, lead: "jorge" },
      { now: t + 2 * MINUTE, idempotencyKey: "k2" },
    );
    expect(retried.accepted && !retried.duplicate).toBe(true);
    const again = await crisis.execute(
      { type: "set-severity", ...lead, severity: "sev2" },
      { now: t + 3 * MINUTE, idempotencyKey: "k" },
    );
    expect(again.accepted && again.duplicate).toBe(true);
    expect((await store.read("leak")).map((e) => e.command).slice(-2)).toEqual([
      "set-severity",
      "assign-lead",
    ]);
  });
});

describe("nothing a caller holds can rewrite the log", () => {
  it("hands out frozen events and state: changing them changes neither the store nor the runtime", async () => {
    const { store, crisis, t } = await crisisIn("alert");
    const r = await crisis.execute({ type: "start-assessment", ...lead }, { now: t + MINUTE });
    if (!r.accepted) throw new Error("refused");
    const snapshot = JSON.stringify({ state: crisis.state, log: await store.read("leak") });
    expect(() => {
      (r.events[0] as { actor: string }).actor = "intruder";
    }).toThrow(TypeError);
    expect(() => {
      (r.state as { state: string }).state = "closed";
    }).toThrow(TypeError);
    expect(() => (crisis.state.topics as string[]).push("x")).toThrow(TypeError);
    const read = await crisis.events();
    expect(() => {
      (read[1] as { role: string }).role = "executive";
    }).toThrow(TypeError);
    expect(JSON.stringify({ state: crisis.state, log: await store.read("leak") })).toBe(snapshot);
    expect((await crisis.verify()).ok).toBe(true);
  });
});

describe("Crisis.load checks what it reads", () => {
  it("refuses a tampered log with WORKFLOW_LOG_INVALID, saying which event", async () => {
    const { store } = await crisisIn("containment");
    await store.rewriteEvents("leak", (events) =>
      events.map((e) => (e.seq === 4 ? { ...e, actor: "intruder" } : e)),
    );
    await expect(Crisis.load(store, P, "leak")).rejects.toMatchObject({
      code: "WORKFLOW_LOG_INVALID",
      issues: [expect.objectContaining({ code: "hash_mismatch", path: ["events", 3] })],
    });
  });

  it("detects events removed at the end through the anchored head (verify and load)", async () => {
    const { store, crisis } = await crisisIn("containment");
    await store.rewriteEvents("leak", (events) => events.slice(0, -1));
    const v = await crisis.verify();
    expect(v).toMatchObject({ ok: false, problem: "head_mismatch", seq: 6 });
    expect(!v.ok && v.message.es).toContain("cabeza anclada");
    await expect(Crisis.load(store, P, "leak")).rejects.toMatchObject({ code: "WORKFLOW_LOG_INVALID" });
  });

  it("refuses a snapshot ahead of a truncated log (a store restored from an older backup)", async () => {
    const { store, crisis } = await crisisIn("containment");
    await crisis.snapshot();
    const restored = new MemoryCrisisEventStore();
    const events = await store.read("leak");
    await restored.append("leak", { expectedVersion: 0, events: events.slice(0, 3) });
    await restored.saveSnapshot("leak", (await store.loadSnapshot("leak")) as never);
    await expect(Crisis.load(restored, P, "leak")).rejects.toMatchObject({
      code: "WORKFLOW_SNAPSHOT_INVALID",
      message: expect.stringContaining("ahead of the log (version 6, log at 3)"),
    });
    expect((await Crisis.load(restored, P, "leak", { ignoreSnapshot: true })).version).toBe(3);
  });

  it.each([
    ["no state", { version: 2, head: "0000000000000000" }],
    ["a state of the wrong shape", { version: 2, head: "0000000000000000", state: { pending: null } }],
    ["a wrong version", { version: "2", head: "x", state: {} }],
    ["null", null],
  ])(
    "refuses a corrupt snapshot (%s) with WORKFLOW_SNAPSHOT_INVALID, not a TypeError",
    async (_, snapshot) => {
      const { store } = await crisisIn("alert");
      await store.saveSnapshot("leak", snapshot as never);
      const load = Crisis.load(store, P, "leak");
      await expect(load).rejects.toMatchObject({ code: "WORKFLOW_SNAPSHOT_INVALID" });
      await expect(Crisis.load(store, P, "leak")).rejects.not.toBeInstanceOf(TypeError);
    },
  );

  it("refuses a snapshot whose state was changed after it was saved (its hash no longer matches)", async () => {
    const { store, crisis } = await crisisIn("containment");
    await crisis.snapshot();
    const saved = await store.loadSnapshot("leak");
    if (saved === undefined) throw new Error("no snapshot");
    await store.saveSnapshot("leak", { ...saved, state: { ...saved.state, lead: "intruder" } });
    await expect(Crisis.load(store, P, "leak")).rejects.toMatchObject({
      code: "WORKFLOW_SNAPSHOT_INVALID",
      message: expect.stringContaining("does not match its hash"),
    });
    expect(await crisis.verify()).toMatchObject({ ok: false, problem: "snapshot_mismatch", seq: 6 });
  });

  it("refuses a snapshot anchored to another event than the one at its version", async () => {
    const { store, crisis } = await crisisIn("containment");
    await store.saveSnapshot("leak", {
      version: 6,
      head: "0123456789abcdef",
      state: crisis.state,
      stateHash: hashCanonical(crisis.state),
    });
    await expect(Crisis.load(store, P, "leak")).rejects.toMatchObject({ code: "WORKFLOW_SNAPSHOT_INVALID" });
    expect(await crisis.verify()).toMatchObject({ ok: false, problem: "snapshot_mismatch", seq: 6 });
  });
});
