import type { Rule } from "../../engine/rule.js";

/** The built-in `respect/*` rules. */
export const respectRules: readonly Rule[] = [];
