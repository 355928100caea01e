import * as z from "zod/mini";
import { GROUNDS, MODERATION_ACTIONS } from "../model/grounds.js";
import { TextLocaleSchema } from "../policy/schema.js";
import { AuthorSchema, CommentSchema } from "./input.js";

/** A proposed moderation action on a comment, as `evaluateModeration` takes it. */
export const ModerationInputSchema = z.strictObject({
  /** Id of the brand whose page the comment is on. */
  brand: z.string().check(z.minLength(1), z.maxLength(64)),
  /** Channel id, when relevant. */
  channel: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
  /** The moderator proposing the action. */
  author: AuthorSchema,
  /** Language of the comment; defaults to the comment's, then the brand's. */
  locale: z.optional(TextLocaleSchema),
  /** The comment acted on. */
  comment: CommentSchema,
  /** The proposed action. */
  action: z.enum(MODERATION_ACTIONS),
  /** The moderator's stated reason, if any. */
  reason: z.optional(
    z.strictObject({
      ground: z.optional(z.enum(GROUNDS)),
      note: z.optional(z.string().check(z.maxLength(2000))),
    }),
  ),
});

/**
 * What `evaluateModeration` takes.
 *
 * @category Evaluation
 */
export type ModerationInput = z.input<typeof ModerationInputSchema>;
/** A moderation input after validation and defaults. */
export type ParsedModerationInput = z.output<typeof ModerationInputSchema>;
