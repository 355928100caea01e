import type { Rule } from "../engine/rule.js";
import { authorityRules } from "./authority/index.js";
import { brandRules } from "./brand/index.js";
import { crisisRules } from "./crisis/index.js";
import { mamaRules } from "./mama/index.js";
import { originalityRules } from "./originality/index.js";
import { respectRules } from "./respect/index.js";
import { voiceRules } from "./voice/index.js";

/** Every built-in rule, by norm. Rule ids are a public contract. */
export const builtinRules: readonly Rule[] = [
  ...originalityRules,
  ...respectRules,
  ...mamaRules,
  ...voiceRules,
  ...brandRules,
  ...authorityRules,
  ...crisisRules,
];
