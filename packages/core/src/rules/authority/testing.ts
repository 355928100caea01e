// Test helper for the built-in reply rules (internal: not exported from the package). A built-in rule is
// compiled from the catalogue, so it is switched on in the policy rather than passed again as a custom rule.
import { compilePolicy } from "../../engine/compile.js";
import { evaluateReply } from "../../engine/evaluate.js";
import type { ReplyInput } from "../../engine/input.js";
import type { Rule } from "../../engine/rule.js";
import { policyFor } from "../../engine/testing.js";
import type { Violation } from "../../engine/violation.js";
import type { PolicyDefinition } from "../../policy/define-policy.js";
import type { RuleSetting } from "../../policy/schema.js";

/** Options of {@link checkBuiltinReply}. */
export interface BuiltinCheckOptions {
  /** The rule's options. */
  readonly options?: Record<string, unknown>;
  /** Merged into the test policy (brands by id). */
  readonly policy?: PolicyDefinition;
}

/** Runs one built-in rule on a reply (brand `acme-es`, author with role `agent` unless given). */
export function checkBuiltinReply(
  rule: Rule,
  input: Partial<ReplyInput> & { text: string },
  opts: BuiltinCheckOptions = {},
): Violation[] {
  const level = rule.meta.defaultSeverity === "warning" ? ("warn" as const) : rule.meta.defaultSeverity;
  const setting: RuleSetting = opts.options === undefined ? level : { level, options: opts.options };
  const compiled = compilePolicy(policyFor({ ...opts.policy, rules: { [rule.id]: setting } }));
  const full: ReplyInput = {
    brand: "acme-es",
    author: { id: "ana", roles: ["agent"], initials: "AG" },
    ...input,
  };
  return evaluateReply(compiled, full).violations.filter(
    (v) => v.ruleId === rule.id || v.ruleId === "internal",
  );
}
