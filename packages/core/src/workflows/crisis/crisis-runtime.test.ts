import { describe, expect, it } from "vitest";
import { Crisis, CrisisError } from "./crisis-runtime.js";
import { replayCrisis } from "./lifecycle.js";
import { MemoryCrisisEventStore } from "./memory-crisis-event-store.js";
import { standardProtocol } from "./standard-protocol.js";
import { cm, comms, lead, MINUTE, pathTo, T0 } from "./testing.js";

const P = standardProtocol;
const opening = { crisisId: "leak", brand: "acme-air", ...cm, reason: "listening" };

async function crisisIn(state: string, severity = "sev1") {
  const store = new MemoryCrisisEventStore();
  const crisis = await Crisis.open(store, P, opening, T0);
  let t = T0;
  for (const c of pathTo(state, severity)) {
    t += MINUTE;
    const r = await crisis.execute(c, { now: t });
    if (!r.ok) throw new Error(r.refusal.message.en);
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
  });

  it("refuses to open the same crisis twice", async () => {
    const store = new MemoryCrisisEventStore();
    await Crisis.open(store, P, opening, T0);
    await expect(Crisis.open(store, P, opening, T0)).rejects.toBeInstanceOf(CrisisError);
  });

  it("refuses to load a crisis that does not exist", async () => {
    await expect(Crisis.load(new MemoryCrisisEventStore(), P, "nope")).rejects.toMatchObject({
      code: "CRISIS_NOT_FOUND",
    });
  });

  it("writes nothing for a refused command", async () => {
    const { store, crisis, t } = await crisisIn("assessment");
    const before = await store.read("leak");
    const r = await crisis.execute({ type: "contain", ...cm }, { now: t + MINUTE });
    expect(!r.ok && r.refusal.code).toBe("role_not_allowed");
    expect(await store.read("leak")).toEqual(before);
  });

  it("refuses an invalid command with a typed refusal instead of throwing", async () => {
    const { crisis, t } = await crisisIn("alert");
    const r = await crisis.execute({ type: "start-assessment", actor: "", role: "crisis-lead" }, { now: t });
    expect(!r.ok && r.refusal.code).toBe("invalid_command");
    expect(!r.ok && r.refusal.message.es).toContain("El comando no es válido");
  });

  it("applies a retried command once (idempotency key)", async () => {
    const { store, crisis, t } = await crisisIn("alert");
    const command = { type: "start-assessment", ...lead };
    const first = await crisis.execute(command, { now: t + MINUTE, idempotencyKey: "k-1" });
    const retry = await crisis.execute(command, { now: t + 2 * MINUTE, idempotencyKey: "k-1" });
    expect(first.ok && first.duplicate).toBe(false);
    expect(retry.ok && retry.duplicate).toBe(true);
    if (!retry.ok || !first.ok) throw new Error("expected both accepted");
    expect(retry.event).toEqual(first.event);
    expect((await store.read("leak")).filter((e) => e.idempotencyKey === "k-1")).toHaveLength(1);
  });

  it("detects a retry through another instance of the same crisis", async () => {
    const { store, crisis, t } = await crisisIn("alert");
    const other = await Crisis.load(store, P, "leak");
    await crisis.execute({ type: "start-assessment", ...lead }, { now: t + MINUTE, idempotencyKey: "k-2" });
    const r = await other.execute(
      { type: "start-assessment", ...lead },
      { now: t + MINUTE, idempotencyKey: "k-2" },
    );
    expect(r.ok && r.duplicate).toBe(true);
  });

  it("refuses with version_conflict when expectedVersion is stale, or another writer moved on", async () => {
    const { store, crisis, t } = await crisisIn("assessment");
    const stale = await crisis.execute(
      { type: "set-severity", ...lead, severity: "sev2" },
      { now: t, expectedVersion: 1 },
    );
    expect(!stale.ok && stale.refusal.code).toBe("version_conflict");
    expect(!stale.ok && stale.refusal.message.en).toBe(
      "The crisis log is at version 3, not 1; reload and retry.",
    );
    const other = await Crisis.load(store, P, "leak");
    await other.execute({ type: "set-severity", ...lead, severity: "sev2" }, { now: t + MINUTE });
    const lost = await crisis.execute(
      { type: "set-severity", ...lead, severity: "sev3" },
      { now: t + MINUTE },
    );
    expect(!lost.ok && lost.refusal.code).toBe("version_conflict");
    await crisis.refresh();
    expect(crisis.state.severity).toBe("sev2");
    const ok = await crisis.execute(
      { type: "set-severity", ...lead, severity: "sev3" },
      { now: t + 2 * MINUTE, expectedVersion: crisis.version },
    );
    expect(ok.ok).toBe(true);
  });

  it("runs concurrent calls on one instance one after another", async () => {
    const { store, crisis, t } = await crisisIn("alert");
    const [a, b] = await Promise.all([
      crisis.execute({ type: "start-assessment", ...lead }, { now: t + MINUTE }),
      crisis.execute({ type: "set-severity", ...lead, severity: "sev2" }, { now: t + 2 * MINUTE }),
    ]);
    expect(a.ok && b.ok).toBe(true);
    expect((await store.read("leak")).map((e) => e.seq)).toEqual([1, 2, 3, 4]);
  });

  it("fires an overdue deadline exactly once, also after a restart from the stored log", async () => {
    const { store, crisis, t } = await crisisIn("containment", "sev1");
    const due = crisis.state.pending[0]?.dueAt as number;
    expect(await crisis.tick(due - 1)).toEqual([]);
    const fired = await crisis.tick(due + MINUTE);
    expect(fired.map((e) => e.data.deadline)).toEqual(["containment.holding-statement#6"]);
    expect(fired[0]?.effects).toEqual([{ kind: "notify", roles: ["crisis-lead", "executive"] }]);
    expect(await crisis.tick(due + 2 * MINUTE)).toEqual([]);
    const restarted = await Crisis.load(store, P, "leak");
    expect(await restarted.tick(due + 3 * MINUTE)).toEqual([]);
    expect((await store.read("leak")).filter((e) => e.kind === "escalation")).toHaveLength(1);
    expect(t).toBeLessThan(due);
  });

  it("fires overdue deadlines before a late command, in the same atomic append", async () => {
    const { crisis } = await crisisIn("alert");
    const due = crisis.state.pending[0]?.dueAt as number;
    const r = await crisis.execute({ type: "start-assessment", ...lead }, { now: due + MINUTE });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.escalations.map((e) => e.kind)).toEqual(["escalation"]);
    expect(r.event.met).toEqual([]);
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
    expect(next.ok).toBe(true);
    expect((await loaded.verify()).ok).toBe(true);
  });

  it("verifies the hash chain and detects a changed past event", async () => {
    const { store, crisis } = await crisisIn("containment");
    expect(await crisis.verify()).toMatchObject({ ok: true, count: 6 });
    const events = await store.read("leak");
    (events[2] as { actor: string }).actor = "intruder";
    const v = await crisis.verify();
    expect(v).toMatchObject({ ok: false, seq: 3, problem: "hash_mismatch" });
    expect(!v.ok && v.message.es).toBe("el evento 3 se modificó después de registrarse");
  });

  it("detects a removed or reordered event", async () => {
    const { store } = await crisisIn("containment");
    const { verifyCrisisLog } = await import("./chain.js");
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
