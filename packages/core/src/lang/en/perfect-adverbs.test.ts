import { describe, expect, it } from "vitest";
import { createTextView } from "../../text/text-view.js";
import { analysisOf } from "../index.js";

const groups = (text: string) =>
  analysisOf(createTextView(text), "en").groups.map((g) => ({
    lemma: g.lemma,
    tam: g.tam,
    negated: g.negated,
  }));

describe("English perfect with an adverb inside", () => {
  it("reads `have` + adverb + participle as one past group", () => {
    expect(groups("We've already said it.")[0]).toEqual({ lemma: "say", tam: "past", negated: false });
    expect(groups("We have repeatedly explained it.")[0]).toEqual({
      lemma: "explain",
      tam: "past",
      negated: false,
    });
  });

  it("keeps a negation between `have` and the participle", () => {
    expect(groups("We have never received it.")[0]).toEqual({
      lemma: "receive",
      tam: "past",
      negated: true,
    });
    expect(groups("I haven't been told.")[0]?.negated).toBe(true);
  });
});
