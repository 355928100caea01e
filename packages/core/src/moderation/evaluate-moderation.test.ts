import { describe, expect, it } from "vitest";
import { prepare, runRules } from "../engine/evaluate.js";
import { ModerationInputSchema } from "../engine/moderation-input.js";
import type { ModerationRuleContext } from "../engine/rule.js";
import { CLASSIFICATION_KEY } from "../engine/shared-keys.js";
import { compilePolicy } from "../rules/compile-policy.js";
import { policyFor } from "../testing/rule-fixtures.js";
import type { CommentClassification } from "./classify.js";
import { evaluateModeration } from "./evaluate-moderation.js";

const compiled = compilePolicy(
  policyFor({ rules: { "respect/delete-dissent": "error", "respect/escalate-removal": "info" } }),
);
const removal = (brand: string, text: string, action: "delete" | "hide" = "delete") =>
  evaluateModeration(compiled, { brand, author: { id: "mod", roles: [] }, comment: { text }, action });

const prepared = (brand: string, text: string) =>
  prepare(
    compiled,
    ModerationInputSchema,
    { brand, author: { id: "mod", roles: [] }, comment: { text }, action: "delete" as const },
    (i) => i.comment.text,
    (_i, b) => b.locale,
  );

describe("evaluateModeration", () => {
  it("classifies the comment for the moderation rules, in both languages", () => {
    expect(removal("acme-es", "Pésimo servicio, no vuelvo.").violations.map((v) => v.ruleId)).toContain(
      "respect/delete-dissent",
    );
    expect(removal("acme-en", "Awful service, never again.").violations.map((v) => v.ruleId)).toContain(
      "respect/delete-dissent",
    );
    expect(removal("acme-es", "Te voy a matar, sé dónde vives.").ok).toBe(true);
    expect(removal("acme-en", "I'm going to kill you, I know where you live.").ok).toBe(true);
  });

  it("shares one classification between the rules, under CLASSIFICATION_KEY", () => {
    const input = prepared("acme-en", "Awful.");
    let calls = 0;
    const seen: CommentClassification[] = [];
    const classification = {
      grounds: [],
      groundsFound: [],
      sentiment: { label: "negative", score: -1, hits: [] },
    };
    runRules<ModerationRuleContext>(
      compiled,
      input,
      "moderation",
      {},
      (base) => {
        const context = base as ModerationRuleContext & { input: unknown };
        context.input = input.input;
        seen.push(context.shared<CommentClassification>(CLASSIFICATION_KEY, () => classification as never));
        seen.push(context.shared<CommentClassification>(CLASSIFICATION_KEY, () => classification as never));
        return context;
      },
      new Map([
        [
          CLASSIFICATION_KEY,
          () => {
            calls++;
            return classification;
          },
        ],
      ]),
    );
    expect(calls).toBe(1);
    expect(seen[0]).toBe(seen[1]);
  });

  it("reports a moderation rule run without a classification as a rule failure, not a silent pass", () => {
    const input = prepared("acme-es", "Fatal.");
    const violations = runRules<ModerationRuleContext>(compiled, input, "moderation", {}, (base) => {
      const context = base as ModerationRuleContext & { input: unknown };
      context.input = input.input;
      return context;
    });
    expect(violations.some((v) => v.ruleId === "internal")).toBe(true);
  });
});
