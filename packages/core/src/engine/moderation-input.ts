import * as z from "zod";
import { GROUNDS, MODERATION_ACTIONS } from "../model/grounds.js";
import { TextLocaleSchema } from "../policy/schema.js";
import { AuthorSchema, CommentSchema } from "./input.js";

/** A proposed moderation action on a comment, as `evaluateModeration` takes it. */
export const ModerationInputSchema = z.strictObject({
  /** Id of the brand whose page the comment is on. */
  brand: z.string().min(1).max(64),
  /** Channel id, when relevant. */
  channel: z.string().min(1).max(64).optional(),
  /** The moderator proposing the action. */
  author: AuthorSchema,
  /** Language of the comment; defaults to the comment's, then the brand's. */
  locale: TextLocaleSchema.optional(),
  /** The comment acted on. */
  comment: CommentSchema,
  /** The proposed action. */
  action: z.enum(MODERATION_ACTIONS),
  /** The moderator's stated reason, if any. */
  reason: z
    .strictObject({
      ground: z.enum(GROUNDS).optional(),
      note: z.string().max(2000).optional(),
    })
    .optional(),
});

/**
 * What `evaluateModeration` takes.
 *
 * @category Evaluation
 */
export type ModerationInput = z.input<typeof ModerationInputSchema>;
/** A moderation input after validation and defaults. */
export type ParsedModerationInput = z.output<typeof ModerationInputSchema>;
