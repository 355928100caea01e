import { describe, expect, it } from "vitest";
import { compilePolicy } from "../rules/compile-policy.js";
import { policyFor } from "../testing/rule-fixtures.js";
import type { Classifier } from "./classifier.js";
import { evaluatePostAsync, evaluateReplyAsync } from "./evaluate-async.js";

const author = { id: "ana", roles: ["agent"] };

const toxicity = (score: number, delayMs = 0): Classifier => ({
  id: "toxicity",
  messages: { es: { toxic: "El modelo ve toxicidad ({score})." } },
  async classify({ text }) {
    if (delayMs > 0) await new Promise((r) => setTimeout(r, delayMs));
    return { labels: [{ label: "toxic", score, span: { start: 0, end: Math.min(4, text.length) } }] };
  },
});

describe("evaluateReplyAsync", () => {
  it("turns labels at or above the threshold into violations, with the classifier's own message", async () => {
    const compiled = compilePolicy(policyFor(), { classifiers: [toxicity(0.93)] });
    const verdict = await evaluateReplyAsync(compiled, { brand: "acme-es", author, text: "Vaya tela." });
    expect(verdict.ok).toBe(false);
    expect(verdict.violations[0]).toMatchObject({
      ruleId: "classifier/toxicity",
      message: "El modelo ve toxicidad (0.93).",
      span: { start: 0, end: 4 },
      evidence: { classifier: "toxicity", label: "toxic", score: 0.93 },
    });
  });

  it("ignores labels under the threshold, with a generic English message otherwise", async () => {
    const low = compilePolicy(policyFor(), { classifiers: [toxicity(0.5)] });
    expect((await evaluateReplyAsync(low, { brand: "acme-en", author, text: "Fine." })).violations).toEqual(
      [],
    );
    const high = compilePolicy(policyFor(), { classifiers: [toxicity(0.9)] });
    const verdict = await evaluateReplyAsync(high, { brand: "acme-en", author, text: "Whatever." });
    expect(verdict.violations[0]?.message).toBe("The toxicity classifier flags this text as toxic (0.90).");
  });

  it("falls back to a warning when a classifier times out, and keeps the verdict", async () => {
    const slow = { ...toxicity(0.99, 200), timeoutMs: 20 };
    const compiled = compilePolicy(policyFor(), { classifiers: [slow] });
    const verdict = await evaluateReplyAsync(compiled, { brand: "acme-es", author, text: "Hola" });
    expect(verdict.ok).toBe(true);
    expect(verdict.violations[0]).toMatchObject({
      ruleId: "classifier/unavailable",
      severity: "warning",
      evidence: { classifier: "toxicity", reason: "timeout" },
    });
    expect(verdict.violations[0]?.message).toContain("no respondió");
  });

  it("fails closed when asked, on a classifier that throws", async () => {
    const broken: Classifier = {
      id: "broken",
      onFailure: "error",
      classify: async () => {
        throw new Error("503");
      },
    };
    const compiled = compilePolicy(policyFor(), { classifiers: [broken] });
    const verdict = await evaluatePostAsync(compiled, { brand: "acme-en", author, text: "Spring sale" });
    expect(verdict.ok).toBe(false);
    expect(verdict.violations[0]).toMatchObject({
      severity: "error",
      evidence: { reason: "error", detail: "503" },
    });
  });

  it("runs only the classifiers that apply to the target", async () => {
    const postOnly = { ...toxicity(0.99), targets: ["post" as const] };
    const compiled = compilePolicy(policyFor(), { classifiers: [postOnly] });
    expect((await evaluateReplyAsync(compiled, { brand: "acme-es", author, text: "x" })).violations).toEqual(
      [],
    );
  });
});
