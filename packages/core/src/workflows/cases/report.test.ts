import { describe, expect, it } from "vitest";
import type { AnalysisInput } from "./artifacts.js";
import { openCase } from "./open.js";
import { rootCauseReport } from "./report.js";
import { analysis, caseIn, cleanVerdict, measurement, opening, run, t } from "./test-fixtures.js";

function closedCase(id: string, a: AnalysisInput) {
  return run(openCase({ ...opening("es"), id }, t(0)), [
    [1, { type: "measure", by: "ana", measurement: measurement(50) }],
    [2, { type: "analyze", by: "ana", analysis: a }],
    [3, { type: "draft", by: "ana", text: "Hola", verdict: cleanVerdict }],
    [4, { type: "publish", by: "ana", text: "Hola" }],
  ]);
}

describe("rootCauseReport", () => {
  it("groups closed cases by category and owner, merging owners and causes written differently", () => {
    const es = analysis("es", 3);
    const en = analysis("en", 3);
    const cases = [
      closedCase("c1", es),
      closedCase("c2", {
        ...es,
        rootCause: {
          statement: "la hora de corte de la web NO coincide con la del transportista",
          owner: "Logistica",
        },
      }),
      closedCase("c3", en),
      closedCase("c4", { ...en, category: "question" }),
      caseIn("meditate", "es"), // open: left out
    ];
    const report = rootCauseReport(cases);
    expect(report.closedCases).toBe(4);
    expect(report.groups.map((g) => [g.category, g.owner, g.count])).toEqual([
      ["complaint", "logística", 2],
      ["complaint", "logistics", 1],
      ["question", "logistics", 1],
    ]);
    expect(report.groups[0]?.caseIds).toEqual(["c1", "c2"]);
    expect(report.groups[0]?.causes).toEqual([{ statement: es.rootCause?.statement, count: 2 }]);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it("is empty when no case is closed", () => {
    expect(rootCauseReport([caseIn("act", "en")])).toEqual({ closedCases: 0, groups: [] });
  });
});
