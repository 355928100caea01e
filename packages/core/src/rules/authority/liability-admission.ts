import * as z from "zod/mini";
import { defineRule, type PostRuleContext, type ReplyRuleContext } from "../../engine/rule.js";
import { analysisOf } from "../../lang/index.js";
import { brandWords } from "../_shared/brand-words.js";
import { wholeWords } from "../_shared/clause-reading.js";
import { deferralFix } from "../_shared/deferral.js";
import { findAdmissions } from "../_shared/liability-frames.js";
import { allowedCategories } from "../_shared/reply-context.js";

/**
 * `authority/liability-admission`: the reply admits legal fault or negligence (`fue culpa nuestra`, `we were
 * negligent`, `we take full responsibility for the damage`). Apologies that admit nothing (`lamentamos las
 * molestias`, `sorry for the trouble`) pass, and so do questions, negations and hypotheticals. Roles that may
 * make a `legal-statement` are exempt.
 */
export const liabilityAdmissionRule = defineRule({
  id: "authority/liability-admission",
  meta: {
    norm: 4,
    docs: {
      description:
        "Replies do not admit legal fault or negligence unless the author may make legal statements.",
    },
    defaultSeverity: "error",
    messages: {
      en: {
        admission:
          "“{phrase}” admits legal fault; apologise without admitting liability, or hand it to legal.",
      },
      es: {
        admission: "«{phrase}» admite culpa legal; discúlpese sin admitir responsabilidad o derive a legal.",
      },
    },
  },
  options: z.strictObject({}),
  create({ brand }) {
    const own = brandWords(brand);
    const check = (ctx: ReplyRuleContext | PostRuleContext): void => {
      if (allowedCategories(ctx.policy, ctx.input.author.roles).has("legal-statement")) return;
      const source = ctx.text.source;
      const question =
        "inReplyTo" in ctx && ctx.inReplyTo !== undefined ? analysisOf(ctx.inReplyTo, ctx.lang) : undefined;
      for (const found of findAdmissions(ctx.analysis(), own, question)) {
        const s = { ...found, ...wholeWords(source, found.start, found.end) };
        ctx.report({
          messageId: "admission",
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
