/**
 * Key under which the comment's classification (`classifyComment`) is shared with the rules of one moderation
 * evaluation: `ctx.shared(CLASSIFICATION_KEY, …)` returns the classification `evaluateModeration` computes, at most
 * once per evaluation.
 */
export const CLASSIFICATION_KEY = "moderation:classification";
