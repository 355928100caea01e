import { z } from "zod";
import { defineRule } from "../../engine/rule.js";
import { brandTerms } from "../_shared/brand-terms.js";
import { findStatements } from "../_shared/cued-matcher.js";
import { deferralFix } from "../_shared/deferral.js";
import { allowedCategories } from "../_shared/reply-context.js";
import { officialLexicon } from "../_shared/reply-lexicon.js";

/**
 * `authority/speaks-for-company`: official statements or positions (`the company has decided`, `en nombre de
 * la empresa`, `nuestra posición oficial`, `<brand> ha decidido`) from an author whose roles may not make an
 * `official-statement`. Pointing to a published statement, questions and quoted words pass.
 */
export const speaksForCompanyRule = defineRule({
  id: "authority/speaks-for-company",
  meta: {
    norm: 4,
    docs: { description: "Only roles allowed to make official statements speak for the company." },
    defaultSeverity: "error",
    messages: {
      en: { official: "“{phrase}” speaks officially for the company, which your role may not do." },
      es: { official: "«{phrase}» habla oficialmente en nombre de la empresa, y su rol no puede hacerlo." },
    },
  },
  options: z.strictObject({}),
  create({ brand, policy }) {
    // The brand's own names fill the `{brand}` phrases (compiled per brand); the rest are shared.
    const own = brandTerms(brand, policy).official;
    const shared = officialLexicon();
    return {
      reply(ctx) {
        if (allowedCategories(ctx.policy, ctx.input.author.roles).has("official-statement")) return;
        const source = ctx.text.source;
        const found = [...findStatements(ctx, shared), ...findStatements(ctx, own)];
        found.sort((a, b) => a.start - b.start);
        let reached = -1;
        for (const s of found) {
          if (s.start < reached) continue;
          reached = s.end;
          ctx.report({
            messageId: "official",
            data: { phrase: source.slice(s.start, s.end) },
            span: { start: s.start, end: s.end },
            suggestions: [deferralFix(source, s.start, s.end, ctx.lang, ctx.brand)],
            evidence: { roles: [...ctx.input.author.roles] },
          });
        }
      },
    };
  },
});
