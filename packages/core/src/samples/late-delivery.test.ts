import { describe, expect, it } from "vitest";
import { compilePolicy } from "../rules/compile-policy.js";
import { definePolicy } from "../rules/define-policy.js";
import { replayCase } from "../workflows/cases/replay.js";
import { rootCauseReport } from "../workflows/cases/report.js";
import { lateDeliveryCase } from "./late-delivery.js";
import { playCaseScript } from "./play-case-script.js";

describe("the late-delivery worked example", () => {
  const compiled = compilePolicy(definePolicy(lateDeliveryCase.policy));
  const { state, log } = playCaseScript(lateDeliveryCase, compiled);

  it("gives every outcome the script expects, refusals included", () => {
    expect(log.map((s) => [s.type, s.outcome])).toEqual(
      lateDeliveryCase.steps.map((s) => [s.command.type, s.expect]),
    );
    expect(log.every((s) => s.asExpected)).toBe(true);
  });

  it("shows each refusal in Spanish and English", () => {
    const refusals = log.filter((s) => s.refusal !== undefined).map((s) => s.refusal);
    expect(refusals.map((r) => r?.ruleId)).toEqual([
      "mama/phase-skipped",
      "mama/root-cause-missing",
      "mama/phase-skipped",
      null,
      "mama/phase-skipped",
      "mama/phase-skipped",
    ]);
    const tooShort = refusals[1];
    expect(tooShort?.message.es).toBe(
      "Caso case-2026-1123-001: el análisis tiene 3 porqué(s); este caso necesita al menos 5 para llegar a la causa raíz.",
    );
    expect(tooShort?.message.en).toBe(
      "Case case-2026-1123-001: the analysis has 3 why(s); this case needs at least 5 to reach a root cause.",
    );
    expect(refusals[2]).toMatchObject({ code: "draft_has_errors", details: { errorCount: 1 } });
    expect(refusals[5]?.message.es).toContain("espera 3 min más");
  });

  it("closes the case with the carrier cut-off as the root cause owned by logistics", () => {
    expect(state.phase).toBe("closed");
    expect(state.severity).toBe("high");
    expect(state.draft?.verdict.errorCount).toBe(0);
    // The refused draft is not in the history; the accepted one is.
    expect(state.history.filter((h) => h.command.type === "draft")).toHaveLength(1);
    expect(state.publication?.text).toBe(state.draft?.text);
    expect(state.analysis?.rootCause?.statement).toContain("transportista (18:00)");
    expect(replayCase(state.history)).toEqual(state);
    expect(rootCauseReport([state]).groups).toMatchObject([
      { category: "complaint", owner: "logística", count: 1 },
    ]);
  });
});
