// The message that asks a model to repair its reply, in the brand's language: each violation with the words
// that break it, where they are, what is wrong, and the suggested fix when the rule has one.
import type { MessageLocale, Violation } from "@normas/core";
import { formatMessage } from "@normas/core/text";

/** The templates of a repair request, per language. `{slots}` are filled by `repairFeedback`. */
export const FEEDBACK_TEMPLATES: Readonly<
  Record<
    MessageLocale,
    {
      readonly intro: string;
      readonly item: string;
      readonly itemWhole: string;
      readonly fix: string;
      readonly fixWith: string;
      readonly outro: string;
    }
  >
> = {
  en: {
    intro:
      "Your reply breaks the community guidelines of {brand}. Write the whole reply again, fixing each problem below and keeping everything else (facts, tone, sign-off):",
    item: "{n}. “{excerpt}” (characters {start}–{end}, rule {ruleId}): {message}",
    itemWhole: "{n}. The reply as a whole (rule {ruleId}): {message}",
    fix: "   Suggested fix: {description}.",
    fixWith: "   Suggested fix: {description}: “{replacement}”",
    outro: "Answer with the corrected reply only, without comments.",
  },
  es: {
    intro:
      "Tu respuesta incumple las normas de comunidad de {brand}. Escríbela de nuevo entera, corrigiendo cada problema de la lista y manteniendo todo lo demás (datos, tono, firma):",
    item: "{n}. «{excerpt}» (caracteres {start}–{end}, regla {ruleId}): {message}",
    itemWhole: "{n}. La respuesta en conjunto (regla {ruleId}): {message}",
    fix: "   Corrección sugerida: {description}.",
    fixWith: "   Corrección sugerida: {description}: «{replacement}»",
    outro: "Responde solo con la respuesta corregida, sin comentarios.",
  },
};

const clip = (s: string, max = 160): string => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
const trimStop = (s: string): string => (s.endsWith(".") ? s.slice(0, -1) : s);

/**
 * The repair request for `text` and its blocking violations, in `locale` (the brand's language).
 *
 * @example
 * ```ts
 * repairFeedback("Cálmate…", violations, "es", "Acme España");
 * // "Tu respuesta incumple las normas de comunidad de Acme España. …\n1. «Cálmate» (caracteres 0–7, regla voice/formality): …"
 * ```
 */
export function repairFeedback(
  text: string,
  violations: readonly Violation[],
  locale: MessageLocale,
  brand: string,
): string {
  const t = FEEDBACK_TEMPLATES[locale];
  const lines = [formatMessage(t.intro, { brand })];
  violations.forEach((v, index) => {
    const n = index + 1;
    if (v.span === undefined || v.span.end <= v.span.start) {
      lines.push(formatMessage(t.itemWhole, { n, ruleId: v.ruleId, message: v.message }));
    } else {
      const excerpt = clip(v.excerpt ?? text.slice(v.span.start, v.span.end));
      lines.push(
        formatMessage(t.item, {
          n,
          excerpt,
          start: v.span.start,
          end: v.span.end,
          ruleId: v.ruleId,
          message: v.message,
        }),
      );
    }
    const suggestion = v.suggestions?.[0];
    if (suggestion !== undefined) {
      const only = suggestion.edits.length === 1 ? suggestion.edits[0] : undefined;
      const replacement = only?.text.trim();
      lines.push(
        replacement === undefined || replacement === ""
          ? formatMessage(t.fix, { description: trimStop(suggestion.description) })
          : formatMessage(t.fixWith, {
              description: trimStop(suggestion.description),
              replacement: clip(replacement),
            }),
      );
    }
  });
  lines.push(t.outro);
  return lines.join("\n");
}
