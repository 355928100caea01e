import { describe, expect, it } from "vitest";
import { evaluateModerationFixtures, MODERATION_TARGETS } from "../eval/moderation.eval.js";

// Floors of the moderation eval (`pnpm eval moderation`): issue 4's targets, on every labeled comment.
describe("moderation eval floors", () => {
  const report = evaluateModerationFixtures("all");

  it("runs on at least 300 comments, half Spanish and half English", () => {
    expect(report.total).toBeGreaterThanOrEqual(300);
    expect(report.spanish).toBe(report.english);
  });

  it("has at least 15 true cases of every ground and 150 legitimate comments proposed for removal", () => {
    for (const g of report.perGround)
      expect(g.truePositives + g.falseNegatives, g.ground).toBeGreaterThanOrEqual(15);
    expect(report.legitimateRemovals).toBeGreaterThanOrEqual(150);
  });

  it("never approves removing legitimate criticism", () => {
    expect(report.wrongfulRemovals).toBe(MODERATION_TARGETS.wrongfulRemovals);
  });

  it("reaches precision >= 0.95 and recall >= 0.9 on every ground", () => {
    for (const g of report.perGround) {
      expect(g.precision, `${g.ground} precision`).toBeGreaterThanOrEqual(MODERATION_TARGETS.precision);
      expect(g.recall, `${g.ground} recall`).toBeGreaterThanOrEqual(MODERATION_TARGETS.recall);
    }
  });
});
