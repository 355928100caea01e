import { describe, expect, it } from "vitest";
import { WorkflowError } from "../errors.js";
import { verifyCrisisLog } from "./chain.js";
import { MemoryCrisisEventStore } from "./crisis-event-store.js";
import { Crisis } from "./crisis-runtime.js";
import { replayCrisis } from "./lifecycle.js";
import type { CrisisProtocol } from "./protocol-schema.js";
import { standardProtocol } from "./standard-protocol.js";
import { cm, comms, lead, MINUTE, pathTo, T0 } from "./testing.js";

const P: CrisisProtocol = standardProtocol;
const opening = { crisisId: "leak", brand: "acme-air", ...cm, reason: "listening" };

async function crisisIn(state: string, severity = "sev1") {
  const store = new MemoryCrisisEventStore();
  const crisis = await Crisis.open(store, P, opening, T0);
  let t = T0;
  for (const c of pathTo(state, severity)) {
    t += MINUTE;
    const r = await crisis.execute(c, { now: t });
    if (!r.accepted) throw new Error(r.refusal.message.en);
  }
  return { store, crisis, t };
}

describe("Crisis runtime", () => {
  it("opens a crisis, records who, when and why, and applies commands through the store", async () => {
    const { store, crisis } = await crisisIn("containment");
    expect(crisis.state.state).toBe("containment");
    const events = await store.read("leak");
    expect(events.map((e) => e.command)).toEqual([
      "open",
      "raise-alert",
      "start-assessment",
      "set-severity",
      "assign-lead",
      "contain",
    ]);
    expect(events[0]).toMatchObject({
      kind: "opened",
      actor: "marta",
      role: "community-manager",
      reason: "listening",
      at: T0,
    });
    expect(events.every((e, i) => e.seq === i + 1)).toBe(true);
    expect(crisis.version).toBe(6);
    expect(await store.head("leak")).toEqual({ version: 6, hash: events[5]?.hash });
  });

  it("refuses to open the same crisis twice, and to load one that does not exist", async () => {
    const store = new MemoryCrisisEventStore();
    await Crisis.open(store, P, opening, T0);
    await expect(Crisis.open(store, P, opening, T0)).rejects.toMatchObject({
      code: "WORKFLOW_EXISTS",
      id: "leak",
    });
    await expect(Crisis.load(store, P, "nope")).rejects.toBeInstanceOf(WorkflowError);
    await expect(Crisis.load(store, P, "nope")).rejects.toMatchObject({ code: "WORKFLOW_NOT_FOUND" });
  });

  it("writes nothing for a refused command", async () => {
    const { store, crisis, t } = await crisisIn("assessment");
    const before = await store.read("leak");
    const r = await crisis.execute({ type: "contain", ...cm }, { now: t + MINUTE });
    expect(!r.accepted && r.refusal).toMatchObject({
      code: "role_not_allowed",
      path: ["role"],
      state: "assessment",
    });
    expect(await store.read("leak")).toEqual(before);
  });

  it("refuses an invalid command with a typed refusal and the path of each problem", async () => {
    const { crisis, t } = await crisisIn("alert");
    const r = await crisis.execute({ type: "start-assessment", actor: "", role: "crisis-lead" }, { now: t });
    expect(!r.accepted && r.refusal).toMatchObject({
      code: "invalid_command",
      path: ["actor"],
      command: "start-assessment",
    });
    expect(!r.accepted && r.refusal.message.es).toContain("El comando no es válido: actor:");
    expect(!r.accepted && r.refusal.message.en).toContain("The command is not valid: actor:");
  });

  it("applies a retried command once (idempotency key), also through another instance", async () => {
    const { store, crisis, t } = await crisisIn("alert");
    const other = await Crisis.load(store, P, "leak");
    const command = { type: "start-assessment", ...lead };
    const first = await crisis.execute(command, { now: t + MINUTE, idempotencyKey: "k-1" });
    const retry = await crisis.execute(command, { now: t + 2 * MINUTE, idempotencyKey: "k-1" });
    const elsewhere = await other.execute(command, { now: t + MINUTE, idempotencyKey: "k-1" });
    expect(first.accepted && first.duplicate).toBe(false);
    expect(retry.accepted && retry.duplicate).toBe(true);
    expect(elsewhere.accepted && elsewhere.duplicate).toBe(true);
    if (!retry.accepted || !first.accepted) throw new Error("expected both accepted");
    expect(retry.events).toEqual(first.events);
    expect(retry.effects).toEqual([]);
    expect((await store.read("leak")).filter((e) => e.idempotencyKey === "k-1")).toHaveLength(1);
  });

  it("refuses with version_conflict when expectedVersion is stale, or another writer moved on, and reloads", async () => {
    const { store, crisis, t } = await crisisIn("assessment");
    const stale = await crisis.execute(
      { type: "set-severity", ...lead, severity: "sev2" },
      { now: t, expectedVersion: 1 },
    );
    expect(!stale.accepted && stale.refusal.code).toBe("version_conflict");
    expect(!stale.accepted && stale.refusal.message.en).toBe(
      "The record is at version 3, not 1: check its current state and retry.",
    );
    const other = await Crisis.load(store, P, "leak");
    await other.execute({ type: "set-severity", ...lead, severity: "sev2" }, { now: t + MINUTE });
    const lost = await crisis.execute(
      { type: "set-severity", ...lead, severity: "sev3" },
      { now: t + MINUTE },
    );
    expect(!lost.accepted && lost.refusal).toMatchObject({
      code: "version_conflict",
      details: { expected: 3, actual: 4 },
    });
    // The runtime reloaded: the other writer's severity is visible, and a retry goes through.
    expect(crisis.state.severity).toBe("sev2");
    const ok = await crisis.execute(
      { type: "set-severity", ...lead, severity: "sev3" },
      { now: t + 2 * MINUTE, expectedVersion: crisis.version },
    );
    expect(ok.accepted).toBe(true);
  });

  it("decides a refusal on the stored state, not on a stale copy", async () => {
    const { store, crisis, t } = await crisisIn("alert");
    const other = await Crisis.load(store, P, "leak");
    await other.execute({ type: "start-assessment", ...lead }, { now: t + MINUTE });
    // Stale, `crisis` is still in `alert`, where set-severity is not allowed; in the store it is in assessment.
    const r = await crisis.execute(
      { type: "set-severity", ...lead, severity: "sev2" },
      { now: t + 2 * MINUTE },
    );
    expect(r.accepted).toBe(true);
    expect(crisis.state.severity).toBe("sev2");
  });

  it("runs concurrent calls on one instance one after another", async () => {
    const { store, crisis, t } = await crisisIn("alert");
    const [a, b] = await Promise.all([
      crisis.execute({ type: "start-assessment", ...lead }, { now: t + MINUTE }),
      crisis.execute({ type: "set-severity", ...lead, severity: "sev2" }, { now: t + 2 * MINUTE }),
    ]);
    expect(a.accepted && b.accepted).toBe(true);
    expect((await store.read("leak")).map((e) => e.seq)).toEqual([1, 2, 3, 4]);
  });

  it("fires an overdue deadline exactly once, also after a restart from the stored log", async () => {
    const { store, crisis, t } = await crisisIn("containment", "sev1");
    const due = crisis.state.pending[0]?.dueAt as number;
    const early = await crisis.tick(due - 1);
    expect(early.accepted && early.events).toEqual([]);
    const fired = await crisis.tick(due + MINUTE);
    expect(fired.accepted && fired.events.map((e) => e.data.deadline)).toEqual([
      "containment.holding-statement#6",
    ]);
    expect(fired.accepted && fired.effects).toEqual([
      { kind: "notify", roles: ["crisis-lead", "executive"] },
    ]);
    const again = await crisis.tick(due + 2 * MINUTE);
    expect(again.accepted && again.events).toEqual([]);
    const restarted = await Crisis.load(store, P, "leak");
    const afterRestart = await restarted.tick(due + 3 * MINUTE);
    expect(afterRestart.accepted && afterRestart.events).toEqual([]);
    expect((await store.read("leak")).filter((e) => e.kind === "escalation")).toHaveLength(1);
    expect(t).toBeLessThan(due);
  });

  it("fires overdue deadlines before a late command, in the same atomic append", async () => {
    const { crisis } = await crisisIn("alert");
    const due = crisis.state.pending[0]?.dueAt as number;
    const r = await crisis.execute({ type: "start-assessment", ...lead }, { now: due + MINUTE });
    expect(r.accepted).toBe(true);
    if (!r.accepted) return;
    expect(r.events.map((e) => e.kind)).toEqual(["escalation", "command"]);
    expect(r.events[1]?.met).toEqual([]);
    expect(r.effects[0]).toEqual({ kind: "notify", roles: ["crisis-lead", "executive"] });
  });

  it("loads from a snapshot plus the events after it, to the same state as a full replay", async () => {
    const { store, crisis, t } = await crisisIn("containment");
    await crisis.snapshot();
    await crisis.execute(
      { type: "publish-holding-statement", ...comms, messageId: "holding-contact", lang: "es" },
      { now: t + MINUTE },
    );
    const loaded = await Crisis.load(store, P, "leak");
    expect(loaded.state).toEqual(crisis.state);
    expect(replayCrisis(P, await store.read("leak"))).toEqual(crisis.state);
    const next = await loaded.execute({ type: "respond", ...lead }, { now: t + 2 * MINUTE });
    expect(next.accepted).toBe(true);
    expect((await loaded.verify()).ok).toBe(true);
  });

  it("verifies the hash chain and detects a changed past event, in both languages", async () => {
    const { store, crisis } = await crisisIn("containment");
    expect(await crisis.verify()).toMatchObject({ ok: true, count: 6 });
    await store.rewriteEvents("leak", (events) =>
      events.map((e) => (e.seq === 3 ? { ...e, actor: "intruder" } : e)),
    );
    const v = await crisis.verify();
    expect(v).toMatchObject({ ok: false, seq: 3, problem: "hash_mismatch" });
    expect(!v.ok && v.message.es).toBe("el evento 3 se modificó después de registrarse");
    expect(!v.ok && v.message.en).toBe("event 3 was changed after it was recorded");
  });

  it("verifyCrisisLog detects a removed or reordered event", async () => {
    const { store } = await crisisIn("containment");
    const events = [...(await store.read("leak"))];
    const removed = events.filter((e) => e.seq !== 3);
    expect(verifyCrisisLog(removed)).toMatchObject({ ok: false, seq: 3 });
    const renumbered = removed.map((e, i) => ({ ...e, seq: i + 1 }));
    expect(verifyCrisisLog(renumbered)).toMatchObject({ ok: false, seq: 3, problem: "broken_chain" });
    const swapped = [events[0], events[2], events[1], ...events.slice(3)].map(
      (e) => e as (typeof events)[number],
    );
    expect(verifyCrisisLog(swapped)).toMatchObject({ ok: false, seq: 2 });
  });
});
