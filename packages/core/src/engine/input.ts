import * as z from "zod";
import { TextLocaleSchema } from "../policy/schema.js";
import { BrandCrisisStateSchema } from "./crisis-input.js";

/** Longest text normas evaluates, in UTF-16 code units; longer ones are refused with `InputError`. */
export const MAX_TEXT_LENGTH = 100_000;

const text = z.string().max(MAX_TEXT_LENGTH);

/** The person writing the reply or post, or taking the moderation action. */
export const AuthorSchema = z.strictObject({
  /** Stable id of the person. */
  id: z.string().min(1).max(200),
  /** Role ids from the policy's `roles` (e.g. `community-manager`). */
  roles: z.array(z.string().min(1).max(64)).default([]),
  /** Display name. */
  name: z.string().max(200).optional(),
  /** Initials for sign-offs such as `^MG`. */
  initials: z.string().min(1).max(8).optional(),
});

/**
 * The author of an evaluation input.
 *
 * @category Evaluation
 */
export type Author = z.output<typeof AuthorSchema>;

/** A comment from the community: what a reply answers, or what a moderation action acts on. */
export const CommentSchema = z.strictObject({
  /** Platform id of the comment. */
  id: z.string().max(200).optional(),
  /** The comment's text. */
  text,
  /** Who wrote it. */
  author: z
    .strictObject({
      id: z.string().max(200).optional(),
      handle: z.string().max(100).optional(),
      followers: z.int().min(0).optional(),
    })
    .optional(),
  /** The comment's language, when known (otherwise the brand's). */
  locale: TextLocaleSchema.optional(),
  /** Texts of the same author's recent comments, oldest first (used to spot repeated spam). */
  previous: z.array(text).max(200).optional(),
});

/**
 * A community comment.
 *
 * @category Evaluation
 */
export type Comment = z.output<typeof CommentSchema>;

const common = {
  /** Id of the brand the text speaks for. */
  brand: z.string().min(1).max(64),
  /** Channel id (e.g. `x`, `instagram`), for channel limits. */
  channel: z.string().min(1).max(64).optional(),
  /** Who writes. */
  author: AuthorSchema,
  /** Language of the text; defaults to the brand's locale. */
  locale: TextLocaleSchema.optional(),
  /** The text to check. */
  text,
  /** The brand's current crisis state, when a crisis is open (see the crisis runtime). */
  crisis: BrandCrisisStateSchema.optional(),
};

/** A reply to a community comment. */
export const ReplyInputSchema = z.strictObject({
  ...common,
  /** The comment being answered. */
  inReplyTo: CommentSchema.optional(),
});

/**
 * What `evaluateReply` takes.
 *
 * @category Evaluation
 */
export type ReplyInput = z.input<typeof ReplyInputSchema>;
/** A reply input after validation and defaults. */
export type ParsedReplyInput = z.output<typeof ReplyInputSchema>;

/** A post of the brand's own (organic, scheduled or promotional). */
export const PostInputSchema = z.strictObject({
  ...common,
  /** What kind of post: promotional and scheduled posts pause during a crisis. */
  kind: z.enum(["organic", "scheduled", "promotional", "profile-update"]).default("organic"),
});

/**
 * What `evaluatePost` takes.
 *
 * @category Evaluation
 */
export type PostInput = z.input<typeof PostInputSchema>;
/** A post input after validation and defaults. */
export type ParsedPostInput = z.output<typeof PostInputSchema>;
