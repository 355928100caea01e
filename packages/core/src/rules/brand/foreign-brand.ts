import * as z from "zod/mini";
import { defineRule, type PostRuleContext, type ReplyRuleContext } from "../../engine/rule.js";
import type { Suggestion } from "../../model/violation.js";
import { normalizeText } from "../../text/normalize.js";
import { brandTerms, type IdentityKind } from "../_shared/brand-terms.js";
import { insideRanges, sharedQuotes } from "../_shared/reply-context.js";

const options = z.strictObject({
  /**
   * Also report a one-word name written all in lowercase (default false: `una chispa de limón` is not the
   * brand Chispa). Handles, hashtags and names of several words are matched in any case.
   */
  matchLowercase: z._default(z.boolean(), false),
  /** Names never reported for this brand (e.g. a partner brand it may name). */
  allow: z._default(z.array(z.string().check(z.minLength(1), z.maxLength(200))), []),
  /** Report names inside quotation marks too (default false: `You wrote "I prefer Chispa"` repeats the customer). */
  checkQuotes: z._default(z.boolean(), false),
});

/**
 * `brand/foreign-brand`: the reply names another brand of the same policy: its name or aliases, handles,
 * hashtags or products. A term the brand shares with the other brand (two brands both called `Chispa`, a
 * product sold by both) is the brand's own and never reported.
 */
export const foreignBrandRule = defineRule({
  id: "brand/foreign-brand",
  meta: {
    norm: 4,
    docs: { description: "A reply or post never names another brand of the same organisation." },
    defaultSeverity: "error",
    messages: {
      en: { foreign: "“{term}” belongs to {brand}, another brand of the organisation." },
      es: { foreign: "«{term}» es de {brand}, otra marca de la organización." },
    },
  },
  options,
  create({ brand, policy, options: opts }) {
    const fold = (s: string): string => normalizeText(s).text;
    const allowed = new Set(opts.allow.map(fold));
    const { source: hitsOf, mentions, folded, own } = brandTerms(brand, policy).foreign;
    // The matcher holds every brand's terms; the brand's own and the allowed ones are skipped at a hit.
    const skipped = (term: number): boolean => own.has(term) || allowed.has(folded[term] ?? "");
    const ownFor: Record<IdentityKind, string | undefined> = {
      name: brand.name,
      handle: brand.handles[0],
      hashtag: brand.hashtags[0],
      product: undefined,
    };
    const check = (ctx: ReplyRuleContext | PostRuleContext): void => {
      if (mentions.length === own.size) return;
      const source = ctx.text.source;
      const quotes = opts.checkQuotes ? [] : sharedQuotes(ctx);
      let reached = -1;
      for (const hit of hitsOf.hits(ctx)) {
        if (hit.start < reached) continue;
        const mention = mentions[hit.term];
        if (mention === undefined || skipped(hit.term)) continue;
        if (insideRanges(quotes, hit.start, hit.end)) continue;
        // The matcher matches words; give the span of a handle or hashtag its `@` or `#`.
        const sigil = mention.kind === "handle" ? "@" : mention.kind === "hashtag" ? "#" : "";
        const start = sigil !== "" && source[hit.start - 1] === sigil ? hit.start - 1 : hit.start;
        const written = source.slice(start, hit.end);
        const oneWord = mention.kind !== "handle" && mention.kind !== "hashtag" && !/\s/.test(mention.term);
        if (oneWord && !opts.matchLowercase && written === written.toLowerCase()) continue;
        reached = hit.end;
        const replacement = ownFor[mention.kind];
        const suggestions: Suggestion[] =
          replacement === undefined
            ? []
            : [
                {
                  description:
                    ctx.lang === "es" ? `Cambiar por «${replacement}»` : `Replace with “${replacement}”`,
                  edits: [{ start, end: hit.end, text: replacement }],
                },
              ];
        ctx.report({
          messageId: "foreign",
          data: { term: written, brand: mention.brand.name },
          span: { start, end: hit.end },
          suggestions,
          evidence: { brand: mention.brand.id, kind: mention.kind, term: mention.term },
        });
      }
    };
    return { reply: check, post: check };
  },
});
