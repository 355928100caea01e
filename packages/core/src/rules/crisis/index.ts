import { publishingPausedRule } from "./publishing-paused.js";
import { unapprovedMessageRule } from "./unapproved-message.js";

/** The built-in `crisis/*` rules. */
export const crisisRules = [unapprovedMessageRule, publishingPausedRule] as const;
