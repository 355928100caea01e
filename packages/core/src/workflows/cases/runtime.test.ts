import { describe, expect, it } from "vitest";
import type { CaseCommandInput } from "./commands.js";
import { rootCauseReport } from "./report.js";
import { MamaCase, MemoryCaseStore } from "./runtime.js";
import { analysis, cleanVerdict, measurement, opening, t } from "./test-fixtures.js";

describe.each(["es", "en"] as const)("MamaCase runtime (%s)", (lang) => {
  const id = `case-${lang}`;

  it("opens, applies and stores a whole case, each command at its time", async () => {
    const store = new MemoryCaseStore();
    const c = await MamaCase.open(store, opening(lang), t(0));
    const steps: CaseCommandInput[] = [
      { type: "measure", by: "ana", measurement: measurement(100) },
      { type: "analyze", by: "ana", analysis: analysis(lang, 3) },
      { type: "draft", by: "ana", text: "Hola", verdict: cleanVerdict },
      { type: "publish", by: "ana", text: "Hola" },
    ];
    for (const [i, command] of steps.entries()) {
      const r = await c.execute(command, { now: t(i + 1) });
      expect(r.accepted && r.events.map((e) => [e.seq, e.command.type])).toEqual([[i + 2, command.type]]);
    }
    const stored = await MamaCase.load(store, id);
    expect(stored.state).toEqual(c.state);
    expect(stored.state.phase).toBe("closed");
    expect(stored.state.updatedAt).toBe(t(4));
    expect(stored.version).toBe(5);
    expect(rootCauseReport(store.list()).closedCases).toBe(1);
  });

  it("returns effects: a review to ask for, a cool-down to wait out", async () => {
    const c = await MamaCase.open(new MemoryCaseStore(), opening(lang, 50_000), t(0));
    await c.execute({ type: "measure", by: "ana", measurement: measurement(50_000) }, { now: t(1) });
    const analysed = await c.execute(
      { type: "analyze", by: "ana", analysis: analysis(lang, 5) },
      { now: t(2) },
    );
    expect(analysed.accepted && analysed.effects).toEqual([{ kind: "cool-down", until: t(12) }]);
    const drafted = await c.execute(
      { type: "draft", by: "ana", text: "Hola", verdict: cleanVerdict },
      { now: t(3) },
    );
    expect(drafted.accepted && drafted.effects).toEqual([{ kind: "request-review", drafter: "ana" }]);
  });

  it("returns refusals and leaves the stored case as it was", async () => {
    const store = new MemoryCaseStore();
    const c = await MamaCase.open(store, opening(lang), t(0));
    const result = await c.execute({ type: "publish", by: "ana", text: "x" }, { now: t(1) });
    expect(!result.accepted && result.refusal.ruleId).toBe("mama/phase-skipped");
    expect(!result.accepted && result.refusal.state).toBe("measure");
    expect((await MamaCase.load(store, id)).state).toEqual(c.state);
    expect((await store.load(id))?.version).toBe(1);
  });

  it("throws typed errors for a missing case, an id taken twice and a bad opening", async () => {
    const store = new MemoryCaseStore();
    await MamaCase.open(store, opening(lang), t(0));
    await expect(MamaCase.open(store, opening(lang), t(0))).rejects.toMatchObject({
      code: "WORKFLOW_EXISTS",
    });
    await expect(MamaCase.load(store, "nope")).rejects.toMatchObject({ code: "WORKFLOW_NOT_FOUND" });
    await expect(MamaCase.load(store, "")).rejects.toMatchObject({ code: "INPUT_INVALID" });
    await expect(MamaCase.open(store, { ...opening(lang), id: "" }, t(0))).rejects.toMatchObject({
      code: "INPUT_INVALID",
      issues: [expect.objectContaining({ path: ["id"] })],
    });
    await expect(MamaCase.open(store, opening(lang), Number.NaN)).rejects.toMatchObject({
      code: "INPUT_INVALID",
      issues: [expect.objectContaining({ path: ["now"], code: "invalid_time" })],
    });
  });

  it("refuses a stored case that does not validate with a typed error", async () => {
    const store = new MemoryCaseStore();
    await store.save(id, { nonsense: true } as never, 0);
    await expect(MamaCase.load(store, id)).rejects.toMatchObject({ code: "WORKFLOW_LOG_INVALID" });
  });
});

describe("concurrent changes and retries", () => {
  it("refuses a command decided on a case another instance changed meanwhile, and reloads", async () => {
    const store = new MemoryCaseStore();
    const mine = await MamaCase.open(store, opening("es"), t(0));
    const other = await MamaCase.load(store, "case-es");
    await other.execute({ type: "measure", by: "bea", measurement: measurement(5) }, { now: t(1) });
    const result = await mine.execute(
      { type: "measure", by: "ana", measurement: measurement(7) },
      { now: t(1) },
    );
    expect(!result.accepted && result.refusal.code).toBe("version_conflict");
    expect(!result.accepted && result.refusal.message.es).toContain("versión 2");
    // Reloaded: the second measurement now belongs to an earlier phase.
    expect(mine.state.measurement?.by).toBe("bea");
    const again = await mine.execute(
      { type: "measure", by: "ana", measurement: measurement(7) },
      { now: t(2) },
    );
    expect(!again.accepted && again.refusal.code).toBe("wrong_phase");
    expect((await MamaCase.load(store, "case-es")).state.history).toHaveLength(2);
  });

  it("honours expectedVersion, after looking at the store", async () => {
    const store = new MemoryCaseStore();
    const mine = await MamaCase.open(store, opening("en"), t(0));
    const other = await MamaCase.load(store, "case-en");
    await other.execute({ type: "measure", by: "bea", measurement: measurement(5) }, { now: t(1) });
    const stale = await mine.execute(
      { type: "analyze", by: "ana", analysis: analysis("en", 3) },
      { now: t(2), expectedVersion: 1 },
    );
    expect(!stale.accepted && stale.refusal).toMatchObject({
      code: "version_conflict",
      details: { expected: 1, actual: 2 },
      path: ["expectedVersion"],
    });
    // This instance was behind: with the store's version it goes through.
    const fresh = await mine.execute(
      { type: "analyze", by: "ana", analysis: analysis("en", 3) },
      { now: t(2), expectedVersion: 2 },
    );
    expect(fresh.accepted).toBe(true);
  });

  it("applies a retried command once and refuses the key for another command", async () => {
    const store = new MemoryCaseStore();
    const c = await MamaCase.open(store, opening("es"), t(0));
    const command = { type: "measure", by: "ana", measurement: measurement(5) } as const;
    const first = await c.execute(command, { now: t(1), idempotencyKey: "k-1" });
    const retry = await c.execute(command, { now: t(1), idempotencyKey: "k-1" });
    expect(first.accepted && !first.duplicate).toBe(true);
    expect(retry.accepted && retry.duplicate).toBe(true);
    expect(retry.accepted && first.accepted && retry.events).toEqual(first.accepted && first.events);
    expect(c.state.history.at(-1)?.idempotencyKey).toBe("k-1");
    const other = await c.execute({ ...command, by: "bea" }, { now: t(2), idempotencyKey: "k-1" });
    expect(!other.accepted && other.refusal).toMatchObject({
      code: "idempotency_conflict",
      path: ["idempotencyKey"],
      details: { key: "k-1" },
    });
    expect(c.version).toBe(2);
  });
});
