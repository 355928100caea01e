import { describe, expect, it } from "vitest";
import type { Verdict } from "../../model/violation.js";
import { assertAccepted, WorkflowError } from "../errors.js";
import { applyCaseCommand } from "./apply-command.js";
import type { CaseCommandInput } from "./commands.js";
import { openCase } from "./open.js";
import type { CaseRefusal } from "./refusal.js";
import {
  analysis,
  caseIn,
  cleanVerdict,
  failingVerdict,
  measurement,
  opening,
  run,
  t,
} from "./test-fixtures.js";

// An engine Verdict must fit the event's verdict field: this fails to compile otherwise.
const engineVerdict: Verdict = cleanVerdict;
const draftOf = (text: string, by = "ana"): CaseCommandInput => ({
  type: "draft",
  by,
  text,
  verdict: engineVerdict,
});

function refused(state: ReturnType<typeof caseIn>, event: unknown, minutes: number) {
  const before = structuredClone(state);
  const result = applyCaseCommand(state, event as CaseCommandInput, t(minutes));
  expect(result.accepted).toBe(false);
  if (result.accepted) throw new Error("accepted");
  // The state was not mutated.
  expect(state).toEqual(before);
  expect(result.refusal.message.en.length).toBeGreaterThan(0);
  expect(result.refusal.message.es.length).toBeGreaterThan(0);
  expect(result.refusal.message.es).not.toBe(result.refusal.message.en);
  return result.refusal;
}

describe.each(["es", "en"] as const)("MAMA happy paths (%s)", (lang) => {
  const reply = lang === "es" ? "Lamentamos el retraso de su pedido." : "We are sorry your order is late.";

  it("moves a low-reach case measure → analyze → meditate → act → closed with no review or cool-down", () => {
    let state = openCase(opening(lang), t(0));
    expect(state.phase).toBe("measure");
    state = run(state, [[1, { type: "measure", by: "ana", measurement: measurement(120) }]]);
    expect(state).toMatchObject({ phase: "analyze", severity: "low", reviewRequired: false });
    state = run(state, [[2, { type: "analyze", by: "ana", analysis: analysis(lang, 3) }]]);
    expect(state.phase).toBe("meditate");
    state = run(state, [[3, draftOf(reply)]]);
    expect(state.phase).toBe("act");
    state = run(state, [[3, { type: "publish", by: "ana", text: reply }]]);
    expect(state.phase).toBe("closed");
    expect(state.publication?.text).toBe(reply);
    expect(state.history.map((h) => [h.seq, h.command.type, h.by])).toEqual([
      [1, "open", "ana"],
      [2, "measure", "ana"],
      [3, "analyze", "ana"],
      [4, "draft", "ana"],
      [5, "publish", "ana"],
    ]);
    expect(state.history[2]?.at).toBe(t(2));
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });

  it("requires five whys, another person's approval and a 10-minute cool-down for a high-reach complaint", () => {
    let state = caseIn("analyze", lang, 50_000);
    expect(state).toMatchObject({ severity: "high", reviewRequired: true });
    state = run(state, [
      [2, { type: "analyze", by: "ana", analysis: analysis(lang, 5) }],
      [3, draftOf(reply)],
    ]);
    expect(state.phase).toBe("meditate");
    state = run(state, [[4, { type: "approve", by: "bea", note: "OK" }]]);
    expect(state.phase).toBe("act");
    expect(state.approval).toEqual({ by: "bea", at: t(4), note: "OK" });
    state = run(state, [[12, { type: "publish", by: "ana", text: reply }]]);
    expect(state.phase).toBe("closed");
  });

  it("publishes a changed text when it comes with a fresh clean verdict", () => {
    const state = run(caseIn("act", lang), [
      [5, { type: "publish", by: "ana", text: `${reply}!`, verdict: cleanVerdict }],
    ]);
    expect(state.publication).toMatchObject({ text: `${reply}!`, verdict: cleanVerdict });
  });

  it("a new draft in the act phase replaces the old one and, when review is required, needs approval again", () => {
    const state = run(caseIn("act", lang, 50_000), [[5, draftOf(`${reply} v2`)]]);
    expect(state.phase).toBe("meditate");
    expect(state.approval).toBeUndefined();
    expect(state.draft?.text).toBe(`${reply} v2`);
  });

  it("a high volume of similar comments alone makes a case high severity", () => {
    const state = run(openCase(opening(lang, 10), t(0)), [
      [
        1,
        {
          type: "measure",
          by: "ana",
          measurement: { ...measurement(10), similar: { count: 80, windowMinutes: 60 } },
        },
      ],
    ]);
    expect(state).toMatchObject({ severity: "high", reviewRequired: false });
  });
});

