import type { Rule } from "../../engine/rule.js";
import { selfRepetitionRule } from "./self-repetition.js";
import { unattributedCopyRule } from "./unattributed-copy.js";

/** The built-in `originality/*` rules. */
export const originalityRules: readonly Rule[] = [unattributedCopyRule, selfRepetitionRule];
