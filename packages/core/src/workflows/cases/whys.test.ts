import { describe, expect, it } from "vitest";
import { applyCaseCommand } from "./apply-command.js";
import type { AnalysisInput } from "./artifacts.js";
import { openCase } from "./open.js";
import { analysis, caseIn, measurement, opening, run, t } from "./test-fixtures.js";
import { checkAnalysis, normalizeStep } from "./whys.js";

function refusalFor(a: AnalysisInput, followers = 120, lang: "es" | "en" = "es") {
  const state = caseIn("analyze", lang, followers);
  const result = applyCaseCommand(state, { type: "analyze", by: "ana", analysis: a }, t(2));
  expect(result.accepted).toBe(false);
  if (result.accepted) throw new Error("accepted");
  expect(result.refusal.ruleId).toBe("mama/root-cause-missing");
  return result.refusal;
}

describe("normalizeStep", () => {
  it("folds case, accents, punctuation and spacing", () => {
    expect(normalizeStep("  ¿Por qué  SALIÓ tarde?! ")).toBe("por que salio tarde");
    expect(normalizeStep("It left LATE...")).toBe(normalizeStep("it left late"));
    expect(normalizeStep(" ¿? ")).toBe("");
  });
});

describe.each(["es", "en"] as const)("mama/root-cause-missing (%s)", (lang) => {
  it("refuses fewer whys than the default minimum of three", () => {
    const r = refusalFor(analysis(lang, 2), 120, lang);
    expect(r).toMatchObject({ code: "chain_too_short", details: { min: 3, given: 2 } });
    expect(r.issues[0]).toMatchObject({ code: "too_short", pathText: "analysis.whys" });
    expect(r.message.es).toContain("al menos 3");
    expect(r.message.en).toContain("at least 3");
  });

  it("needs five whys for a high-reach complaint, and three are enough for a high-reach neutral question", () => {
    expect(refusalFor(analysis(lang, 4), 50_000, lang)).toMatchObject({
      code: "chain_too_short",
      details: { min: 5 },
    });
    const neutral = run(openCase(opening(lang, 50_000), t(0)), [
      [1, { type: "measure", by: "ana", measurement: measurement(50_000, "neutral") }],
      [2, { type: "analyze", by: "ana", analysis: { ...analysis(lang, 3), category: "question" } }],
    ]);
    expect(neutral.phase).toBe("meditate");
  });

  it("takes the minimum depth from the case settings", () => {
    const state = run(openCase({ ...opening(lang), settings: { minWhys: 1 } }, t(0)), [
      [1, { type: "measure", by: "ana", measurement: measurement(10) }],
      [2, { type: "analyze", by: "ana", analysis: analysis(lang, 1) }],
    ]);
    expect(state.phase).toBe("meditate");
  });

  it("refuses an empty why or a because of only spaces and punctuation, with its path", () => {
    const a = analysis(lang, 3);
    const whys = [...(a.whys ?? [])];
    whys[1] = { why: whys[1]?.why ?? "", because: "  ¿?.. " };
    const r = refusalFor({ ...a, whys }, 120, lang);
    expect(r.code).toBe("empty_step");
    expect(r.issues.map((i) => i.pathText)).toContain("analysis.whys[1].because");
  });

  it("refuses a chain that loops back to the problem, even with other case and punctuation", () => {
    const a = analysis(lang, 3);
    const whys = [...(a.whys ?? [])];
    const problem = whys[0]?.because ?? "";
    whys[2] = { why: whys[2]?.why ?? "", because: `  ${problem.toUpperCase()}!!` };
    const r = refusalFor({ ...a, whys }, 120, lang);
    expect(r.code).toBe("circular_chain");
    expect(r.issues[0]).toMatchObject({
      code: "circular",
      pathText: "analysis.whys[2].because",
      message: { en: "This answer repeats step 1 of the chain." },
    });
    expect(r.issues[0]?.message.es).toBe("Esta respuesta repite el paso 1 de la cadena.");
  });

  it("refuses an answer that restates its own question", () => {
    const a = analysis(lang, 3);
    const whys = [...(a.whys ?? [])];
    whys[0] = { why: "Why late?", because: "why LATE" };
    expect(refusalFor({ ...a, whys }, 120, lang).code).toBe("circular_chain");
  });

  it("refuses a why that repeats an earlier why out of sequence", () => {
    const a = analysis(lang, 3);
    const whys = [...(a.whys ?? [])];
    whys[2] = { why: whys[0]?.why ?? "", because: "Something new entirely" };
    const r = refusalFor({ ...a, whys }, 120, lang);
    expect(r.code).toBe("circular_chain");
    expect(r.issues[0]?.pathText).toBe("analysis.whys[2].why");
  });

  it("accepts a why that restates the previous answer (the chain going deeper)", () => {
    const whys = [
      { why: "¿Por qué llegó tarde?", because: "Salió tarde del almacén." },
      { why: "Salió tarde del almacén", because: "Perdió la recogida." },
      { why: "¿Por qué perdió la recogida?", because: "El transportista recoge antes." },
    ];
    expect(
      checkAnalysis(
        { category: "complaint", whys, rootCause: { statement: "Corte desalineado", owner: "logística" } },
        3,
      ),
    ).toBeNull();
  });

  it("refuses an analysis without a root cause or without an owner", () => {
    const { rootCause: _, ...none } = analysis(lang, 3);
    const r = refusalFor(none, 120, lang);
    expect(r.code).toBe("root_cause_missing");
    expect(r.issues.map((i) => i.pathText)).toEqual([
      "analysis.rootCause.statement",
      "analysis.rootCause.owner",
    ]);
    const a = analysis(lang, 3);
    const noOwner = refusalFor(
      { ...a, rootCause: { statement: a.rootCause?.statement ?? "", owner: "  " } },
      120,
      lang,
    );
    expect(noOwner.issues.map((i) => i.code)).toEqual(["no_owner"]);
    expect(noOwner.message.es).toContain("causa raíz con responsable");
  });

  it("refuses a root cause that restates the problem", () => {
    const a = analysis(lang, 3);
    const r = refusalFor({ ...a, rootCause: { statement: a.whys?.[0]?.why ?? "", owner: "ops" } }, 120, lang);
    expect(r.code).toBe("circular_chain");
    expect(r.issues.map((i) => i.code)).toContain("root_is_problem");
  });

  it("lists every problem, and gives the most basic one as the code", () => {
    const r = refusalFor({ category: "complaint", whys: [{ why: "", because: "x" }] }, 120, lang);
    expect(r.code).toBe("empty_step");
    expect(r.issues.map((i) => i.code)).toEqual(["empty_why", "too_short", "no_root_cause", "no_owner"]);
  });
});
