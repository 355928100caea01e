import type * as z from "zod/mini";
import type { Analysis } from "../lang/analysis.js";
import type { MessageLocale } from "../model/locale.js";
import type { JsonValue, NormNumber, Severity, Span, Suggestion } from "../model/violation.js";
import type { Brand, Policy } from "../policy/schema.js";
import type { TextView } from "../text/text-view.js";
import type { ParsedPostInput, ParsedReplyInput } from "./input.js";
import type { ParsedModerationInput } from "./moderation-input.js";
import type { EvaluationServices } from "./services.js";

/**
 * What a rule can check: a reply, a brand post, or a moderation action on a comment.
 *
 * @category Custom rules
 */
export type RuleTarget = "reply" | "post" | "moderation";

/**
 * Messages of a rule by message id, in English and Spanish, with `{slot}` placeholders.
 *
 * @category Custom rules
 */
export interface RuleMessages {
  /** English templates. */
  readonly en: Readonly<Record<string, string>>;
  /** Spanish templates (same ids as `en`). */
  readonly es: Readonly<Record<string, string>>;
}

/**
 * Static facts about a rule; `Messages` keeps its message ids as literal types.
 *
 * @category Custom rules
 */
export interface RuleMeta<Messages extends RuleMessages = RuleMessages> {
  /** The norm the rule enforces. */
  readonly norm: NormNumber;
  /** One sentence on what the rule checks, and where its page is. */
  readonly docs: { readonly description: string; readonly url?: string };
  /** Severity when a policy turns the rule on without a level (and in the `recommended` preset). */
  readonly defaultSeverity: Severity;
  /** Whether the `recommended` preset turns the rule on (default true). */
  readonly recommended?: boolean;
  /** Message templates by id, in both languages. */
  readonly messages: Messages;
}

/**
 * What a rule reports; the engine adds rule id, severity, localised message and docs link.
 *
 * @category Custom rules
 */
export interface ReportDescriptor {
  /** A key of the rule's `meta.messages`. */
  readonly messageId: string;
  /** Values for the message's `{slot}` placeholders. */
  readonly data?: Readonly<Record<string, string | number>>;
  /** Where, in UTF-16 offsets of the checked text. */
  readonly span?: Span;
  /** Replaces the excerpt taken from `span` (e.g. to mask personal data). */
  readonly excerpt?: string;
  /** Fixes. */
  readonly suggestions?: readonly Suggestion[];
  /** What matched, as plain data. */
  readonly evidence?: { readonly [key: string]: JsonValue };
  /** Overrides the configured severity for this report (e.g. an audit-only warning). */
  readonly severity?: Severity;
}

/**
 * Any rule, whatever its id and options: what catalogues and `plugins` hold.
 *
 * @category Custom rules
 */
// biome-ignore lint/suspicious/noExplicitAny: a rule's options type is contravariant in `create`; `any` lets a list hold rules of different option types.
export type AnyRule = Rule<any, string, RuleMessages>;

/** The id of a rule, as a literal type. */
export type RuleIdOf<R> = R extends { readonly id: infer Id extends string } ? Id : never;

/** The message ids of a rule, as literal types. */
export type MessageIdOf<R> = R extends { readonly meta: { readonly messages: { readonly en: infer M } } }
  ? keyof M & string
  : string;

/** What a policy may write as a rule's `options` (the input type of its schema: defaults may be left out). */
export type RuleOptionsInput<R> = R extends { readonly options: infer S extends z.core.$ZodType }
  ? z.input<S>
  : never;

/**
 * What a rule's `create` receives, once per brand, when a policy is compiled.
 *
 * @category Custom rules
 */
export interface RuleSetup<Options> {
  /** The rule's id. */
  readonly ruleId: string;
  /** The rule's options for this brand, validated, with defaults. */
  readonly options: Options;
  /** The brand the rule is compiled for. */
  readonly brand: Brand;
  /** The whole policy (other brands, roles, channels). */
  readonly policy: Policy;
}

/**
 * What every check receives, once per evaluation.
 *
 * @category Custom rules
 */
