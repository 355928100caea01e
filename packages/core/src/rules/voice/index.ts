import type { Rule } from "../../engine/rule.js";

/** The built-in `voice/*` rules. */
export const voiceRules: readonly Rule[] = [];
