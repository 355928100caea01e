import type { Rule } from "../../engine/rule.js";
import { bannedTermRule } from "./banned-term.js";
import { emojiRule } from "./emoji.js";
import { formalityRule } from "./formality.js";
import { lengthRule } from "./length.js";
import { preferredTermRule } from "./preferred-term.js";
import { signOffRule } from "./sign-off.js";

/** The built-in `voice/*` rules. */
export const voiceRules: readonly Rule[] = [
  formalityRule,
  bannedTermRule,
  preferredTermRule,
  emojiRule,
  lengthRule,
  signOffRule,
];
