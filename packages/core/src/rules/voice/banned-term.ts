import * as z from "zod/mini";
import { defineRule, type RuleContextBase } from "../../engine/rule.js";
import { findQuotedSpans, insideAny } from "../../text/quotes.js";
import { compileTermList, looksLikeName, type TermVariant } from "../_shared/term-list.js";

const options = z.strictObject({
  /**
   * Report banned terms inside quotation marks too (default true: repeating a customer's banned word still
   * publishes it under the brand's name).
   */
  checkQuotes: z._default(z.boolean(), true),
});

/**
 * `voice/banned-term`: the reply uses a word from the brand's `terms.banned` list. Whole words only, with the
 * usual folding (case, accents, leetspeak…), and Spanish plural and gender variants for entries with `inflect`.
 */
export const bannedTermRule = defineRule({
  id: "voice/banned-term",
  meta: {
    norm: 4,
    docs: { description: "Replies do not use words on the brand's banned list." },
    defaultSeverity: "error",
    messages: {
      en: {
        banned: "“{word}” is on this brand's banned list.",
        bannedBecause: "“{word}” is on this brand's banned list: {reason}",
      },
      es: {
        banned: "«{word}» está en la lista de términos prohibidos de esta marca.",
        bannedBecause: "«{word}» está en la lista de términos prohibidos de esta marca: {reason}",
      },
    },
  },
  options,
  create({ options: opts, brand }) {
    const list = compileTermList(brand.terms.banned);
    const check = (ctx: RuleContextBase): void => {
      if (list.variants.length === 0) return;
      const source = ctx.text.source;
      const quotes = opts.checkQuotes ? [] : ctx.shared("voice:quotes", () => findQuotedSpans(source));
      let lastEnd = -1;
      for (const hit of list.matcher.find(ctx.text.folded)) {
        if (hit.start < lastEnd || insideAny(quotes, hit.start, hit.end)) continue;
        if (looksLikeName(source, hit.start, hit.end)) continue;
        lastEnd = hit.end;
        const v = list.variants[hit.term] as TermVariant;
        const word = source.slice(hit.start, hit.end);
        ctx.report({
          messageId: v.reason === undefined ? "banned" : "bannedBecause",
          data: v.reason === undefined ? { word } : { word, reason: v.reason },
          span: { start: hit.start, end: hit.end },
          evidence: { term: v.term, variant: v.variant.form },
        });
      }
    };
    return { reply: check, post: check };
  },
});
