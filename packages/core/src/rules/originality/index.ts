import { selfRepetitionRule } from "./self-repetition.js";
import { unattributedCopyRule } from "./unattributed-copy.js";

/** The built-in `originality/*` rules. */
export const originalityRules = [unattributedCopyRule, selfRepetitionRule] as const;
