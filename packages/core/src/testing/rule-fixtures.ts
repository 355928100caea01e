// Test helpers for rule authors (internal: not exported from the package).

import { evaluatePost, evaluateReply } from "../engine/evaluate.js";
import type { PostInput, ReplyInput } from "../engine/input.js";
import type { ModerationInput } from "../engine/moderation-input.js";
import type { Rule } from "../engine/rule.js";
import type { EvaluationServices } from "../engine/services.js";
import type { Violation } from "../model/violation.js";
import { evaluateModeration } from "../moderation/evaluate-moderation.js";
import type { PolicyDefinition } from "../policy/define-policy.js";
import type { Policy, RuleSetting } from "../policy/schema.js";
import { compilePolicy } from "../rules/compile-policy.js";
import { definePolicy } from "../rules/define-policy.js";

/** The test organisation: five brands, three roles. `partial` is merged on top (brands by id, lists as unions). */
export function policyFor(partial: PolicyDefinition = {}, rules: readonly Rule[] = []): Policy {
  return definePolicy(
    {
      extends: [
        {
          organization: { id: "acme", name: "Acme Group" },
          roles: {
            agent: { name: "Agent", may: [] },
            supervisor: { name: "Supervisor", may: ["refund", "compensation", "discount", "delivery-date"] },
            legal: { name: "Legal", may: ["legal-statement", "official-statement"] },
          },
          channels: { x: { maxLength: 280, urlLength: 23 }, instagram: { maxLength: 2200 } },
          brands: [
            {
              id: "acme-es",
              name: "Acme España",
              locale: "es-ES",
              handles: ["@acme_es"],
              voice: { address: "usted", register: "formal" },
            },
            { id: "acme-mx", name: "Acme México", locale: "es-MX", voice: { address: "usted" } },
            {
              id: "acme-tu",
              name: "Acme Joven",
              locale: "es-ES",
              voice: { address: "tu", register: "casual" },
            },
            {
              id: "acme-en",
              name: "Acme UK",
              locale: "en-GB",
              handles: ["@acme_uk"],
              voice: { register: "formal" },
            },
            { id: "acme-us", name: "Acme US", locale: "en-US", voice: { register: "casual" } },
          ],
        },
      ],
      ...partial,
    },
    { rules },
  );
}

/** Options of the `check*` helpers. */
export interface CheckOptions {
  /** The rule's options. */
  readonly options?: Record<string, unknown>;
  /** Merged into the test policy of `policyFor` (brands by id, lists as unions); the rule is still the only one on. */
  readonly policy?: PolicyDefinition;
  /** Services such as a source index. */
  readonly services?: EvaluationServices;
}

function compileOnly(rule: Rule, opts: CheckOptions) {
  const level = rule.meta.defaultSeverity === "warning" ? ("warn" as const) : rule.meta.defaultSeverity;
  const setting: RuleSetting = opts.options === undefined ? level : { level, options: opts.options };
  // A built-in rule passed again as a custom rule replaces itself, so custom and built-in rules test alike.
  return compilePolicy(policyFor({ ...opts.policy, rules: { [rule.id]: setting } }, [rule]), {
    rules: [rule],
  });
}

const only = (rule: Rule, violations: readonly Violation[]): Violation[] =>
  violations.filter((v) => v.ruleId === rule.id || v.ruleId === "internal");

const defaultAuthor = { id: "ana", roles: ["agent"], initials: "AG" };

/** Runs one rule on a reply. `input` defaults: brand `acme-es`, author `ana` (`AG`) with role `agent`. */
export function checkReply(
  rule: Rule,
  input: Partial<ReplyInput> & { text: string },
  opts: CheckOptions = {},
) {
  const full: ReplyInput = { brand: "acme-es", author: defaultAuthor, ...input };
  return only(rule, evaluateReply(compileOnly(rule, opts), full, opts.services).violations);
}

/** Runs one rule on a post. */
export function checkPost(rule: Rule, input: Partial<PostInput> & { text: string }, opts: CheckOptions = {}) {
  const full: PostInput = { brand: "acme-es", author: defaultAuthor, ...input };
  return only(rule, evaluatePost(compileOnly(rule, opts), full, opts.services).violations);
}

/** Runs one rule on a moderation action. */
export function checkModeration(
  rule: Rule,
  input: Partial<ModerationInput> & Pick<ModerationInput, "comment" | "action">,
  opts: CheckOptions = {},
) {
  const full: ModerationInput = { brand: "acme-es", author: { id: "mod", roles: ["moderator"] }, ...input };
  return only(rule, evaluateModeration(compileOnly(rule, opts), full, opts.services).violations);
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
