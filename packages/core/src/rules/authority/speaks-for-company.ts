import * as z from "zod/mini";
import { defineRule, type PostRuleContext, type ReplyRuleContext } from "../../engine/rule.js";
import { brandWords } from "../_shared/brand-words.js";
import { wholeWords } from "../_shared/clause-reading.js";
import { deferralFix } from "../_shared/deferral.js";
import { findOfficialStatements } from "../_shared/official-frames.js";
import { allowedCategories } from "../_shared/reply-context.js";

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
  create({ brand }) {
    const own = brandWords(brand);
    const check = (ctx: ReplyRuleContext | PostRuleContext): void => {
      if (allowedCategories(ctx.policy, ctx.input.author.roles).has("official-statement")) return;
      const source = ctx.text.source;
      for (const found of findOfficialStatements(ctx.analysis(), own)) {
        const s = { ...found, ...wholeWords(source, found.start, found.end) };
        ctx.report({
          messageId: "official",
          data: { phrase: source.slice(s.start, s.end) },
          span: { start: s.start, end: s.end },
          suggestions: [deferralFix(source, s.start, s.end, ctx.lang, ctx.brand)],
          evidence: { kind: s.kind, roles: [...ctx.input.author.roles] },
        });
      }
    };
    return { reply: check, post: check };
  },
});
