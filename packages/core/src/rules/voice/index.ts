import { bannedTermRule } from "./banned-term.js";
import { emojiRule } from "./emoji.js";
import { formalityRule } from "./formality.js";
import { lengthRule } from "./length.js";
import { preferredTermRule } from "./preferred-term.js";
import { signOffRule } from "./sign-off.js";

/** The built-in `voice/*` rules. */
export const voiceRules = [
  formalityRule,
  bannedTermRule,
  preferredTermRule,
  emojiRule,
  lengthRule,
  signOffRule,
] as const;
