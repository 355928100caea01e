import { compilePolicy, evaluateReplyAsync } from "@normas/core";
import { generateText, wrapLanguageModel } from "ai";
import { MockLanguageModelV3 } from "ai/test";
import { describe, expect, test } from "vitest";
import { en, es, generated, modelGenerating, policy } from "../test/helpers.js";
import { GuardrailOptionsError, NormasGuardrailError } from "./errors.js";
import { normasGuardrail } from "./guardrail.js";
import { createModelClassifier, JUDGEMENT_RULES } from "./model-classifier.js";

/** A judge model that answers with these findings. */
const judge = (findings: { rule: string; confidence: number; quote: string }[]) =>
  modelGenerating(generated(JSON.stringify({ findings })));

const EN = "As you were told, please check the tracking page before writing again. ^AG";
const ES = "Como ya se le explicó, consulte el seguimiento antes de volver a escribir. ^AG";

function promptOf(model: MockLanguageModelV3): string {
  const user = model.doGenerateCalls[0]?.prompt.find((m) => m.role === "user");
  return user?.role === "user" && user.content[0]?.type === "text" ? user.content[0].text : "";
}

describe("a model as a second judge", () => {
  test("turns a confident English finding into a violation with the quoted span", async () => {
    const model = judge([{ rule: "respect/dismissive", confidence: 0.92, quote: "As you were told" }]);
    const compiled = compilePolicy(policy, { classifiers: [createModelClassifier({ model })] });
    const verdict = await evaluateReplyAsync(compiled, { ...en, text: EN });
    const found = verdict.violations.find((v) => v.ruleId === "classifier/model-judge");
    expect(found?.severity).toBe("warning");
    expect(found?.span).toEqual({ start: 0, end: "As you were told".length });
    expect(found?.message).toBe("A model judge reads this as breaking respect/dismissive (0.92).");
    expect(found?.evidence).toMatchObject({ label: "respect/dismissive", score: 0.92 });
    const prompt = promptOf(model);
    expect(prompt).toContain(EN);
    expect(prompt).toContain("- respect/dismissive: Replies are not condescending, dismissive or blaming.");
    expect(prompt).toContain("in English (en-GB)");
    expect(model.doGenerateCalls[0]?.responseFormat?.type).toBe("json");
  });

  test("writes its message in Spanish for a Spanish reply", async () => {
    const model = judge([{ rule: "respect/dismissive", confidence: 0.9, quote: "Como ya se le explicó" }]);
    const compiled = compilePolicy(policy, { classifiers: [createModelClassifier({ model })] });
    const verdict = await evaluateReplyAsync(compiled, { ...es, text: ES });
    const found = verdict.violations.find((v) => v.ruleId === "classifier/model-judge");
    expect(found?.message).toBe("Un modelo revisor lo lee como una infracción de respect/dismissive (0.90).");
    expect(promptOf(model)).toContain("in Spanish (es-ES)");
  });

  test("ignores findings below the threshold and quotes it cannot find", async () => {
    const model = judge([
      { rule: "respect/dismissive", confidence: 0.5, quote: "As you were told" },
      { rule: "authority/commitment", confidence: 0.95, quote: "words that are not there" },
    ]);
    const compiled = compilePolicy(policy, { classifiers: [createModelClassifier({ model })] });
    const verdict = await evaluateReplyAsync(compiled, { ...en, text: EN });
    const found = verdict.violations.filter((v) => v.ruleId === "classifier/model-judge");
    expect(found).toHaveLength(1);
    expect(found[0]?.evidence).toMatchObject({ label: "authority/commitment" });
    expect(found[0]?.span).toBeUndefined();
  });

  test("judges only the rules it is given, custom ones included", async () => {
    const model = judge([]);
    const classifier = createModelClassifier({
      model,
      rules: [
        "authority/commitment",
        { id: "acme/no-competitors", description: "Never names a competitor." },
      ],
    });
    const compiled = compilePolicy(policy, { classifiers: [classifier] });
    const verdict = await evaluateReplyAsync(compiled, { ...en, text: EN });
    expect(verdict.violations.filter((v) => v.ruleId.startsWith("classifier/"))).toEqual([]);
    const prompt = promptOf(model);
    expect(prompt).toContain("- acme/no-competitors: Never names a competitor.");
    expect(prompt).not.toContain("respect/dismissive");
  });
});

