import * as z from "zod/mini";
import { defineRule } from "../../engine/rule.js";
import { GROUNDS, type Ground } from "../../model/grounds.js";
import { ACTION_NAMES_ES, classificationOf, GROUND_NAMES_ES } from "../_shared/removal.js";

/**
 * `respect/escalate-removal`: a removal (hide, delete, ban) of a comment that shows a ground the policy escalates
 * (by default a threat or an illegal offer) is allowed, and must also reach the person on duty. The rule reports
 * that note at `info` level under its own id, beside the verdict of `respect/delete-dissent`, so a tool can route
 * it without reading a refusal into it.
 */
export const escalateRemovalRule = defineRule({
  id: "respect/escalate-removal",
  meta: {
    norm: 2,
    docs: {
      description: "A removal on a ground that needs a human (a threat, an illegal offer) is escalated.",
    },
    defaultSeverity: "info",
    messages: {
      en: { escalate: "The comment shows {ground}: {action} it, and escalate it to the person on duty." },
      es: {
        escalate:
          "El comentario contiene {ground}: puede {action}lo y debe escalarlo a la persona de guardia.",
      },
    },
  },
  options: z.strictObject({
    /** Grounds whose removal is escalated. */
    grounds: z._default(z.array(z.enum(GROUNDS)), ["threat", "illegal"]),
  }),
  create({ options: opts }) {
    const escalate = new Set<Ground>(opts.grounds);
    return {
      moderation(ctx) {
        const action = ctx.input.action;
        if (action === "keep" || action === "reply") return;
        const urgent = classificationOf(ctx).grounds.find((f) => escalate.has(f.ground));
        if (urgent === undefined) return;
        const es = ctx.lang === "es";
        ctx.report({
          messageId: "escalate",
          data: {
            ground: es ? GROUND_NAMES_ES[urgent.ground] : urgent.ground,
            action: es ? ACTION_NAMES_ES[action] : action,
          },
          span: urgent.span,
          excerpt: urgent.excerpt,
          evidence: { ground: urgent.ground, kind: urgent.kind, action },
        });
      },
    };
  },
});
