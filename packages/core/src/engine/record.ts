// One record shape for every place texts arrive as JSON: a line of a JSON Lines file (`normas check`), the body
// of an HTTP request, an MCP tool call. A record says what it is (`kind`), names its brand, author and text, and
// may shorten `author`, `inReplyTo` and `comment` to strings; `parseRecord` turns it into a validated input.
import type * as z from "zod/mini";
import { formatPath, InputError, type Issue } from "../model/errors.js";
import type { MessageLocale } from "../model/locale.js";
import { toIssues } from "../model/validate.js";
import {
  AuthorSchema,
  CommentSchema,
  type PostInput,
  PostInputSchema,
  type ReplyInput,
  ReplyInputSchema,
} from "./input.js";
import { type ModerationInput, ModerationInputSchema } from "./moderation-input.js";

/** What a record is checked as. */
export const RECORD_KINDS = ["reply", "post", "moderation"] as const;

/** What a record is checked as: a reply, a brand post, or a proposed moderation action. */
export type RecordKind = (typeof RECORD_KINDS)[number];

const POST_KINDS = ["organic", "scheduled", "promotional", "profile-update"] as const;

/**
 * Values of a record's `kind`: `reply`, `post` and `moderation`, or a post kind (`organic`, `scheduled`,
 * `promotional`, `profile-update`), which makes the record a post of that kind.
 */
export type RecordKindName = RecordKind | "organic" | "scheduled" | "promotional" | "profile-update";

/** A `disable` entry of a record, or an inline directive: rules not to report, and why. */
export interface DisableDirective {
  /** Rule ids not to report; absent means every rule. */
  readonly rules?: readonly string[];
  /** Why, as written after `--`. */
  readonly reason?: string;
}

/**
 * Reads the text of a directive: rule ids separated by commas or spaces, then optionally `--` and a reason
 * (`"voice/emoji, voice/length -- launch campaign"`). No rule id means every rule.
 *
 * @example
 * ```ts
 * parseDisableDirective("voice/emoji -- campaign"); // { rules: ["voice/emoji"], reason: "campaign" }
 * ```
 */
export function parseDisableDirective(text: string): DisableDirective {
  const dashes = text.indexOf("--");
  const list = dashes === -1 ? text : text.slice(0, dashes);
  const reason = dashes === -1 ? "" : text.slice(dashes + 2).trim();
  const rules = list
    .split(/[\s,]+/)
    .map((r) => r.trim())
    .filter((r) => r !== "");
  return { ...(rules.length === 0 ? {} : { rules }), ...(reason === "" ? {} : { reason }) };
}

/** Defaults for what a record leaves out. */
export interface RecordDefaults {
  /** Brand of records without `brand`. */
  readonly brand?: string;
  /** Channel of records without `channel`. */
  readonly channel?: string;
  /** Author of records without `author`; a record's author given as a string keeps these roles. */
  readonly author?: z.input<typeof AuthorSchema>;
  /** Kind of records with neither `kind` nor `action` (default `reply`). */
  readonly kind?: Exclude<RecordKindName, "moderation">;
}

/** Options of `parseRecord`. */
export interface ParseRecordOptions {
  /** Defaults for fields a record leaves out. */
  readonly defaults?: RecordDefaults;
  /**
   * Drop fields that are not part of the record shape (at the top and inside `author`, `inReplyTo` and
   * `comment`) instead of refusing them: for exports of social inboxes that carry their own fields.
   */
  readonly ignoreUnknownFields?: boolean;
  /** Language of the issue messages (default English). */
  readonly locale?: MessageLocale;
  /**
   * Validate the evaluation input too (default true). `evaluateReply`, `evaluatePost` and `evaluateModeration`
   * validate it again with the same paths and messages: a caller that evaluates the record right away may pass
   * false to do that work once (the record's own fields, `id`, `kind` and `disable`, are always checked).
   */
  readonly validate?: boolean;
}