export interface RuleContextBase {
  /** The checked text: the reply, the post, or the moderated comment. Spans refer to it. */
  readonly text: TextView;
  /** The brand. */
  readonly brand: Brand;
  /** The whole policy. */
  readonly policy: Policy;
  /** Language of the checked text: `es` or `en`. */
  readonly lang: MessageLocale;
  /** The locale tag of the checked text, e.g. `es-MX`. */
  readonly locale: string;
  /** Runtime services (source index…). */
  readonly services: EvaluationServices;
  /**
   * A value computed once per evaluation and shared by every rule (e.g. the comment's sentiment).
   * `key` names the computation; the first rule to ask computes it.
   */
  shared<T>(key: string, compute: () => T): T;
  /**
   * The clause analysis of `text` in `lang` (words with their classes, sentences, clauses, verb groups with
   * person, tense and polarity, quotations, conditions), computed on first use and shared by every rule of the
   * evaluation. See the guide "Language analysis".
   */
  analysis(): Analysis;
  /** Reports a violation. */
  report(descriptor: ReportDescriptor): void;
}

/**
 * Context of a check on a reply.
 *
 * @category Custom rules
 */
export interface ReplyRuleContext extends RuleContextBase {
  /** The validated reply input. */
  readonly input: ParsedReplyInput;
  /** The comment answered, if given. */
  readonly inReplyTo: TextView | undefined;
}

/**
 * Context of a check on a post.
 *
 * @category Custom rules
 */
export interface PostRuleContext extends RuleContextBase {
  /** The validated post input. */
  readonly input: ParsedPostInput;
}

/**
 * Context of a check on a moderation action (`text` is the comment).
 *
 * @category Custom rules
 */
export interface ModerationRuleContext extends RuleContextBase {
  /** The validated moderation input. */
  readonly input: ParsedModerationInput;
}

/**
 * The checks a rule provides, one per target it applies to.
 *
 * @category Custom rules
 */
export interface RuleHandlers {
  /** Checks a reply. */
  readonly reply?: (context: ReplyRuleContext) => void;
  /** Checks a post. */
  readonly post?: (context: PostRuleContext) => void;
  /** Checks a moderation action. */
  readonly moderation?: (context: ModerationRuleContext) => void;
}

/**
 * A rule: id, metadata, an options schema, and `create`, which compiles it for one brand. `Id` is the rule's id
 * as a literal type (`defineRule` keeps it), so that policies and verdicts can be checked against the ids of the
 * rules they use.
 *
 * @category Custom rules
 */
export interface Rule<
  Schema extends z.core.$ZodType = z.core.$ZodType,
  Id extends string = string,
  Messages extends RuleMessages = RuleMessages,
> {
  /** Stable id, `<category>/<name>`, e.g. `voice/formality`. */
  readonly id: Id;
  /** Static facts. */
  readonly meta: RuleMeta<Messages>;
  /** zod schema of the rule's options; `{}` must parse (every option has a default). */
  readonly options: Schema;
  /** Compiles the rule for one brand; called once per brand by `compilePolicy`. Do expensive work here. */
  readonly create: (setup: RuleSetup<z.output<Schema>>) => RuleHandlers;
}

/**
 * Declares a rule. One rule per file; the id is a public contract.
 *
 * @example
 * ```ts
 * import * as z from "zod";
 * import { defineRule } from "@normas/core";
 *
 * export const noAllCaps = defineRule({
 *   id: "acme/no-all-caps",
 *   meta: {
 *     norm: 2,
 *     docs: { description: "Replies are not written in capitals." },
 *     defaultSeverity: "warning",
 *     messages: { en: { caps: "Do not shout." }, es: { caps: "No escribas en mayúsculas." } },
 *   },
 *   options: z.strictObject({ minLetters: z.int().default(12) }),
 *   create: ({ options }) => ({
 *     reply(ctx) {
 *       const letters = ctx.text.source.replace(/[^\p{L}]/gu, "");
 *       if (letters.length >= options.minLetters && letters === letters.toUpperCase()) ctx.report({ messageId: "caps" });
 *     },
 *   }),
 * });
 * ```
 *
 * @category Custom rules
 */
export function defineRule<
  const Id extends string,
  Schema extends z.core.$ZodType,
  const Messages extends RuleMessages = RuleMessages,
>(rule: Rule<Schema, Id, Messages>): Rule<Schema, Id, Messages> {
  return rule;
}
