import { describe, expect, it } from "vitest";
import type { CaseEventInput } from "./events.js";
import { rootCauseReport } from "./report.js";
import { CaseRuntimeError, type CaseStore, createCaseRuntime, MemoryCaseStore } from "./runtime.js";
import type { CaseState } from "./state.js";
import { analysis, cleanVerdict, measurement, opening, t } from "./test-fixtures.js";

function clock(start = 0) {
  let minute = start;
  return { now: () => t(minute), advance: (m: number) => (minute += m) };
}

describe.each(["es", "en"] as const)("case runtime (%s)", (lang) => {
  it("opens, applies and stores a whole case with the injected clock", async () => {
    const store = new MemoryCaseStore();
    const c = clock();
    const cases = createCaseRuntime({ store, now: c.now });
    await cases.open(opening(lang));
    const steps: CaseEventInput[] = [
      { type: "measure", by: "ana", measurement: measurement(100) },
      { type: "analyze", by: "ana", analysis: analysis(lang, 3) },
      { type: "draft", by: "ana", text: "Hola", verdict: cleanVerdict },
      { type: "publish", by: "ana", text: "Hola" },
    ];
    for (const event of steps) {
      c.advance(1);
      expect((await cases.apply(`case-${lang}`, event)).ok).toBe(true);
    }
    const stored = await cases.get(`case-${lang}`);
    expect(stored.phase).toBe("closed");
    expect(stored.updatedAt).toBe(t(4).toISOString());
    expect(rootCauseReport(store.list()).closedCases).toBe(1);
  });

  it("returns refusals and leaves the stored case as it was", async () => {
    const store = new MemoryCaseStore();
    const cases = createCaseRuntime({ store, now: clock(1).now, locale: lang });
    const opened = await cases.open(opening(lang));
    const result = await cases.apply(`case-${lang}`, { type: "publish", by: "ana", text: "x" });
    expect(!result.ok && result.refusal.ruleId).toBe("mama/phase-skipped");
    expect(await cases.get(`case-${lang}`)).toEqual(opened);
  });

  it("throws typed errors for a missing case and an id taken twice", async () => {
    const cases = createCaseRuntime({ store: new MemoryCaseStore(), now: clock().now });
    await cases.open(opening(lang));
    await expect(cases.open(opening(lang))).rejects.toMatchObject({ code: "CASE_EXISTS" });
    await expect(cases.apply("nope", { type: "approve", by: "x" })).rejects.toBeInstanceOf(CaseRuntimeError);
    await expect(cases.get("nope")).rejects.toMatchObject({ code: "CASE_NOT_FOUND" });
  });
});

describe("concurrent changes", () => {
  it("re-checks an event against a case another agent changed meanwhile", async () => {
    const inner = new MemoryCaseStore();
    const c = clock();
    const cases = createCaseRuntime({ store: inner, now: c.now });
    await cases.open(opening("es"));
    // A store whose first save loses the race: another agent measured the case in between.
    let raced = false;
    const racing: CaseStore = {
      load: (id) => inner.load(id),
      async save(state, expected) {
        if (!raced) {
          raced = true;
          const other = createCaseRuntime({ store: inner, now: c.now });
          await other.apply("case-es", { type: "measure", by: "bea", measurement: measurement(5) });
        }
        return inner.save(state, expected);
      },
    };
    const mine = createCaseRuntime({ store: racing, now: c.now });
    c.advance(1);
    const result = await mine.apply("case-es", { type: "measure", by: "ana", measurement: measurement(7) });
    // Re-checked against the new state, the second measurement belongs to an earlier phase.
    expect(!result.ok && result.refusal.code).toBe("wrong-phase");
    const stored: CaseState = await cases.get("case-es");
    expect(stored.measurement?.by).toBe("bea");
    expect(stored.history).toHaveLength(2);
  });

  it("gives up with CASE_CONFLICT when the case keeps changing", async () => {
    const inner = new MemoryCaseStore();
    const cases = createCaseRuntime({ store: inner, now: clock().now });
    await cases.open(opening("en"));
    const never: CaseStore = { load: (id) => inner.load(id), save: async () => false };
    const stuck = createCaseRuntime({ store: never, now: clock(1).now });
    await expect(
      stuck.apply("case-en", { type: "measure", by: "ana", measurement: measurement(1) }),
    ).rejects.toMatchObject({
      code: "CASE_CONFLICT",
    });
  });
});
