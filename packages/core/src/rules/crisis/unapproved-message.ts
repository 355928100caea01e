import { z } from "zod";
import { defineRule } from "../../engine/rule.js";
import { compileTemplate, matchesTemplate, squeezeSpaces } from "../../text/statement-template.js";
import { compileTermMatcher, type TermMatcher } from "../../text/term-matcher.js";

/**
 * `crisis/unapproved-message`: while a crisis is active for the brand, a reply that mentions the crisis
 * topic must be one of the approved statements usable in the current state (slots may hold any text),
 * unless the author holds a role the state lets speak freely. Replies on other topics pass.
 *
 * The topics and statements come with each input (`input.crisis`, see `brandCrisisState`) but stay the same
 * for the whole crisis, so each brand keeps the matcher and compiled statements of the last crisis state it
 * saw and rebuilds them only when they change. Statements are compared literal piece by piece on folded
 * text, with no regular expression built from them.
 */
export const unapprovedMessageRule = defineRule({
  id: "crisis/unapproved-message",
  meta: {
    norm: 5,
    docs: { description: "During a crisis, replies about the crisis topic use an approved statement." },
    defaultSeverity: "error",
    messages: {
      en: {
        unapproved:
          "A crisis is open ({state}): a reply about “{topic}” must be an approved statement (or come from {roles}).",
      },
      es: {
        unapproved:
          "Hay una crisis abierta ({state}): una respuesta sobre «{topic}» debe ser un mensaje aprobado (o venir de {roles}).",
      },
    },
  },
  options: z.strictObject({}),
  create: () => {
    let cached:
      | { key: string; topics: TermMatcher; templates: ReturnType<typeof compileTemplate>[] }
      | undefined;
    const compiledFor = (topics: readonly string[], statements: readonly { text: string }[]) => {
      const key = JSON.stringify([topics, statements.map((m) => m.text)]);
      if (cached?.key !== key) {
        cached = {
          key,
          topics: compileTermMatcher(topics),
          templates: statements.map((m) => compileTemplate(m.text)),
        };
      }
      return cached;
    };
    return {
      reply(ctx) {
        const crisis = ctx.input.crisis;
        if (crisis === undefined || !crisis.active || crisis.topics.length === 0) return;
        if (ctx.input.author.roles.some((r) => crisis.rolesAllowed.includes(r))) return;
        const compiled = compiledFor(crisis.topics, crisis.approvedMessages);
        const hit = compiled.topics.find(ctx.text.folded)[0];
        if (hit === undefined) return;
        const folded = squeezeSpaces(ctx.text.folded.text);
        for (const template of compiled.templates) {
          if (matchesTemplate(folded, template)) return;
        }
        const noOne = ctx.lang === "es" ? "nadie" : "no one";
        ctx.report({
          messageId: "unapproved",
          data: {
            state: crisis.state ?? "?",
            topic: ctx.text.source.slice(hit.start, hit.end),
            roles: crisis.rolesAllowed.length > 0 ? crisis.rolesAllowed.join(", ") : noOne,
          },
          span: { start: hit.start, end: hit.end },
          evidence: {
            crisisId: crisis.crisisId ?? null,
            state: crisis.state ?? null,
            topic: crisis.topics[hit.term] ?? null,
            approvedMessages: crisis.approvedMessages.map((m) => m.id),
          },
        });
      },
    };
  },
});
