// What the moderation rules share: the removal actions, what each ground allows by default, the comment's
// classification (computed once per evaluation) and the Spanish names used in messages.
import type { ModerationRuleContext } from "../../engine/rule.js";
import type { Ground } from "../../model/grounds.js";
import { type CommentClassification, classifyComment } from "../../moderation/classify.js";

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

/** Key under which the comment's classification is shared with other rules in one evaluation. */
export const CLASSIFICATION_KEY = "moderation:classification";

/** The comment's classification, computed once per evaluation and shared by the moderation rules. */
export function classificationOf(ctx: ModerationRuleContext): CommentClassification {
  return ctx.shared<CommentClassification>(CLASSIFICATION_KEY, () =>
    classifyComment(ctx.text, ctx.lang, { previous: ctx.input.comment.previous }),
  );
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