/** What every evaluation record carries besides its input. */
export interface RecordCommon {
  /** The record's own `id`, as a string (numbers are accepted and converted). */
  readonly id?: string;
  /** What the record asks not to report (its `disable` field). */
  readonly disable: readonly DisableDirective[];
}

/** A record turned into a validated evaluation input, tagged with what to evaluate it as. */
export type EvaluationRecord =
  | (RecordCommon & {
      /** A reply: evaluate with `evaluateReply`. */
      readonly kind: "reply";
      /** The validated input. */
      readonly input: ReplyInput;
    })
  | (RecordCommon & {
      /** A post: evaluate with `evaluatePost`. */
      readonly kind: "post";
      /** The validated input. */
      readonly input: PostInput;
    })
  | (RecordCommon & {
      /** A proposed moderation action: evaluate with `evaluateModeration`. */
      readonly kind: "moderation";
      /** The validated input. */
      readonly input: ModerationInput;
    });

const isPlain = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

const KIND_NAMES: readonly string[] = [...RECORD_KINDS, ...POST_KINDS];
const ENVELOPE = new Set(["id", "kind", "disable"]);

const keysOf = (schema: { shape: Record<string, unknown> }): ReadonlySet<string> =>
  new Set(Object.keys(schema.shape));
const REPLY_KEYS = keysOf(ReplyInputSchema);
const POST_KEYS = new Set([...keysOf(PostInputSchema)].filter((k) => k !== "kind"));
const MODERATION_KEYS = keysOf(ModerationInputSchema);
const AUTHOR_KEYS = keysOf(AuthorSchema);
const COMMENT_KEYS = keysOf(CommentSchema);
const COMMENT_AUTHOR_KEYS = new Set(["id", "handle", "followers"]);

function pick(value: Record<string, unknown>, keys: ReadonlySet<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) if (keys.has(key)) out[key] = value[key];
  return out;
}

function pickComment(value: unknown, strip: boolean): unknown {
  if (!strip || !isPlain(value)) return value;
  const out = pick(value, COMMENT_KEYS);
  if (isPlain(out.author)) out.author = pick(out.author, COMMENT_AUTHOR_KEYS);
  return out;
}

const say = (locale: MessageLocale, en: string, es: string): string => (locale === "es" ? es : en);

function issue(code: string, path: (string | number)[], message: string): Issue {
  return { code, path, pathText: formatPath(path), message };
}

function readDisable(value: unknown, locale: MessageLocale, issues: Issue[]): DisableDirective[] {
  if (value === undefined || value === false) return [];
  if (value === true) return [{}];
  const entries = typeof value === "string" ? [value] : value;
  if (!Array.isArray(entries) || entries.some((e) => typeof e !== "string" || e.length > 1000)) {
    issues.push(
      issue(
        "invalid_type",
        ["disable"],
        say(
          locale,
          'Expected true, a directive such as "voice/emoji -- reason", or a list of them.',
          'Se esperaba true, una directiva como "voice/emoji -- motivo" o una lista de ellas.',
        ),
      ),
    );
    return [];
  }
  return (entries as string[]).map(parseDisableDirective);
}

/**
 * Turns a JSON record into a validated evaluation input. A record is a reply (`kind: "reply"`, the default), a
 * post (`kind: "post"` or a post kind such as `promotional`) or a proposed moderation action (`kind:
 * "moderation"`, or any record with an `action`), with the fields of `ReplyInput`, `PostInput` or
 * `ModerationInput`, where `author` may be an id, and `inReplyTo` and `comment` plain texts. Optional `id` (a
 * string or number) labels the record, and `disable` (`true`, or directives such as `"voice/emoji -- reason"`)
 * lists rules not to report for it.
 *
 * @throws `InputError` (of `@normas/core`) listing every problem with its path in the record (unknown fields too, unless
 * `ignoreUnknownFields`).
 *
 * @example
 * ```ts
 * const record = parseRecord(JSON.parse(line), { defaults: { brand: "acme-es" } });
 * const verdict =
 *   record.kind === "reply" ? evaluateReply(compiled, record.input)
 *   : record.kind === "post" ? evaluatePost(compiled, record.input)
 *   : evaluateModeration(compiled, record.input);
 * ```
 */
