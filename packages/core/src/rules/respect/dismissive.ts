import * as z from "zod/mini";
import { defineRule, type PostRuleContext, type ReplyRuleContext } from "../../engine/rule.js";
import type { Suggestion } from "../../model/violation.js";
import { sentenceAt } from "../_shared/clause-reading.js";
import { eyeRolls, sharedDismissals } from "../_shared/dismissive-frames.js";
import { findPhrases } from "../_shared/phrase-matcher.js";
import { insideRanges, sharedQuotes } from "../_shared/reply-context.js";
import { dismissiveLexicon } from "../_shared/reply-lexicon.js";

const options = z.strictObject({
  /** Report phrases inside quotation marks too (default false: they are the customer's words). */
  checkQuotes: z._default(z.boolean(), false),
});

/**
 * `respect/dismissive`: condescending, dismissive or blaming language (`calm down`, `as we already told
 * you`, `that's your problem`, `cálmese`, `como ya le dijimos`, `debió leer las condiciones`).
 */
export const dismissiveRule = defineRule({
  id: "respect/dismissive",
  meta: {
    norm: 2,
    docs: { description: "Replies are not condescending, dismissive or blaming." },
    defaultSeverity: "warning",
    messages: {
      en: { dismissive: "“{phrase}” sounds dismissive or blames the person; acknowledge and help instead." },
      es: { dismissive: "«{phrase}» suena despectivo o culpa a la persona; reconozca el problema y ayude." },
    },
  },
  options,
  create({ options: opts }) {
    const lexicon = dismissiveLexicon();
    const check = (ctx: ReplyRuleContext | PostRuleContext): void => {
      const source = ctx.text.source;
      const quotes = opts.checkQuotes ? [] : sharedQuotes(ctx);
      const analysis = ctx.analysis();
      const reported = new Set<number>();
      for (const hit of findPhrases(ctx, lexicon, quotes)) {
        const sentence = sentenceAt(analysis, hit.start);
        if (sentence >= 0) reported.add(sentence);
        const phrase = source.slice(hit.start, hit.end);
        const suggestions: Suggestion[] = [];
        if (hit.entry.replacement !== undefined) {
          const text = matchCase(phrase, hit.entry.replacement);
          suggestions.push({
            description: ctx.lang === "es" ? `Cambiar por «${text}»` : `Replace with “${text}”`,
            edits: [{ start: hit.start, end: hit.end, text }],
          });
        }
        ctx.report({
          messageId: "dismissive",
          data: { phrase },
          span: { start: hit.start, end: hit.end },
          suggestions,
          evidence: { phrase: hit.entry.term },
        });
      }
      const found = [...sharedDismissals(ctx, !("inReplyTo" in ctx))];
      for (const d of eyeRolls(source, analysis)) if (!found.some((f) => f.start === d.start)) found.push(d);
      for (const d of found) {
        const sentence = sentenceAt(analysis, d.start);
        if (reported.has(sentence)) continue;
        if (!opts.checkQuotes && insideRanges(quotes, d.start, d.end)) continue;
        ctx.report({
          messageId: "dismissive",
          data: { phrase: source.slice(d.start, d.end) },
          span: { start: d.start, end: d.end },
          evidence: { frame: d.kind },
        });
      }
    };
    return { reply: check, post: check };
  },
});

/** Capitalises the replacement when the replaced phrase started with a capital. */
function matchCase(original: string, replacement: string): string {
  const first = original[0] ?? "";
  return first !== first.toLowerCase()
    ? replacement.charAt(0).toUpperCase() + replacement.slice(1)
    : replacement;
}
