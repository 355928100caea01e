import type { Rule } from "../../engine/rule.js";
import { publishingPausedRule } from "./publishing-paused.js";
import { unapprovedMessageRule } from "./unapproved-message.js";

/** The built-in `crisis/*` rules. */
export const crisisRules: readonly Rule[] = [unapprovedMessageRule, publishingPausedRule];