export function parseRecord(value: unknown, options: ParseRecordOptions = {}): EvaluationRecord {
  const locale = options.locale ?? "en";
  const strip = options.ignoreUnknownFields === true;
  const defaults = options.defaults ?? {};
  if (!isPlain(value)) {
    throw new InputError([
      issue(
        "invalid_type",
        [],
        say(
          locale,
          'A record must be a JSON object with at least a "text" (or an "action" and a "comment").',
          'Un registro debe ser un objeto JSON con al menos "text" (o "action" y "comment").',
        ),
      ),
    ]);
  }
  const issues: Issue[] = [];
  const { id: rawId, kind: rawKind, disable: rawDisable } = value;
  let id: string | undefined;
  if (typeof rawId === "string" && rawId.length <= 200) id = rawId;
  else if (typeof rawId === "number" && Number.isFinite(rawId)) id = String(rawId);
  else if (rawId !== undefined) {
    issues.push(
      issue(
        "invalid_type",
        ["id"],
        say(
          locale,
          "Expected a text or a number (200 characters at most).",
          "Se esperaba un texto o un número (200 caracteres como máximo).",
        ),
      ),
    );
  }
  let kindName: string | undefined;
  if (rawKind !== undefined) {
    if (typeof rawKind === "string" && KIND_NAMES.includes(rawKind)) kindName = rawKind;
    else {
      issues.push(
        issue(
          "invalid_value",
          ["kind"],
          say(
            locale,
            `Expected one of ${KIND_NAMES.join(", ")}.`,
            `Se esperaba uno de ${KIND_NAMES.join(", ")}.`,
          ),
        ),
      );
    }
  }
  const disable = readDisable(rawDisable, locale, issues);
  kindName ??= value.action !== undefined ? "moderation" : (defaults.kind ?? "reply");
  const kind: RecordKind = kindName === "reply" || kindName === "moderation" ? kindName : "post";

  const fields: Record<string, unknown> = {};
  for (const key of Object.keys(value)) if (!ENVELOPE.has(key)) fields[key] = value[key];
  const allowed = kind === "reply" ? REPLY_KEYS : kind === "post" ? POST_KEYS : MODERATION_KEYS;
  const input = strip ? pick(fields, allowed) : fields;
  if (input.brand === undefined && defaults.brand !== undefined) input.brand = defaults.brand;
  if (input.channel === undefined && defaults.channel !== undefined && kind !== "moderation")
    input.channel = defaults.channel;
  const author = input.author;
  const defaultAuthor = defaults.author;
  if (author === undefined) {
    if (defaultAuthor !== undefined) input.author = defaultAuthor;
  } else if (typeof author === "string") input.author = { roles: defaultAuthor?.roles ?? [], id: author };
  else if (strip && isPlain(author)) input.author = pick(author, AUTHOR_KEYS);
  if (kind === "reply" && input.inReplyTo !== undefined) {
    input.inReplyTo =
      typeof input.inReplyTo === "string" ? { text: input.inReplyTo } : pickComment(input.inReplyTo, strip);
  }
  if (kind === "moderation" && input.comment !== undefined) {
    input.comment =
      typeof input.comment === "string" ? { text: input.comment } : pickComment(input.comment, strip);
  }
  if (kind === "post" && kindName !== "post") input.kind = kindName;

  const schema =
    kind === "reply" ? ReplyInputSchema : kind === "post" ? PostInputSchema : ModerationInputSchema;
  if (options.validate !== false) {
    const parsed = schema.safeParse(input);
    if (!parsed.success) issues.push(...toIssues(parsed.error, locale, input));
  }
  if (issues.length > 0) throw new InputError(issues, say(locale, "Invalid record", "Registro no válido"));
  const base = { ...(id === undefined ? {} : { id }), disable };
  // The input as written (validated), not the parsed copy: evaluation applies the defaults itself.
  return { ...base, kind, input } as unknown as EvaluationRecord;
}
