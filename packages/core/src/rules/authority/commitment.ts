import * as z from "zod/mini";
import { defineRule, type PostRuleContext, type ReplyRuleContext } from "../../engine/rule.js";
import type { CommitmentCategory } from "../../model/commitments.js";
import type { MessageLocale } from "../../model/locale.js";
import { brandWords } from "../_shared/brand-words.js";
import { wholeWords } from "../_shared/clause-reading.js";
import { findCommitments } from "../_shared/commitment-frames.js";
import { deferralFix } from "../_shared/deferral.js";
import { allowedCategories } from "../_shared/reply-context.js";

/** Each category's name in a message, per message language. */
const CATEGORY_NAMES: Readonly<Record<CommitmentCategory, Readonly<Record<MessageLocale, string>>>> = {
  refund: { es: "reembolso", en: "refund" },
  compensation: { es: "compensación", en: "compensation" },
  discount: { es: "descuento", en: "discount" },
  "delivery-date": { es: "fecha de entrega", en: "delivery date" },
  "legal-statement": { es: "declaración legal", en: "legal statement" },
  "official-statement": { es: "declaración oficial", en: "official statement" },
};

/** The category's name in a message. */
function categoryName(category: CommitmentCategory, lang: MessageLocale): string {
  return CATEGORY_NAMES[category][lang];
}

/**
 * `authority/commitment`: a promise in a category the author's roles may not make (refund, compensation,
 * discount, delivery date or time, legal statement), read from `policy.roles[role].may`. Deferrals (`we'll
 * look into it`, `revisaremos su caso`), pointers (`refunds follow our policy`), refusals, questions and
 * quoted customer words are not promises.
 */
export const commitmentRule = defineRule({
  id: "authority/commitment",
  meta: {
    norm: 4,
    docs: {
      description:
        "Only roles allowed to commit make promises of refunds, compensation, discounts, dates or legal positions.",
    },
    defaultSeverity: "error",
    messages: {
      en: { commitment: "“{phrase}” commits to a {category}, which your role may not promise." },
      es: { commitment: "«{phrase}» es un compromiso de {category} que su rol no puede asumir." },
    },
  },
  options: z.strictObject({}),
  create({ brand }) {
    const own = brandWords(brand);
    const check = (ctx: ReplyRuleContext | PostRuleContext): void => {
      const allowed = allowedCategories(ctx.policy, ctx.input.author.roles);
      const source = ctx.text.source;
      for (const found of findCommitments(ctx.analysis(), own)) {
        const s = { ...found, ...wholeWords(source, found.start, found.end) };
        if (s.category === "official-statement" || allowed.has(s.category)) continue;
        ctx.report({
          messageId: "commitment",
          data: { phrase: source.slice(s.start, s.end), category: categoryName(s.category, ctx.lang) },
          span: { start: s.start, end: s.end },
          suggestions: [deferralFix(source, s.start, s.end, ctx.lang, ctx.brand)],
          evidence: { category: s.category, roles: [...ctx.input.author.roles] },
        });
      }
    };
    return { reply: check, post: check };
  },
});