describe.each(["es", "en"] as const)("mama/phase-skipped refusals (%s)", (lang) => {
  it("refuses publishing before measuring", () => {
    const r = refused(caseIn("measure", lang), { type: "publish", by: "ana", text: "Hola" }, 1);
    expect(r).toMatchObject({
      code: "phase_skipped",
      ruleId: "mama/phase-skipped",
      state: "measure",
      command: "publish",
    });
    expect(r.message.es).toContain("medir");
    expect(r.message.en).toContain("measure");
  });

  it("refuses a draft before the analysis", () => {
    const r = refused(caseIn("analyze", lang), draftOf("Hola"), 2);
    expect(r).toMatchObject({
      code: "phase_skipped",
      ruleId: "mama/phase-skipped",
      details: { required: "analyze" },
    });
  });

  it("refuses a draft whose verdict has errors", () => {
    const r = refused(
      caseIn("meditate", lang),
      { type: "draft", by: "ana", text: "x", verdict: failingVerdict },
      3,
    );
    expect(r).toMatchObject({
      code: "draft_has_errors",
      ruleId: "mama/phase-skipped",
      details: { errorCount: 1 },
    });
    expect(r.message.es).toContain("1 error");
  });

  it("refuses approving when there is no draft", () => {
    const r = refused(caseIn("meditate", lang, 50_000), { type: "approve", by: "bea" }, 3);
    expect(r).toMatchObject({ code: "no_draft", ruleId: "mama/phase-skipped" });
  });

  it("refuses publishing a high-reach draft before a reviewer approves it", () => {
    const state = run(caseIn("meditate", lang, 50_000), [[3, draftOf("Hola")]]);
    const r = refused(state, { type: "publish", by: "ana", text: "Hola" }, 30);
    expect(r).toMatchObject({
      code: "review_pending",
      ruleId: "mama/phase-skipped",
      details: { drafter: "ana" },
    });
    expect(r.message.es).toContain("50000");
  });

  it("refuses publishing during the cool-down and says how long is left", () => {
    const state = caseIn("act", lang, 50_000); // analysed at minute 2, high severity: 10 minutes
    const r = refused(state, { type: "publish", by: "ana", text: state.draft?.text ?? "" }, 9);
    expect(r).toMatchObject({
      code: "cool_down",
      ruleId: "mama/phase-skipped",
      details: { coolDownMinutes: 10, minutesLeft: 3, severity: "high" },
    });
    expect(r.message.es).toContain("3 min");
    expect(run(state, [[12, { type: "publish", by: "ana", text: state.draft?.text ?? "" }]]).phase).toBe(
      "closed",
    );
  });

  it("honours a configured cool-down for low-severity cases", () => {
    const state = run(openCase({ ...opening(lang), settings: { coolDownMinutes: { low: 30 } } }, t(0)), [
      [1, { type: "measure", by: "ana", measurement: measurement(5) }],
      [2, { type: "analyze", by: "ana", analysis: analysis(lang, 3) }],
      [3, draftOf("Hola")],
    ]);
    expect(state.settings.coolDownMinutes).toEqual({ low: 30, high: 10 });
    expect(refused(state, { type: "publish", by: "ana", text: "Hola" }, 20).code).toBe("cool_down");
  });

  it("refuses publishing a text that differs from the draft without a new verdict", () => {
    const r = refused(caseIn("act", lang), { type: "publish", by: "ana", text: "Otro texto" }, 30);
    expect(r).toMatchObject({ code: "unevaluated_text", ruleId: "mama/phase-skipped" });
  });

  it("refuses publishing a text whose new verdict has errors", () => {
    const r = refused(
      caseIn("act", lang),
      { type: "publish", by: "ana", text: "Otro", verdict: failingVerdict },
      30,
    );
    expect(r).toMatchObject({ code: "published_text_has_errors", ruleId: "mama/phase-skipped" });
  });
});

