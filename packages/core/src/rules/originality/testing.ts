// Test helper (internal, not exported): runs one built-in originality rule through the real engine.
import { compilePolicy } from "../../engine/compile.js";
import { evaluatePost, evaluateReply } from "../../engine/evaluate.js";
import type { Rule } from "../../engine/rule.js";
import type { EvaluationServices } from "../../engine/services.js";
import { policyFor } from "../../engine/testing.js";
import type { Violation } from "../../engine/violation.js";
import { definePolicy } from "../../policy/define-policy.js";

/** Evaluates `text` as a post or a reply of `brand` with only `rule` on, and returns that rule's violations. */
export function checkOriginality(
  rule: Rule,
  target: "post" | "reply",
  text: string,
  services: EvaluationServices,
  opts: { options?: Record<string, unknown>; brand?: string } = {},
): Violation[] {
  const base = policyFor();
  const level = rule.meta.defaultSeverity === "warning" ? "warn" : rule.meta.defaultSeverity;
  const policy = definePolicy({
    ...base,
    rules: { [rule.id]: opts.options === undefined ? level : { level, options: opts.options } },
    brands: base.brands.map((b) => ({ ...b, rules: {} })),
  });
  const compiled = compilePolicy(policy);
  const input = { brand: opts.brand ?? "acme-es", author: { id: "ana", roles: ["agent"] }, text };
  const verdict =
    target === "post" ? evaluatePost(compiled, input, services) : evaluateReply(compiled, input, services);
  return verdict.violations.filter((v) => v.ruleId === rule.id || v.ruleId === "internal");
}
