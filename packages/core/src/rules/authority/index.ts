import type { Rule } from "../../engine/rule.js";

/** The built-in `authority/*` rules. */
export const authorityRules: readonly Rule[] = [];
