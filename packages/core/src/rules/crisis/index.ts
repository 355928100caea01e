import type { Rule } from "../../engine/rule.js";

/** The built-in `crisis/*` rules. */
export const crisisRules: readonly Rule[] = [];
