import { describe, expect, it } from "vitest";
import { SourceIndex } from "./source-index.js";

/** Deterministic pseudo-words, so every document's own content is its own. */
function words(seed: number, count: number): string {
  let x = seed * 2654435761;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    x = (x ^ (x >>> 13)) * 1274126177;
    x = (x ^ (x >>> 16)) >>> 0;
    out.push(`p${(x % 50_000).toString(36)}`);
  }
  return out.join(" ");
}

describe("SourceIndex on a template-heavy corpus", () => {
  // 10 templates of 60 words, each the boilerplate of 20 sources (at the default maxDocFrequency, so still
  // counted), plus 25 words of each source's own.
  const templates = Array.from({ length: 10 }, (_, t) => words(1000 + t, 60));
  const index = new SourceIndex({});
  for (let d = 0; d < 200; d++) index.add({ id: `doc-${d}`, text: `${templates[d % 10]} ${words(d, 25)}` });

  it("finds the source a draft copies even when the draft also repeats three templates shared by 60 sources", () => {
    // The copied passage is doc-7's own words; the templates' sources share far more words with the draft.
    for (const target of [7, 42, 199]) {
      const draft = `${templates[0]} ${templates[1]} ${templates[2]} ${words(target, 25)}`;
      const ids = index.match(draft).map((m) => m.sourceId);
      expect(ids).toContain(`doc-${target}`);
    }
  });
});
