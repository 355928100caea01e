import { describe, expect, it } from "vitest";
import { evaluateModeration } from "../../moderation/evaluate-moderation.js";
import { policyFor } from "../../testing/rule-fixtures.js";
import { compilePolicy } from "../compile-policy.js";
import { escalateRemovalRule } from "./escalate-removal.js";

function check(
  text: string,
  action: "keep" | "reply" | "hide" | "delete" | "ban",
  brand = "acme-es",
  options?: Record<string, unknown>,
) {
  const policy = policyFor({
    rules: {
      [escalateRemovalRule.id]: options === undefined ? "info" : { level: "info", options },
      "respect/delete-dissent": "error",
    },
  });
  return evaluateModeration(compilePolicy(policy), {
    brand,
    author: { id: "mod", roles: [] },
    comment: { text },
    action,
  }).violations;
}

describe("respect/escalate-removal", () => {
  it("notes a removed threat for the person on duty, in Spanish and in English, without refusing it", () => {
    const es = check("Te voy a matar", "delete");
    expect(es.map((v) => [v.ruleId, v.severity, v.messageId])).toEqual([
      ["respect/escalate-removal", "info", "escalate"],
    ]);
    expect(es[0]?.message).toContain("escalarlo");
    expect(es[0]?.evidence).toMatchObject({ ground: "threat", action: "delete" });
    const en = check("I know where you live", "ban", "acme-en");
    expect(en.map((v) => v.ruleId)).toEqual(["respect/escalate-removal"]);
    expect(en[0]?.message).toContain("escalate it to the person on duty");
  });

  it("says nothing when nothing is removed or the ground is not escalated", () => {
    expect(check("Te voy a matar", "keep")).toEqual([]);
    expect(check("Eres un gilipollas", "delete")).toEqual([]);
    expect(check("You're a complete idiot", "hide", "acme-en")).toEqual([]);
  });

  it("escalates the grounds the policy lists", () => {
    const v = check("Eres un gilipollas", "delete", "acme-es", { grounds: ["harassment"] });
    expect(v.map((x) => x.ruleId)).toEqual(["respect/escalate-removal"]);
    expect(check("Te voy a matar", "delete", "acme-es", { grounds: ["harassment"] })).toEqual([]);
  });
});