describe.each(["es", "en"] as const)("bad commands are refused with typed errors (%s)", (lang) => {
  it("refuses an unknown event type", () => {
    const r = refused(caseIn("measure", lang), { type: "teleport", by: "ana" }, 1);
    expect(r).toMatchObject({ code: "invalid_command", ruleId: null, command: "teleport" });
    expect(r.issues[0]?.pathText).toBe("type");
  });

  it("refuses an event with missing fields, with the path of each", () => {
    const r = refused(caseIn("measure", lang), { type: "measure", by: "ana", measurement: { reach: {} } }, 1);
    expect(r.code).toBe("invalid_command");
    const paths = r.issues.map((i) => i.pathText);
    expect(paths).toContain("measurement.sentiment");
    expect(paths).toContain("measurement.reach.followers");
    const missing = r.issues.find((i) => i.pathText === "measurement.sentiment");
    expect(missing?.code).toBe("invalid_type");
    expect(missing?.message.es).not.toBe(missing?.message.en);
  });

  it("refuses a verdict that claims ok while listing errors", () => {
    const lying = { ...failingVerdict, ok: true, errorCount: 0 };
    const r = refused(caseIn("meditate", lang), { type: "draft", by: "ana", text: "x", verdict: lying }, 3);
    expect(r.code).toBe("invalid_command");
    expect(r.issues.map((i) => i.code)).toContain("inconsistent_verdict");
  });

  it("refuses a non-object event", () => {
    expect(refused(caseIn("measure", lang), null, 1)).toMatchObject({
      code: "invalid_command",
      command: null,
    });
  });

  it("refuses an event of an earlier phase", () => {
    const r = refused(
      caseIn("meditate", lang),
      { type: "measure", by: "ana", measurement: measurement(1) },
      3,
    );
    expect(r).toMatchObject({ code: "wrong_phase", ruleId: null });
  });

  it("refuses approval in the act phase when no review is pending", () => {
    expect(refused(caseIn("act", lang), { type: "approve", by: "bea" }, 5).code).toBe("wrong_phase");
  });

  it("refuses any event on a closed case", () => {
    expect(refused(caseIn("closed", lang), draftOf("x"), 40).code).toBe("case_closed");
  });

  it("refuses a reviewer approving their own draft", () => {
    const state = run(caseIn("meditate", lang, 50_000), [[3, draftOf("Hola", "ana")]]);
    const r = refused(state, { type: "approve", by: "ana" }, 4);
    expect(r).toMatchObject({ code: "self_approval", ruleId: null, details: { reviewer: "ana" } });
    expect(r.message.es).toContain("ana escribió el borrador");
  });

  it("refuses a clock that goes back, and an invalid date", () => {
    const state = caseIn("analyze", lang);
    expect(refused(state, { type: "analyze", by: "ana", analysis: analysis(lang) }, 0).code).toBe(
      "clock_went_back",
    );
    const result = applyCaseCommand(
      state,
      { type: "analyze", by: "ana", analysis: analysis(lang) },
      Number.NaN,
    );
    expect(!result.accepted && result.refusal.code).toBe("invalid_time");
  });

  it("assertAccepted throws a WorkflowError in the chosen language", () => {
    const result = applyCaseCommand(caseIn("measure", lang), { type: "publish", by: "ana", text: "x" }, t(1));
    expect(() => assertAccepted(result, lang)).toThrow(WorkflowError);
    try {
      assertAccepted(result, lang);
    } catch (error) {
      const e = error as WorkflowError;
      expect(e.code).toBe("WORKFLOW_REFUSED");
      expect((e.refusal as CaseRefusal | undefined)?.ruleId).toBe("mama/phase-skipped");
      expect(e.message).toBe(e.refusal?.message[lang]);
    }
  });
});
