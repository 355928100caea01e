/**
 * Norm 2 on moderation: comment classification (spam, personal data, harassment, hate, threats, sexual and illegal
 * content), personal-data checksums and masking, and sentiment.
 *
 * @packageDocumentation
 */

export { GROUNDS, type Ground, MODERATION_ACTIONS, type ModerationAction } from "./model/grounds.js";
export { isValidCardNumber, isValidIban, isValidSpanishId } from "./moderation/checksums.js";
export {
  type ClassifyCommentOptions,
  type CommentClassification,
  classifyComment,
} from "./moderation/classify.js";
export { evaluateModeration } from "./moderation/evaluate-moderation.js";
export { type FindingKind, type GroundFinding, maskPersonalData } from "./moderation/finding.js";
export {
  analyzeSentiment,
  type Sentiment,
  type SentimentHit,
  type SentimentLabel,
} from "./moderation/sentiment.js";
