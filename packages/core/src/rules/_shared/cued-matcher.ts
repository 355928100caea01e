// Compiles a `CuedLexicon` of both languages into one matcher and finds what it states: phrases on their own,
// cues completed by an anchor of the same category in the same sentence. Quoted words, questions, negated
// and hypothetical statements are not statements of the brand.
import type { RuleContextBase } from "../../engine/rule.js";
import { type CuedLexicon, expandLexicon, type LexiconEntry } from "../../lang/lexicon-entry.js";
import {
  conditionalBefore,
  insideRanges,
  negatedBefore,
  sentenceAt,
  sharedQuotes,
  type TermSource,
  withApostrophes,
} from "./reply-context.js";
import { withVerbForms } from "./verb-forms.js";

type Part = "phrase" | "cue" | "anchor";

/** A cued lexicon's terms, before compiling. */
export interface CuedTerms<Category extends string> {
  /** Every form of every part. */
  readonly terms: readonly string[];
  /** Part and category of each term. */
  readonly meta: readonly { readonly part: Part; readonly category: Category }[];
}

/** A compiled cued lexicon. */
export interface CuedMatcher<Category extends string> {
  /** Where its hits come from. */
  readonly source: TermSource;
  /** Part and category of each term. */
  readonly meta: readonly { readonly part: Part; readonly category: Category }[];
}

/** A statement found in a text. */
export interface Statement<Category extends string> {
  /** First offset in the source (of the phrase, or of the cue). */
  readonly start: number;
  /** Offset after the phrase (or after the anchor, when it follows the cue). */
  readonly end: number;
  /** What it states. */
  readonly category: Category;
}

/** Fills `{brand}` in a lexicon's terms with each given name; terms without it are kept as they are. */
export function fillBrand<Entry extends LexiconEntry>(
  entries: readonly Entry[],
  names: readonly string[],
): Entry[] {
  return entries.flatMap((e) =>
    e.term.includes("{brand}") ? names.map((n) => ({ ...e, term: e.term.replaceAll("{brand}", n) })) : [e],
  );
}

/** Expands the Spanish and English lexicons into one term list. */
export function cuedTerms<Category extends string>(
  es: CuedLexicon<Category>,
  en: CuedLexicon<Category>,
): CuedTerms<Category> {
  const terms: string[] = [];
  const meta: { part: Part; category: Category }[] = [];
  for (const [lexicon, lang] of [
    [es, "es"],
    [en, "en"],
  ] as const) {
    for (const [part, entries] of [
      ["phrase", lexicon.phrases],
      ["cue", lexicon.cues],
      ["anchor", lexicon.anchors],
    ] as const) {
      const list = withVerbForms(entries);
      const expanded = expandLexicon(list, lang);
      expanded.forms.forEach((form, i) => {
        const category = list[expanded.entryOf[i] ?? 0]?.category as Category;
        for (const spelling of withApostrophes([form])) {
          terms.push(spelling);
          meta.push({ part, category });
        }
      });
    }
  }
  return { terms, meta };
}

/** Options of {@link findStatements}. */
export interface FindOptions {
  /** Skip statements after `if` / `si` in the same clause. */
  readonly skipConditional?: boolean;
}

/** Statements of the text, one per sentence and category, in text order. */
export function findStatements<Category extends string>(
  ctx: RuleContextBase,
  compiled: CuedMatcher<Category>,
  options: FindOptions = {},
): Statement<Category>[] {
  const source = ctx.text.source;
  const hits = compiled.source.hits(ctx);
  if (hits.length === 0) return [];
  const quotes = sharedQuotes(ctx);
  const denied: { start: number; end: number }[] = [];
  const passes = hits.filter((h) => {
    if (insideRanges(quotes, h.start, h.end)) return false;
    const part = compiled.meta[h.term]?.part;
    if (part === "anchor") return true;
    const ok =
      !negatedBefore(source, h.start, 3) && !(options.skipConditional && conditionalBefore(source, h.start));
    if (!ok) denied.push(h);
    return ok;
  });
  // A phrase inside a negated or hypothetical longer one is negated with it (`no me corresponde hablar en
  // nombre de la empresa`: the negation reaches `hablar en nombre de…`, and so `en nombre de…`).
  const kept =
    denied.length === 0
      ? passes
      : passes.filter((h) => !denied.some((d) => d.start <= h.start && h.end <= d.end));
  const out: Statement<Category>[] = [];
  const done = new Set<string>();
  for (const h of kept) {
    const meta = compiled.meta[h.term];
    if (meta === undefined || meta.part === "anchor") continue;
    const sentence = sentenceAt(source, h.start, h.end);
    if (sentence.question) continue;
    const key = `${sentence.start}:${meta.category}`;
    if (done.has(key)) continue;
    let end = h.end;
    if (meta.part === "cue") {
      const anchor = kept.find((a) => {
        const m = compiled.meta[a.term];
        return (
          m?.part === "anchor" &&
          m.category === meta.category &&
          a.start >= sentence.start &&
          a.end <= sentence.end &&
          (a.end <= h.start || a.start >= h.end)
        );
      });
      if (anchor === undefined) continue;
      end = Math.max(end, anchor.end);
    }
    done.add(key);
    out.push({ start: Math.min(h.start, end), end, category: meta.category });
  }
  return out;
}
