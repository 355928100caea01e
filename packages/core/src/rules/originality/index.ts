import type { Rule } from "../../engine/rule.js";

/** The built-in `originality/*` rules. */
export const originalityRules: readonly Rule[] = [];
