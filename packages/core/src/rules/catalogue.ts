import type { RuleIdOf, RuleOptionsInput } from "../engine/rule.js";
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

/** The id of a built-in rule: `"voice/formality"`, `"respect/insult"`… (a typo is a compile error). */
export type BuiltinRuleId = RuleIdOf<BuiltinRule>;

/** The options each built-in rule accepts in a policy, by rule id. */
export type BuiltinRuleOptions = {
  [R in BuiltinRule as RuleIdOf<R>]: RuleOptionsInput<R>;
};
