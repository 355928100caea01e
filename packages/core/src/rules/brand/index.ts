import type { Rule } from "../../engine/rule.js";

/** The built-in `brand/*` rules. */
export const brandRules: readonly Rule[] = [];
