import { describe, expect, it } from "vitest";
import { SourceIndex } from "../originality/source-index.js";
import { originalityExample } from "./originality-corpus.js";

describe("the example corpus", () => {
  it("has drafts that copy before attribution and quote and credit after, in Spanish and English", () => {
    const index = new SourceIndex();
    for (const source of originalityExample.sources) index.add(source);
    expect(new Set(originalityExample.drafts.map((d) => d.lang))).toEqual(new Set(["es", "en"]));
    for (const draft of originalityExample.drafts) {
      const before = index.match(draft.before);
      const after = index.match(draft.after);
      expect(
        before.map((m) => m.sourceId),
        draft.id,
      ).toEqual([draft.source]);
      expect(
        before[0]?.fragments.every((f) => !f.attribution.attributed),
        draft.id,
      ).toBe(true);
      expect(
        after.map((m) => m.sourceId),
        draft.id,
      ).toEqual([draft.source]);
      expect(
        after[0]?.fragments.every((f) => f.attribution.attributed),
        draft.id,
      ).toBe(true);
    }
  });
});
