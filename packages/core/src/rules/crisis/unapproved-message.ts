import * as z from "zod/mini";
import { defineRule, type PostRuleContext, type ReplyRuleContext } from "../../engine/rule.js";
import { analysisOf, type Lang, languageOf } from "../../lang/index.js";
import { compileTemplate, foldStatement, matchesTemplate } from "../../text/statement-template.js";
import { compileTermMatcher, type TermMatcher } from "../../text/term-matcher.js";
import type { TextView } from "../../text/text-view.js";
import { brandWords } from "../_shared/brand-words.js";
import {
  crisisMentions,
  type PreparedCrisis,
  prepareCrisis,
  rewordsStatement,
} from "../_shared/crisis-topics.js";

/**
 * `crisis/unapproved-message`: while a crisis is active for the brand, a reply or post about the crisis must be
 * one of the approved statements usable in the current state (slots may hold any text), unless the author holds a
 * role the state lets speak freely. Texts on other subjects pass. A text is about the crisis when it mentions a
 * topic in the crisis's sense (not `filtración de líquido`, not `if I recall correctly`), when it answers a
 * comment about the crisis, or when it rewords an approved statement; `topicMatch: "keyword"` keeps the older
 * keyword reading.
 *
 * The topics and statements come with each input (`input.crisis`, see `brandCrisisState`) but stay the same
 * for the whole crisis, so each brand keeps the matcher and compiled statements of the last crisis state it
 * saw and rebuilds them only when they change. Statements are compared literal piece by piece on folded
 * text, with no regular expression built from them.
 */
export const unapprovedMessageRule = defineRule({
  id: "crisis/unapproved-message",
  meta: {
    norm: 5,
    docs: { description: "During a crisis, replies about the crisis topic use an approved statement." },
    defaultSeverity: "error",
    messages: {
      en: {
        unapproved:
          "A crisis is open ({state}): a reply about “{topic}” must be an approved statement (or come from {roles}).",
      },
      es: {
        unapproved:
          "Hay una crisis abierta ({state}): una respuesta sobre «{topic}» debe ser un mensaje aprobado (o venir de {roles}).",
      },
    },
  },
  options: z.strictObject({
    /**
     * How a text is found to be about the crisis. `context` (the default): the crisis reading of the clause
     * analysis (a topic's family in the crisis's sense, a name with an alarm beside it, a comment about the
     * crisis, a reworded approved statement). `keyword`: any topic keyword in the text, as before.
     */
    topicMatch: z._default(z.enum(["context", "keyword"]), "context"),
  }),
  create: ({ options: opts }) => {
    let cached:
      | {
          key: string;
          topics: TermMatcher;
          templates: ReturnType<typeof compileTemplate>[];
          prepared: Map<Lang, PreparedCrisis>;
        }
      | undefined;
    const compiledFor = (topics: readonly string[], statements: readonly { text: string }[]) => {
      const key = JSON.stringify([topics, statements.map((m) => m.text)]);
      if (cached?.key !== key) {
        cached = {
          key,
          topics: compileTermMatcher(topics),
          templates: statements.map((m) => compileTemplate(m.text)),
          prepared: new Map(),
        };
      }
      return cached;
    };
    const preparedFor = (
      compiled: NonNullable<typeof cached>,
      lang: Lang,
      topics: readonly string[],
      statements: readonly { text: string }[],
    ): PreparedCrisis => {
      let p = compiled.prepared.get(lang);
      if (p === undefined) {
        p = prepareCrisis(
          lang,
          topics,
          statements.map((m) => m.text),
        );
        compiled.prepared.set(lang, p);
      }
      return p;
    };
    const check = (
      ctx: ReplyRuleContext | PostRuleContext,
      comment: TextView | undefined,
      commentLang: Lang,
    ): void => {
      const crisis = ctx.input.crisis;
      if (crisis === undefined || !crisis.active || crisis.topics.length === 0) return;
      if (ctx.input.author.roles.some((r) => crisis.rolesAllowed.includes(r))) return;
      const compiled = compiledFor(crisis.topics, crisis.approvedMessages);
      const folded = foldStatement(ctx.text.source);
      for (const template of compiled.templates) {
        if (matchesTemplate(folded, template)) return;
      }
      let span: { start: number; end: number } | undefined;
      let topic: string | undefined;
      let via: "mention" | "thread" | "statement" | "keyword" = "keyword";
      if (opts.topicMatch === "keyword") {
        const hit = compiled.topics.find(ctx.text.folded)[0];
        if (hit === undefined) return;
        span = { start: hit.start, end: hit.end };
        topic = crisis.topics[hit.term];
      } else {
        const prepared = preparedFor(compiled, ctx.lang, crisis.topics, crisis.approvedMessages);
        const analysis = ctx.analysis();
        const brandNames = brandWords(ctx.brand);
        const mention = crisisMentions(analysis, prepared, { brand: brandNames, source: ctx.text.source })[0];
        if (mention !== undefined) {
          span = { start: mention.start, end: mention.end };
          topic = crisis.topics[mention.topic];
          via = "mention";
        } else {
          // A reply to a comment about the crisis is about it too, even without the word (`¿Me afecta?` → `No,
          // su cuenta está a salvo`); so is an approved statement put in other words.
          const about =
            comment === undefined
              ? undefined
              : crisisMentions(
                  analysisOf(comment, commentLang),
                  preparedFor(compiled, commentLang, crisis.topics, crisis.approvedMessages),
                  { brand: brandNames, skipQuoted: true, source: comment.source },
                )[0];
          if (about !== undefined && comment !== undefined) {
            via = "thread";
            topic = crisis.topics[about.topic];
          } else if (rewordsStatement(analysis, prepared)) {
            via = "statement";
          } else return;
          const first = analysis.sentences[0];
          span = { start: first?.start ?? 0, end: first?.end ?? ctx.text.source.length };
        }
      }
      const noOne = ctx.lang === "es" ? "nadie" : "no one";
      ctx.report({
        messageId: "unapproved",
        data: {
          state: crisis.state ?? "?",
          topic: topic ?? crisis.topics[0] ?? "?",
          roles: crisis.rolesAllowed.length > 0 ? crisis.rolesAllowed.join(", ") : noOne,
        },
        span,
        evidence: {
          crisisId: crisis.crisisId ?? null,
          state: crisis.state ?? null,
          topic: topic ?? null,
          via,
          approvedMessages: crisis.approvedMessages.map((m) => m.id),
        },
      });
    };
    return {
      reply(ctx) {
        const commentLang = languageOf(ctx.input.inReplyTo?.locale ?? ctx.locale) ?? ctx.lang;
        check(ctx, ctx.inReplyTo, commentLang);
      },
      post(ctx) {
        check(ctx, undefined, ctx.lang);
      },
    };
  },
});
