/** The grounds on which a policy may allow removing a comment. Negative opinion is never one of them. */
export const GROUNDS = [
  "spam",
  "personal-data",
  "harassment",
  "hate",
  "threat",
  "sexual",
  "illegal",
] as const;

/**
 * One ground for removal, e.g. `spam` or `personal-data`.
 *
 * @category Verdicts and errors
 */
export type Ground = (typeof GROUNDS)[number];

/** Moderation actions a tool may propose. `keep` and `reply` are always allowed. */
export const MODERATION_ACTIONS = ["keep", "reply", "hide", "delete", "ban"] as const;

/**
 * One moderation action.
 *
 * @category Verdicts and errors
 */
export type ModerationAction = (typeof MODERATION_ACTIONS)[number];
