import { describe, expect, it } from "vitest";
import { run } from "../../eval/originality.eval.js";

describe("originality eval floor", () => {
  it("keeps precision and recall of originality/unattributed-copy at 0.95 or more on the labeled drafts", async () => {
    const report = await run({ quiet: true });
    expect(report.positives).toBeGreaterThanOrEqual(30);
    expect(report.negatives).toBeGreaterThanOrEqual(report.positives);
    expect(report.failures).toEqual([]);
    expect(report.precision).toBeGreaterThanOrEqual(0.95);
    expect(report.recall).toBeGreaterThanOrEqual(0.95);
  });
});
