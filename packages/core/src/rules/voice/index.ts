import type { Rule } from "../../engine/rule.js";
import { formalityRule } from "./formality.js";

/** The built-in `voice/*` rules. */
export const voiceRules: readonly Rule[] = [formalityRule];