describe("the core's fallback when the judge fails", () => {
  test("a judge that throws leaves a classifier/unavailable warning and the rest of the verdict", async () => {
    const model = new MockLanguageModelV3({
      doGenerate: async () => {
        throw new Error("judge overloaded");
      },
    });
    const compiled = compilePolicy(policy, { classifiers: [createModelClassifier({ model })] });
    const verdict = await evaluateReplyAsync(compiled, {
      ...en,
      text: "We will refund you in full tomorrow. ^AG",
    });
    const unavailable = verdict.violations.find((v) => v.ruleId === "classifier/unavailable");
    expect(unavailable?.severity).toBe("warning");
    expect(unavailable?.evidence).toMatchObject({ classifier: "model-judge", reason: "error" });
    expect(verdict.violations.map((v) => v.ruleId)).toContain("authority/commitment");
  });

  test("a judge that never answers is abandoned at its time-out (and told to stop)", async () => {
    let aborted = false;
    const model = new MockLanguageModelV3({
      doGenerate: (options) =>
        new Promise((_resolve, reject) => {
          options.abortSignal?.addEventListener("abort", () => {
            aborted = true;
            reject(new Error("aborted"));
          });
        }),
    });
    const compiled = compilePolicy(policy, {
      classifiers: [createModelClassifier({ model, timeoutMs: 20, onFailure: "error" })],
    });
    const verdict = await evaluateReplyAsync(compiled, { ...es, text: ES });
    const unavailable = verdict.violations.find((v) => v.ruleId === "classifier/unavailable");
    expect(unavailable?.severity).toBe("error");
    expect(unavailable?.evidence).toMatchObject({ reason: "timeout" });
    expect(unavailable?.message).toContain("no respondió");
    expect(aborted).toBe(true);
  });

  test("an answer that does not fit the schema counts as a failure", async () => {
    const model = modelGenerating(generated('{"findings":[{"rule":"respect/unknown","confidence":2}]}'));
    const compiled = compilePolicy(policy, { classifiers: [createModelClassifier({ model })] });
    const verdict = await evaluateReplyAsync(compiled, { ...en, text: EN });
    expect(verdict.violations.find((v) => v.ruleId === "classifier/unavailable")?.evidence).toMatchObject({
      reason: "error",
    });
  });
});

describe("in a guardrail", () => {
  test("runClassifiers lets the judge block what the rules let through; off by default", async () => {
    const reply = "Please check the tracking page before writing again. ^AG";
    const judgeModel = judge([
      { rule: "respect/dismissive", confidence: 0.9, quote: "before writing again" },
    ]);
    const compiled = compilePolicy(policy, {
      classifiers: [createModelClassifier({ model: judgeModel, severity: "error" })],
    });
    const off = await generateText({
      model: wrapLanguageModel({
        model: modelGenerating(generated(reply)),
        middleware: normasGuardrail({ compiled }),
      }),
      prompt: "Reply.",
      providerOptions: { normas: en },
    });
    expect(off.text).toBe(reply);
    expect(judgeModel.doGenerateCalls).toHaveLength(0);
    let error: unknown;
    try {
      await generateText({
        model: wrapLanguageModel({
          model: modelGenerating(generated(reply)),
          middleware: normasGuardrail({ compiled, runClassifiers: true }),
        }),
        prompt: "Reply.",
        providerOptions: { normas: en },
      });
    } catch (e) {
      error = e;
    }
    expect(NormasGuardrailError.isInstance(error)).toBe(true);
    // The rules only warn (the reply does not acknowledge the late order); the judge's error blocks it.
    const errors = (error as NormasGuardrailError).verdict.violations.filter((v) => v.severity === "error");
    expect(errors.map((v) => v.ruleId)).toEqual(["classifier/model-judge"]);
    expect(judgeModel.doGenerateCalls).toHaveLength(1);
  });
});

describe("options", () => {
  test("defaults to the judgement rules of the built-in catalogue", async () => {
    const model = judge([]);
    const compiled = compilePolicy(policy, { classifiers: [createModelClassifier({ model })] });
    await evaluateReplyAsync(compiled, { ...en, text: EN });
    const prompt = promptOf(model);
    for (const id of JUDGEMENT_RULES) expect(prompt).toContain(`- ${id}: `);
  });

  test("refuses bad options, naming each", () => {
    let error: unknown;
    try {
      createModelClassifier({
        model: judge([]),
        rules: ["respect/polite", { id: "", description: "x" }],
        timeoutMs: -1,
        threshold: 2,
        id: "Model Judge",
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GuardrailOptionsError);
    expect((error as GuardrailOptionsError).code).toBe("GUARDRAIL_OPTIONS_INVALID");
    expect((error as GuardrailOptionsError).issues.map((i) => i.pathText)).toEqual([
      "rules[0]",
      "rules[1]",
      "timeoutMs",
      "threshold",
      "id",
    ]);
    expect((error as GuardrailOptionsError).issues[0]?.path).toEqual(["rules", 0]);
  });
});
