import * as z from "zod/mini";
import { defineRule, type PostRuleContext, type ReplyRuleContext } from "../../engine/rule.js";
import { sourceLabel, sourceMatches } from "../_shared/source-matches.js";

const options = z.strictObject({
  /** Share (0–1) of one of the brand's own earlier texts that the new text may repeat before a warning. */
  threshold: z._default(z.number().check(z.gte(0.05), z.lte(1)), 0.6),
  /** Shortest repeated run counted, in words. */
  minWords: z._default(z.int().check(z.gte(4), z.lte(200)), 8),
});

/**
 * `originality/self-repetition`: the text repeats most of one of the brand's own earlier texts (sources added
 * with `own: true`). Needs `services.sources`; without it the rule does nothing.
 */
export const selfRepetitionRule = defineRule({
  id: "originality/self-repetition",
  meta: {
    norm: 1,
    docs: { description: "A post or reply does not repeat most of one of the brand's own earlier texts." },
    defaultSeverity: "warning",
    messages: {
      en: { repeats: "This text repeats {percent}% of the brand's earlier text {source}." },
      es: { repeats: "Este texto repite el {percent} % de un texto anterior de la marca ({source})." },
    },
  },
  options,
  create({ options: opts }) {
    const check = (ctx: ReplyRuleContext | PostRuleContext): void => {
      for (const source of sourceMatches(ctx, opts.minWords, [])) {
        if (!source.own || source.sourceCoverage < opts.threshold) continue;
        const first = source.fragments[0];
        const last = source.fragments[source.fragments.length - 1];
        if (!first || !last) continue;
        ctx.report({
          messageId: "repeats",
          data: { percent: Math.round(source.sourceCoverage * 100), source: sourceLabel(source) },
          span: { start: first.draft.start, end: last.draft.end },
          evidence: {
            sourceId: source.sourceId,
            sourceCoverage: source.sourceCoverage,
            draftCoverage: source.draftCoverage,
            fragments: source.fragments.map((f) => ({
              draft: { start: f.draft.start, end: f.draft.end },
              source: { start: f.source.start, end: f.source.end },
              words: f.words,
            })),
          },
        });
      }
    };
    return { reply: check, post: check };
  },
});
