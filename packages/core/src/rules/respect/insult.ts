import { z } from "zod";
import { defineRule } from "../../engine/rule.js";
import type { Suggestion } from "../../model/violation.js";
import { normalizeText } from "../../text/normalize.js";
import { aimedAfter, aimedAtPerson, type InsultForm, vocative } from "../_shared/insult-matcher.js";
import { insideRanges, sharedQuotes } from "../_shared/reply-context.js";
import { insultLexicon } from "../_shared/reply-lexicon.js";

const options = z.strictObject({
  /** Words or phrases never reported (e.g. a product called `Payaso`). Folded like the text. */
  allow: z.array(z.string().min(1).max(200)).default([]),
  /** Report words inside quotation marks too (default false: quoting the customer is not insulting). */
  checkQuotes: z.boolean().default(false),
});

/**
 * `respect/insult`: the reply insults, mocks or demeans the person, or swears. Finds the Spanish and English
 * insult lexicons on folded text (so leetspeak, missing accents, zero-width characters and homoglyphs do not
 * hide a word) and censored spellings such as `f*ck`. Words with innocent senses (`payaso`, `pathetic`) count
 * only when aimed at someone (`eres un payaso`, `you're pathetic`); quoted words are the customer's.
 */
export const insultRule = defineRule({
  id: "respect/insult",
  meta: {
    norm: 2,
    docs: { description: "Replies never insult, mock or demean the person, nor swear." },
    defaultSeverity: "error",
    messages: {
      en: {
        insult: "“{word}” insults the person you are answering.",
        slur: "“{word}” is a slur.",
        profanity: "“{word}” is profanity; a brand does not swear.",
      },
      es: {
        insult: "«{word}» insulta a la persona a la que responde.",
        slur: "«{word}» es un insulto discriminatorio.",
        profanity: "«{word}» es una palabrota; una marca no dice palabrotas.",
      },
    },
  },
  options,
  create({ options: opts }) {
    const compiled = insultLexicon();
    const allowed = new Set(opts.allow.map((a) => normalizeText(a).text));
    return {
      reply(ctx) {
        const source = ctx.text.source;
        const quotes = opts.checkQuotes ? [] : sharedQuotes(ctx);
        const hits: { start: number; end: number; form: InsultForm }[] = [];
        for (const hit of compiled.source.hits(ctx)) {
          const form = compiled.forms[hit.term];
          if (form) hits.push({ start: hit.start, end: hit.end, form });
        }
        let reachedEnd = -1;
        for (const { start, end, form } of hits) {
          if (start < reachedEnd) continue;
          if (allowed.has(form.folded)) continue;
          if (insideRanges(quotes, start, end)) continue;
          if (
            form.entry.personal &&
            !aimedAtPerson(source, start) &&
            !aimedAfter(source, end) &&
            !vocative(source, start, end)
          ) {
            continue;
          }
          reachedEnd = end;
          const word = source.slice(start, end);
          const tag = form.entry.tag === "slur" || form.entry.tag === "profanity" ? form.entry.tag : "insult";
          ctx.report({
            messageId: tag,
            data: { word },
            span: { start, end },
            suggestions: [
              removal(source, start, end, ctx.lang === "es" ? `Quitar «${word}»` : `Remove “${word}”`),
            ],
            evidence: { term: form.form, personal: form.entry.personal === true },
          });
        }
      },
    };
  },
});

/** Deletes the word and one space next to it, so that no double space is left. */
function removal(source: string, start: number, end: number, description: string): Suggestion {
  let s = start;
  let e = end;
  if (source[e] === " ") e++;
  else if (source[s - 1] === " ") s--;
  return { description, edits: [{ start: s, end: e, text: "" }] };
}
