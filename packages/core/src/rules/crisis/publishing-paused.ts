import * as z from "zod/mini";
import { defineRule } from "../../engine/rule.js";

/**
 * `crisis/publishing-paused`: a scheduled or promotional post for a brand whose publishing is paused by
 * its crisis protocol (`input.crisis.publishingPaused`). Organic posts and profile updates pass: the team
 * still has to speak during a crisis.
 */
export const publishingPausedRule = defineRule({
  id: "crisis/publishing-paused",
  meta: {
    norm: 5,
    docs: { description: "No scheduled or promotional posts while the crisis protocol pauses publishing." },
    defaultSeverity: "error",
    messages: {
      en: {
        paused:
          "Publishing is paused by the crisis protocol ({state}): hold this {kind} post until it is resumed.",
      },
      es: {
        paused:
          "La publicación está en pausa por el protocolo de crisis ({state}): retenga esta publicación {kind} hasta que se reanude.",
      },
    },
  },
  options: z.strictObject({}),
  create: () => ({
    post(ctx) {
      const crisis = ctx.input.crisis;
      const kind = ctx.input.kind;
      if (crisis === undefined || !crisis.publishingPaused) return;
      if (kind !== "scheduled" && kind !== "promotional") return;
      const kindText = ctx.lang === "es" ? (kind === "scheduled" ? "programada" : "promocional") : kind;
      ctx.report({
        messageId: "paused",
        data: { state: crisis.state ?? "?", kind: kindText },
        evidence: { crisisId: crisis.crisisId ?? null, state: crisis.state ?? null, kind },
      });
    },
  }),
});
