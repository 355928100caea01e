import * as z from "zod/mini";
import { defineRule, type RuleContextBase } from "../../engine/rule.js";
import { inflectLike } from "../../lang/es/morphology/inflect.js";
import { foldSpanish } from "../../lang/es/morphology/verbs.js";
import type { TermEntry } from "../../policy/terms.js";
import { findQuotedSpans, insideAny } from "../../text/quotes.js";
import {
  compileTermList,
  inHyphenCompound,
  looksLikeName,
  type TermVariant,
  termOf,
} from "../_shared/term-list.js";

const options = z.strictObject({
  /** Check words inside quotation marks too (default false: a customer's wording is quoted as written). */
  checkQuotes: z._default(z.boolean(), false),
});

/**
 * `voice/preferred-term`: the reply uses a wording the brand replaces (`terms.preferred`: `use` instead of
 * `insteadOf`), with a fix that puts the preferred wording in, in the same number and gender when the entry
 * inflects, keeping the capital of the first letter.
 */
export const preferredTermRule = defineRule({
  id: "voice/preferred-term",
  meta: {
    norm: 4,
    docs: { description: "Replies use the brand's preferred wording." },
    defaultSeverity: "warning",
    messages: {
      en: { preferred: "This brand says “{use}” rather than “{word}”." },
      es: { preferred: "Esta marca dice «{use}» en lugar de «{word}»." },
    },
  },
  options,
  create({ options: opts, brand }) {
    const entries: TermEntry[] = [];
    const uses: string[] = [];
    for (const p of brand.terms.preferred) {
      for (const e of p.insteadOf) {
        entries.push(e);
        uses.push(p.use);
      }
    }
    const list = compileTermList(entries);
    // The replacement of every variant, in its number and gender, computed once per brand.
    const replacements = list.variants.map((v) => {
      const use = uses[v.entry] as string;
      return termOf(entries[v.entry] as TermEntry).inflect ? inflectLike(use, v.variant) : use;
    });
    const check = (ctx: RuleContextBase): void => {
      if (list.variants.length === 0) return;
      const source = ctx.text.source;
      const quotes = opts.checkQuotes ? [] : ctx.shared("voice:quotes", () => findQuotedSpans(source));
      let lastEnd = -1;
      for (const hit of list.matcher.find(ctx.text.folded)) {
        if (hit.start < lastEnd || insideAny(quotes, hit.start, hit.end)) continue;
        if (looksLikeName(source, hit.start, hit.end) || inHyphenCompound(source, hit.start, hit.end))
          continue;
        const v = list.variants[hit.term] as TermVariant;
        const word = source.slice(hit.start, hit.end);
        const use = uses[v.entry] as string;
        const replacement = firstLetterLike(
          word,
          replacements[hit.term] as string,
          sentenceStart(source, hit.start),
        );
        // The preferred wording may itself appear in the list (e.g. `insteadOf: ["Cliente"]` for `cliente`).
        if (foldSpanish(replacement) === foldSpanish(word)) continue;
        lastEnd = hit.end;
        ctx.report({
          messageId: "preferred",
          data: { word, use: replacement },
          span: { start: hit.start, end: hit.end },
          suggestions: [
            {
              description:
                ctx.lang === "es"
                  ? `Cambiar «${word}» por «${replacement}»`
                  : `Replace “${word}” with “${replacement}”`,
              edits: [{ start: hit.start, end: hit.end, text: replacement }],
              safe: true,
            },
          ],
          evidence: { term: v.term, variant: v.variant.form, use },
        });
      }
    };
    return { reply: check, post: check };
  },
});

/**
 * Gives `replacement` the case of `original`'s first letter (Problema → Incidencia). An acronym in capitals
 * (DM) says nothing about the sentence, so its replacement is capitalised only at the start of one.
 */
function firstLetterLike(original: string, replacement: string, atSentenceStart: boolean): string {
  const first = original[0] ?? "";
  const acronym = original.length > 1 && original === original.toUpperCase();
  const upper = acronym ? atSentenceStart : first !== first.toLowerCase();
  const head = replacement[0] ?? "";
  return (upper ? head.toUpperCase() : head.toLowerCase()) + replacement.slice(1);
}

function sentenceStart(source: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /\s/.test(source[i] as string)) i--;
  return i < 0 || ".!?¡¿\n".includes(source[i] as string);
}
