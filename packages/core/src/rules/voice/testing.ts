// Test helper for the built-in voice rules (internal: not exported from the package). Built-in rules are
// compiled from the catalogue, so the rule is switched on in the policy rather than passed as a custom rule.
import { compilePolicy } from "../../engine/compile.js";
import { evaluatePost, evaluateReply } from "../../engine/evaluate.js";
import type { PostInput, ReplyInput } from "../../engine/input.js";
import type { Rule } from "../../engine/rule.js";
import { policyFor } from "../../engine/testing.js";
import type { Violation } from "../../engine/violation.js";
import type { PolicyDefinition } from "../../policy/define-policy.js";
import type { RuleSetting } from "../../policy/schema.js";

/** Options of `checkVoice`. */
export interface VoiceCheckOptions {
  /** The rule's options. */
  readonly options?: Record<string, unknown>;
  /** Merged into the test policy (brands by id, lists as unions). */
  readonly policy?: PolicyDefinition;
}

function compileFor(rule: Rule, opts: VoiceCheckOptions) {
  const level = rule.meta.defaultSeverity === "warning" ? ("warn" as const) : rule.meta.defaultSeverity;
  const setting: RuleSetting = opts.options === undefined ? level : { level, options: opts.options };
  return compilePolicy(policyFor({ ...opts.policy, rules: { [rule.id]: setting } }));
}

/** Runs one built-in voice rule on a reply (brand `acme-es`, author `AG` with role `agent` unless given). */
export function checkVoice(
  rule: Rule,
  input: Partial<ReplyInput> & { text: string },
  opts: VoiceCheckOptions = {},
): Violation[] {
  const full: ReplyInput = {
    brand: "acme-es",
    author: { id: "ana", roles: ["agent"], initials: "AG" },
    ...input,
  };
  return evaluateReply(compileFor(rule, opts), full).violations.filter(
    (v) => v.ruleId === rule.id || v.ruleId === "internal",
  );
}

/** Runs one built-in voice rule on a brand post. */
export function checkVoicePost(
  rule: Rule,
  input: Partial<PostInput> & { text: string },
  opts: VoiceCheckOptions = {},
): Violation[] {
  const full: PostInput = {
    brand: "acme-es",
    author: { id: "ana", roles: ["agent"], initials: "AG" },
    ...input,
  };
  return evaluatePost(compileFor(rule, opts), full).violations.filter(
    (v) => v.ruleId === rule.id || v.ruleId === "internal",
  );
}

/** The excerpts of the violations, in order. */
export const excerpts = (violations: readonly Violation[]): string[] =>
  violations.map((v) => v.excerpt ?? "");

/** Applies the first suggestion of every violation to `text` (edits never overlap across violations here). */
export function applyFirstFixes(text: string, violations: readonly Violation[]): string {
  const edits = violations.flatMap((v) => v.suggestions?.[0]?.edits ?? []).sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}
