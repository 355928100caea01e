import type { MessageIdOf, RuleIdOf, RuleOptionsInput } from "../engine/rule.js";
import type { Violation } from "../model/violation.js";
import { authorityRules } from "./authority/index.js";
import { brandRules } from "./brand/index.js";
import { crisisRules } from "./crisis/index.js";
import { mamaRules } from "./mama/index.js";
import { originalityRules } from "./originality/index.js";
import { respectRules } from "./respect/index.js";
import { voiceRules } from "./voice/index.js";

/** Every built-in rule, by norm. Rule ids are a public contract. */
export const builtinRules = [
  ...originalityRules,
  ...respectRules,
  ...mamaRules,
  ...voiceRules,
  ...brandRules,
  ...authorityRules,
  ...crisisRules,
] as const;

/** A built-in rule object. */
export type BuiltinRule = (typeof builtinRules)[number];

/**
 * The id of a built-in rule: `"voice/formality"`, `"respect/insult"`… (a typo is a compile error).
 *
 * @category Policy
 */
export type BuiltinRuleId = RuleIdOf<BuiltinRule>;

/** The options each built-in rule accepts in a policy, by rule id. */
export type BuiltinRuleOptions = {
  [R in BuiltinRule as RuleIdOf<R>]: RuleOptionsInput<R>;
};

/** The message ids of each built-in rule, by rule id. */
export type BuiltinMessageIds = {
  [R in BuiltinRule as RuleIdOf<R>]: MessageIdOf<R>;
};

/**
 * A violation of a built-in rule: a union discriminated by `ruleId`, so that checking the id narrows
 * `messageId` to that rule's messages. Narrow a verdict's violations with `isBuiltinViolation`.
 */
export type BuiltinViolation = {
  [Id in BuiltinRuleId]: Violation<Id, BuiltinMessageIds[Id]>;
}[BuiltinRuleId];

const BUILTIN_IDS: ReadonlySet<string> = new Set(builtinRules.map((r) => r.id));

/**
 * Whether a violation comes from a built-in rule (then its `ruleId` and `messageId` are typed).
 *
 * @example
 * ```ts
 * for (const v of verdict.violations) {
 *   if (isBuiltinViolation(v) && v.ruleId === "voice/emoji" && v.messageId === "tooMany") trimEmoji();
 * }
 * ```
 */
export function isBuiltinViolation(violation: Violation): violation is BuiltinViolation {
  return BUILTIN_IDS.has(violation.ruleId);
}
