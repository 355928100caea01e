import { describe, expect, it } from "vitest";
import { evaluateReplies, PRECISION_TARGET, RECALL_TARGET } from "../eval/replies.eval.js";

// Floors of the reply eval (`pnpm eval replies`) for the voice rules (norm 4): a regression below the issue's
// targets fails the build. Fixtures: eval/fixtures/replies/voice-*.jsonl and voice.policy.json.
const VOICE = [
  "voice/formality",
  "voice/banned-term",
  "voice/preferred-term",
  "voice/emoji",
  "voice/length",
  "voice/sign-off",
];

describe("voice eval floors", () => {
  const report = evaluateReplies();

  it("has at least 15 positives per voice rule and language", () => {
    for (const rule of VOICE) {
      for (const lang of ["es", "en"] as const) {
        const s = report.scores.find((x) => x.rule === rule && x.lang === lang);
        expect((s?.tp ?? 0) + (s?.fn ?? 0), `${rule} ${lang} positives`).toBeGreaterThanOrEqual(15);
      }
    }
  });

  it.each(VOICE)("%s meets the precision and recall targets in both languages", (rule) => {
    const scores = report.scores.filter((x) => x.rule === rule);
    expect(scores.map((s) => s.lang).sort()).toEqual(["en", "es"]);
    for (const s of scores) {
      expect(s.precision, `${rule} ${s.lang} precision`).toBeGreaterThanOrEqual(PRECISION_TARGET);
      expect(s.recall, `${rule} ${s.lang} recall`).toBeGreaterThanOrEqual(RECALL_TARGET);
    }
  });
});
