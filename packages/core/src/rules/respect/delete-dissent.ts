import * as z from "zod/mini";
import { defineRule } from "../../engine/rule.js";
import { GROUNDS, type Ground } from "../../model/grounds.js";
import type { JsonValue } from "../../model/violation.js";
import type { GroundFinding } from "../../moderation/finding.js";
import {
  ACTION_NAMES_ES,
  classificationOf,
  DEFAULT_ALLOW,
  GROUND_NAMES_ES,
  REMOVALS,
  type Removal,
} from "../_shared/removal.js";

const options = z.strictObject({
  /** Which removal actions each ground allows; grounds left out keep their defaults. `[]` turns a ground off. */
  allow: z._default(z.partialRecord(z.enum(GROUNDS), z.array(z.enum(REMOVALS))), {}),
  /**
   * A moderator's declared ground (`reason.ground`) that normas found no evidence for: `accept` silently, `warn`
   * (accept, but report a warning so audits see it), or `reject` (an error, like no reason at all).
   */
  declaredWithoutEvidence: z._default(z.enum(["accept", "warn", "reject"]), "warn"),
});

const evidenceOf = (f: GroundFinding): JsonValue => ({
  ground: f.ground,
  kind: f.kind,
  excerpt: f.excerpt,
  matched: [...f.matched],
  start: f.span.start,
  end: f.span.end,
});

const groundList = (lang: "es" | "en"): string =>
  GROUNDS.map((g) => (lang === "es" ? GROUND_NAMES_ES[g] : g)).join(", ");

/**
 * `respect/delete-dissent`: a comment may be hidden, deleted or its author banned only on a ground the policy
 * allows (spam, personal data, harassment, hate, threat, sexual content, illegal offer) and that the comment shows.
 * Negative opinion is never a ground: the rule suggests replying instead. `keep` and `reply` are always allowed.
 */
export const deleteDissentRule = defineRule({
  id: "respect/delete-dissent",
  meta: {
    norm: 2,
    docs: {
      description:
        "Comments are hidden, deleted or their authors banned only on an allowed ground, never for dissent.",
    },
    defaultSeverity: "error",
    messages: {
      en: {
        dissent:
          "Do not {action} this comment: none of the grounds ({grounds}) was found, and a {sentiment} opinion is not one. Reply to it instead.",
        tooStrong: "The comment shows {ground}, which allows only {allowed}, not {action}. {advice}",
        declaredWithoutEvidence:
          "The stated ground ({ground}) was not found in the comment; the action is accepted on the moderator's word and logged for audit.",
        declaredRejected:
          "The stated ground ({ground}) was not found in the comment, and this policy does not accept a ground without evidence. Reply to it instead.",
      },
      es: {
        dissent:
          "No se debe {action} este comentario: no se ha encontrado ningún motivo ({grounds}) y una opinión {sentiment} no lo es. Respóndalo en su lugar.",
        tooStrong: "El comentario contiene {ground}, que solo permite {allowed}, no {action}. {advice}",
        declaredWithoutEvidence:
          "No se ha encontrado en el comentario el motivo indicado ({ground}); la acción se acepta bajo la palabra del moderador y queda registrada para auditoría.",
        declaredRejected:
          "No se ha encontrado en el comentario el motivo indicado ({ground}) y esta política no acepta motivos sin pruebas. Respóndalo en su lugar.",
      },
    },
  },
  options,
  create({ options: opts }) {
    const allow: Record<Ground, readonly Removal[]> = { ...DEFAULT_ALLOW, ...opts.allow };
    return {
      moderation(ctx) {
        const action = ctx.input.action;
        if (action === "keep" || action === "reply") return;
        const lang = ctx.lang;
        const result = classificationOf(ctx);
        const say = (g: Ground): string => (lang === "es" ? GROUND_NAMES_ES[g] : g);
        const act = (a: Removal): string => (lang === "es" ? ACTION_NAMES_ES[a] : a);
        const evidence = {
          action,
          checked: [...GROUNDS],
          found: result.grounds.map(evidenceOf),
          sentiment: { label: result.sentiment.label, score: result.sentiment.score },
        };

        // A justified removal passes; escalating it is `respect/escalate-removal`'s note, not a refusal.
        if (result.grounds.some((f) => allow[f.ground].includes(action))) return;

        const blocked = result.grounds[0];
        if (blocked !== undefined) {
          const allowed = allow[blocked.ground];
          const advice =
            blocked.ground === "personal-data"
              ? lang === "es"
                ? "Ocúltelo y pida al autor que lo vuelva a publicar sin esos datos."
                : "Hide it and ask the author to post it again without that data."
              : lang === "es"
                ? "Use una acción permitida."
                : "Use an allowed action.";
          ctx.report({
            messageId: "tooStrong",
            data: {
              ground: say(blocked.ground),
              allowed: allowed.length === 0 ? "—" : allowed.map(act).join(", "),
              action: act(action),
              advice,
            },
            span: blocked.span,
            excerpt: blocked.excerpt,
            evidence,
          });
          return;
        }

        const declared = ctx.input.reason?.ground;
        if (declared !== undefined && allow[declared].includes(action)) {
          if (opts.declaredWithoutEvidence === "accept") return;
          ctx.report({
            messageId:
              opts.declaredWithoutEvidence === "warn" ? "declaredWithoutEvidence" : "declaredRejected",
            data: { ground: say(declared) },
            ...(opts.declaredWithoutEvidence === "warn" ? { severity: "warning" as const } : {}),
            evidence: { ...evidence, declared },
          });
          return;
        }

        const sentiment =
          lang === "es"
            ? { negative: "negativa", neutral: "neutra", positive: "positiva" }[result.sentiment.label]
            : result.sentiment.label;
        ctx.report({
          messageId: "dissent",
          data: { action: act(action), grounds: groundList(lang), sentiment },
          evidence: declared === undefined ? evidence : { ...evidence, declared },
        });
      },
    };
  },
});
