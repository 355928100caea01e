import { describe, expect, it } from "vitest";
import { englishSentimentLexicon } from "../lang/en/lexicons/sentiment.js";
import { spanishSentimentLexicon } from "../lang/es/lexicons/sentiment.js";
import { decodeSentimentLexicon, sentimentLexicon } from "./sentiment-lexicon.js";

describe("decodeSentimentLexicon", () => {
  it("reads weights and front-coded terms", () => {
    expect(decodeSentimentLexicon("-2:abandon,Ged,Gs\n3:admire,Fd,Fs")).toEqual([
      ["abandon", -2],
      ["abandoned", -2],
      ["abandons", -2],
      ["admire", 3],
      ["admired", 3],
      ["admires", 3],
    ]);
  });

  it("starts each weight's terms afresh and keeps phrases whole", () => {
    expect(decodeSentimentLexicon("-3:does not work,Bnot\n2:good,Bod job")).toEqual([
      ["does not work", -3],
      ["donot", -3],
      ["good", 2],
      ["good job", 2],
    ]);
  });

  it("skips lines without a numeric weight", () => {
    expect(decodeSentimentLexicon("\nx:abc\n1:ok")).toEqual([["ok", 1]]);
  });

  it.each([
    ["en", englishSentimentLexicon, 3365, ["abandon", -2], ["does not work", -3]],
    ["es", spanishSentimentLexicon, 2896, ["bastardo", -5], ["hijo de puta", -5]],
  ] as const)(
    "decodes the shipped %s lexicon: every term once, folded",
    (_lang, data, count, word, phrase) => {
      const entries = decodeSentimentLexicon(data);
      expect(entries).toHaveLength(count);
      expect(new Set(entries.map(([term]) => term)).size).toBe(count);
      for (const [term, weight] of entries) {
        expect(term).toMatch(/^[^A-Z,:\n]+$/);
        expect(Number.isInteger(weight) && weight >= -5 && weight <= 5).toBe(true);
      }
      expect(entries).toContainEqual(word);
      expect(entries).toContainEqual(phrase);
    },
  );

  it("compiles the shipped lexicons into words and phrases", () => {
    expect(sentimentLexicon("en").words.get("abandon")?.weight).toBe(-2);
    expect(sentimentLexicon("es").words.get("bastardo")?.weight).toBe(-5);
  });
});
