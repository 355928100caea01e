import * as z from "zod/mini";
import { TextLocaleSchema } from "../policy/schema.js";
import { BrandCrisisStateSchema } from "./crisis-input.js";

/** Longest text normas evaluates, in UTF-16 code units; longer ones are refused with `InputError`. */
export const MAX_TEXT_LENGTH = 100_000;

const text = z.string().check(z.maxLength(MAX_TEXT_LENGTH));

/** The person writing the reply or post, or taking the moderation action. */
export const AuthorSchema = z.strictObject({
  /** Stable id of the person. */
  id: z.string().check(z.minLength(1), z.maxLength(200)),
  /** Role ids from the policy's `roles` (e.g. `community-manager`). */
  roles: z._default(z.array(z.string().check(z.minLength(1), z.maxLength(64))), []),
  /** Display name. */
  name: z.optional(z.string().check(z.maxLength(200))),
  /** Initials for sign-offs such as `^MG`. */
  initials: z.optional(z.string().check(z.minLength(1), z.maxLength(8))),
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
  id: z.optional(z.string().check(z.maxLength(200))),
  /** The comment's text. */
  text,
  /** Who wrote it. */
  author: z.optional(
    z.strictObject({
      id: z.optional(z.string().check(z.maxLength(200))),
      handle: z.optional(z.string().check(z.maxLength(100))),
      followers: z.optional(z.int().check(z.gte(0))),
    }),
  ),
  /** The comment's language, when known (otherwise the brand's). */
  locale: z.optional(TextLocaleSchema),
  /** Texts of the same author's recent comments, oldest first (used to spot repeated spam). */
  previous: z.optional(z.array(text).check(z.maxLength(200))),
});

/**
 * A community comment.
 *
 * @category Evaluation
 */
export type Comment = z.output<typeof CommentSchema>;

const common = {
  /** Id of the brand the text speaks for. */
  brand: z.string().check(z.minLength(1), z.maxLength(64)),
  /** Channel id (e.g. `x`, `instagram`), for channel limits. */
  channel: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
  /** Who writes. */
  author: AuthorSchema,
  /** Language of the text; defaults to the brand's locale. */
  locale: z.optional(TextLocaleSchema),
  /** The text to check. */
  text,
  /** The brand's current crisis state, when a crisis is open (see the crisis runtime). */
  crisis: z.optional(BrandCrisisStateSchema),
};

/** A reply to a community comment. */
export const ReplyInputSchema = z.strictObject({
  ...common,
  /** The comment being answered. */
  inReplyTo: z.optional(CommentSchema),
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
  kind: z._default(z.enum(["organic", "scheduled", "promotional", "profile-update"]), "organic"),
});

/**
 * What `evaluatePost` takes.
 *
 * @category Evaluation
 */
export type PostInput = z.input<typeof PostInputSchema>;
/** A post input after validation and defaults. */
export type ParsedPostInput = z.output<typeof PostInputSchema>;
