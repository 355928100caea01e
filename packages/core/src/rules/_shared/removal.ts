// What the moderation rules share: the removal actions, what each ground allows by default, the comment's
// classification (computed once per evaluation) and the Spanish names used in messages.
import type { ModerationRuleContext } from "../../engine/rule.js";
import { CLASSIFICATION_KEY } from "../../engine/shared-keys.js";
import type { Ground } from "../../model/grounds.js";
import type { CommentClassification } from "../../moderation/classify.js";

/** The moderation actions that take a comment away. */
export const REMOVALS = ["hide", "delete", "ban"] as const;
/** A moderation action that takes a comment away. */
export type Removal = (typeof REMOVALS)[number];

/** What each ground allows by default: personal data is hidden (ask to repost without it), never deleted. */
export const DEFAULT_ALLOW: Readonly<Record<Ground, readonly Removal[]>> = {
  spam: ["hide", "delete", "ban"],
  "personal-data": ["hide"],
  harassment: ["hide", "delete"],
  hate: ["hide", "delete", "ban"],
  threat: ["hide", "delete", "ban"],
  sexual: ["hide", "delete"],
  illegal: ["hide", "delete", "ban"],
};

export { CLASSIFICATION_KEY };

/**
 * The comment's classification, computed once per evaluation by `evaluateModeration` and shared by the moderation
 * rules. The rules do not import the classifier: a bundle that only checks replies stays without it.
 */
export function classificationOf(ctx: ModerationRuleContext): CommentClassification {
  return ctx.shared<CommentClassification>(CLASSIFICATION_KEY, unclassified);
}

function unclassified(): never {
  throw new Error("A moderation rule ran outside evaluateModeration, which classifies the comment.");
}

/** Spanish names of the grounds, for messages. */
export const GROUND_NAMES_ES: Readonly<Record<Ground, string>> = {
  spam: "spam",
  "personal-data": "datos personales",
  harassment: "acoso",
  hate: "odio",
  threat: "amenaza",
  sexual: "contenido sexual",
  illegal: "oferta ilegal",
};

/** Spanish names of the removal actions, for messages. */
export const ACTION_NAMES_ES: Readonly<Record<Removal, string>> = {
  hide: "ocultar",
  delete: "borrar",
  ban: "bloquear",
};
