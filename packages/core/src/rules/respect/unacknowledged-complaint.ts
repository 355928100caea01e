import * as z from "zod/mini";
import { defineRule } from "../../engine/rule.js";
import { analysisOf, languageOf } from "../../lang/index.js";
import { messageLocaleOf } from "../../model/locale.js";
import { analyzeSentiment, type Sentiment } from "../../moderation/sentiment.js";
import { findCommitments } from "../_shared/commitment-frames.js";
import {
  type Acknowledgement,
  acknowledgementOf,
  complaintCues,
  nextStepOf,
} from "../_shared/complaint-frames.js";
import { sharedDismissals } from "../_shared/dismissive-frames.js";
import { findPhrases } from "../_shared/phrase-matcher.js";
import { acknowledgementLexicon } from "../_shared/reply-lexicon.js";

const options = z.strictObject({
  /**
   * Read complaints by sentiment instead: the comment counts as one when its sentiment score is at most this
   * (-1..1). Unset (the default), a complaint is a reported problem, whatever its tone.
   */
  maxScore: z.optional(z.number().check(z.gte(-1), z.lte(1))),
});

/** Next steps that answer a complaint even beside a jab: a contact, a private channel, an instruction. */
const REAL_STEPS: ReadonlySet<Acknowledgement> = new Set(["contact", "private", "self-service"]);

const OPENERS = {
  es: { usted: "Lamentamos lo ocurrido. ", tu: "Sentimos lo ocurrido. " },
  en: "We're sorry to hear that. ",
} as const;

/**
 * `respect/unacknowledged-complaint`: the reply answers a complaint (read from the comment's clauses, or by its
 * sentiment with `maxScore`) without acknowledging the concern (an apology, empathy, agreement) or offering a
 * next step (a private channel, a follow-up, a concrete action, a self-service instruction). Validation or an
 * action said beside a dismissal is not an acknowledgement unless a real next step comes with it.
 */
export const unacknowledgedComplaintRule = defineRule({
  id: "respect/unacknowledged-complaint",
  meta: {
    norm: 2,
    docs: {
      description: "A reply to a complaint acknowledges the concern or offers a next step.",
    },
    defaultSeverity: "warning",
    messages: {
      en: {
        unacknowledged:
          "The comment is a complaint; the reply neither acknowledges it nor offers a next step (DM, follow-up, action).",
      },
      es: {
        unacknowledged:
          "El comentario es una queja; la respuesta no la reconoce ni ofrece un siguiente paso (privado, seguimiento, acción).",
      },
    },
  },
  options,
  create({ options: opts, brand }) {
    const phrases = acknowledgementLexicon();
    const opener = brand.voice.address === "tu" ? OPENERS.es.tu : OPENERS.es.usted;
    return {
      reply(ctx) {
        const comment = ctx.inReplyTo;
        if (comment === undefined) return;
        const lang = messageLocaleOf(ctx.input.inReplyTo?.locale ?? ctx.locale);
        const commentLang = languageOf(ctx.input.inReplyTo?.locale ?? ctx.locale) ?? ctx.lang;
        // A complaint reports a problem (something broken or missing, a delay, money taken, being ignored);
        // `maxScore` keeps the older reading by sentiment for policies that ask for it.
        let evidence: { [key: string]: string | number | string[] };
        if (opts.maxScore === undefined) {
          const cues = complaintCues(analysisOf(comment, commentLang));
          if (cues.length === 0) return;
          evidence = { cues };
        } else {
          const sentiment = ctx.shared<Sentiment>("sentiment:inReplyTo", () =>
            analyzeSentiment(comment.folded, lang),
          );
          if (sentiment.score > opts.maxScore) return;
          evidence = { sentimentScore: sentiment.score, sentimentLabel: sentiment.label };
        }
        const reply = ctx.analysis();
        const committed = findCommitments(reply).length > 0;
        const acknowledged = acknowledgementOf(reply, committed);
        // Validation or an action said in a reply that also brushes the reader off (`no eres el único cliente`,
        // `aquí estamos contestando, ¿qué más quieres?`) is not an acknowledgement; an apology, a channel, a
        // contact or a promise still is.
        const hollow =
          !committed &&
          (acknowledged === "validation" || acknowledged === "action") &&
          sharedDismissals(ctx, false).length > 0 &&
          // A real next step beside the jab (`Chill. Unplug it and plug it back in.`) still answers the complaint.
          !REAL_STEPS.has(nextStepOf(reply) ?? "action");
        if (acknowledged !== undefined && !hollow) return;
        if (findPhrases(ctx, phrases, []).length > 0) return;
        const source = ctx.text.source;
        const text = ctx.lang === "es" ? opener : OPENERS.en;
        ctx.report({
          messageId: "unacknowledged",
          span: { start: 0, end: source.length },
          suggestions: [
            {
              description:
                ctx.lang === "es" ? "Empezar reconociendo la queja" : "Start by acknowledging the complaint",
              edits: [{ start: 0, end: 0, text }],
            },
          ],
          evidence,
        });
      },
    };
  },
});
