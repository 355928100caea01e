import * as z from "zod/mini";
import { defineRule, type PostRuleContext, type ReplyRuleContext } from "../../engine/rule.js";
import type { SourceFragment, SourceMatch } from "../../engine/source-lookup.js";
import type { Suggestion } from "../../model/violation.js";
import { sourceLabel, sourceMatches } from "../_shared/source-matches.js";

const options = z.strictObject({
  /** Shortest copied fragment reported, in words (the source index guarantees 8 with its defaults). */
  minWords: z._default(z.int().check(z.gte(4), z.lte(200)), 8),
  /** The policy's own stop-phrases: a fragment made mostly of them is not reported. */
  stopPhrases: z._default(
    z.array(z.string().check(z.minLength(1), z.maxLength(500))).check(z.maxLength(1000)),
    [],
  ),
});

interface Found {
  readonly source: SourceMatch;
  readonly fragment: SourceFragment;
}

function messageIdOf(fragment: SourceFragment): "copied" | "uncredited" | "unquoted" {
  const { quote, credit } = fragment.attribution;
  if (quote) return "uncredited";
  if (credit) return "unquoted";
  return "copied";
}

function suggestion(text: string, found: Found, lang: "es" | "en"): Suggestion {
  const label = sourceLabel(found.source);
  const { draft } = found.fragment;
  const quote = found.fragment.attribution.quote;
  const [open, close, via] = lang === "es" ? ["«", "»", "vía"] : ["“", "”", "via"];
  if (quote) {
    return {
      description: lang === "es" ? `Citar la fuente: ${label}` : `Credit the source: ${label}`,
      edits: [{ start: quote.end, end: quote.end, text: ` (${via} ${label})` }],
    };
  }
  const credit = found.fragment.attribution.credit ? "" : ` (${via} ${label})`;
  return {
    description:
      lang === "es"
        ? `Entrecomillar el fragmento y citar a ${label}`
        : `Quote the fragment and credit ${label}`,
    edits: [
      { start: draft.start, end: draft.start, text: open },
      { start: draft.end, end: draft.end, text: `${close}${credit}` },
    ].filter((e) => text.length >= e.end),
  };
}

/**
 * `originality/unattributed-copy`: a fragment of at least `minWords` words copied from a registered source
 * that is not the brand's own, without being both quoted and credited. Needs `services.sources` (a
 * `SourceIndex`); without it the rule does nothing.
 */
export const unattributedCopyRule = defineRule({
  id: "originality/unattributed-copy",
  meta: {
    norm: 1,
    docs: { description: "A fragment borrowed from someone else's text is quoted and credits its author." },
    defaultSeverity: "error",
    messages: {
      en: {
        copied: "{words} words are copied from {source} without quotation marks or credit.",
        uncredited: "{words} words are quoted from {source} but the author is not credited nearby.",
        unquoted:
          "{words} words are copied from {source}: credit is given but the text is not in quotation marks.",
      },
      es: {
        copied: "Hay {words} palabras copiadas de {source} sin comillas ni mención del autor.",
        uncredited: "Se citan {words} palabras de {source}, pero no se menciona al autor cerca de la cita.",
        unquoted:
          "Hay {words} palabras copiadas de {source}: se menciona la fuente, pero el texto no va entre comillas.",
      },
    },
  },
  options,
  create({ options: opts }) {
    const check = (ctx: ReplyRuleContext | PostRuleContext): void => {
      const found: Found[] = [];
      for (const source of sourceMatches(ctx, opts.minWords, opts.stopPhrases)) {
        if (source.own) continue;
        for (const fragment of source.fragments) {
          if (!fragment.attribution.attributed) found.push({ source, fragment });
        }
      }
      found.sort(
        (x, y) => x.fragment.draft.start - y.fragment.draft.start || y.fragment.words - x.fragment.words,
      );
      // a fragment found in several sources (one copied the other) is reported once, with every source
      let reachedEnd = -1;
      let group: Found[] = [];
      const flush = (): void => {
        const best = group[0];
        if (!best) return;
        const start = best.fragment.draft.start;
        const end = Math.max(...group.map((g) => g.fragment.draft.end));
        const attribution = best.fragment.attribution;
        ctx.report({
          messageId: messageIdOf(best.fragment),
          data: { words: best.fragment.words, source: sourceLabel(best.source) },
          span: { start, end },
          suggestions: [suggestion(ctx.text.source, best, ctx.lang)],
          evidence: {
            sourceId: best.source.sourceId,
            sourceSpan: { start: best.fragment.source.start, end: best.fragment.source.end },
            words: best.fragment.words,
            author: best.source.author,
            url: best.source.url,
            quote: attribution.quote ? { ...attribution.quote } : null,
            credit: attribution.credit ? { ...attribution.credit } : null,
            sources: group.map((g) => g.source.sourceId),
          },
        });
        group = [];
      };
      for (const f of found) {
        if (f.fragment.draft.start >= reachedEnd) flush();
        group.push(f);
        reachedEnd = Math.max(reachedEnd, f.fragment.draft.end);
      }
      flush();
    };
    return { reply: check, post: check };
  },
});
