import { describe, expect, it } from "vitest";
import { evaluateReplies, PRECISION_TARGET, RECALL_TARGET } from "../eval/replies.eval.js";

// Floors of the reply eval (`pnpm eval replies`) for the respect, brand and authority rules: a regression
// below the targets fails the build. The voice rules are pinned by their own engineer's floors.
const PINNED = [
  "respect/insult",
  "respect/dismissive",
  "respect/unacknowledged-complaint",
  "brand/foreign-brand",
  "authority/commitment",
  "authority/liability-admission",
  "authority/speaks-for-company",
];

describe("reply eval floors", () => {
  const report = evaluateReplies();

  it("has at least 15 positives per pinned rule and language on a fixture set of both languages", () => {
    expect(report.fixtures.es).toBeGreaterThanOrEqual(200);
    expect(report.fixtures.en).toBeGreaterThanOrEqual(200);
    for (const rule of PINNED) {
      for (const lang of ["es", "en"] as const) {
        const s = report.scores.find((x) => x.rule === rule && x.lang === lang);
        expect(s, `${rule} ${lang}`).toBeDefined();
        expect((s?.tp ?? 0) + (s?.fn ?? 0), `${rule} ${lang} positives`).toBeGreaterThanOrEqual(15);
      }
    }
  });

  it.each(PINNED)("%s meets the precision and recall targets in both languages", (rule) => {
    for (const s of report.scores.filter((x) => x.rule === rule)) {
      expect(s.precision, `${rule} ${s.lang} precision`).toBeGreaterThanOrEqual(PRECISION_TARGET);
      expect(s.recall, `${rule} ${s.lang} recall`).toBeGreaterThanOrEqual(RECALL_TARGET);
    }
  });
});
