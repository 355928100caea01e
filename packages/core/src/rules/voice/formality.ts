import * as z from "zod/mini";
import type { RuleContextBase } from "../../engine/rule.js";
import { defineRule } from "../../engine/rule.js";
import { ENGLISH_INFORMAL, type RegisterEntry } from "../../lang/en/register.js";
import { type AddressCue, addressCuesExcept } from "../../lang/es/morphology/address.js";
import type { Address } from "../../lang/es/morphology/pronouns.js";
import { matchCase } from "../../lang/es/morphology/stress.js";
import { verbTable } from "../../lang/es/morphology/verbs.js";
import { messageLocaleOf } from "../../model/locale.js";
import type { Suggestion } from "../../model/violation.js";
import type { Brand } from "../../policy/schema.js";
import { findQuotedSpans, insideAny } from "../../text/quotes.js";
import { compileTermMatcher, type TermMatcher } from "../../text/term-matcher.js";
import type { Token } from "../../text/tokenize.js";

const options = z.strictObject({
  /** Check words inside quotation marks too (default false: they are usually the customer's words). */
  checkQuotes: z._default(z.boolean(), false),
  /**
   * Locales whose informal plural is `vosotros` when the brand's voice leaves `pluralAddress` out
   * (default Spain and bare `es`); every other Spanish locale uses `ustedes` for both registers.
   */
  vosotrosLocales: z._default(z.array(z.string().check(z.minLength(2))), ["es-ES", "es"]),
  /** More informal English words or phrases for a formal voice (matched whole-word). */
  extraInformal: z._default(z.array(z.string().check(z.minLength(1), z.maxLength(100))), []),
  /** English words of the built-in informal list that this brand accepts (e.g. `let's`). */
  allowInformal: z._default(z.array(z.string().check(z.minLength(1), z.maxLength(100))), []),
});

type Options = z.output<typeof options>;

const NAMES: Readonly<Record<"en" | "es", Readonly<Record<Address, string>>>> = {
  en: {
    tu: "tú (informal)",
    usted: "usted (formal)",
    vosotros: "vosotros (informal plural)",
    ustedes: "ustedes",
  },
  es: { tu: "tú", usted: "usted", vosotros: "vosotros", ustedes: "ustedes" },
};

/** The forms of address a brand uses: singular from `voice.address`, plural from `pluralAddress` or the locale. */
export function expectedAddresses(brand: Brand, vosotrosLocales: readonly string[]): Set<Address> {
  const singular: Address = brand.voice.address;
  const plural: Address =
    brand.voice.pluralAddress ??
    (singular === "usted" ? "ustedes" : vosotrosLocales.includes(brand.locale) ? "vosotros" : "ustedes");
  return new Set([singular, plural]);
}

const APOSTROPHE = /[’ʼ`´]/g;

/**
 * `voice/formality`: the reply addresses the reader as the brand's voice says. Spanish: `tú` / `usted`
 * (pronouns, possessives, clitics, verb forms, imperatives with enclitics) and `vosotros` / `ustedes`; English:
 * no contractions or slang when the voice is formal. Quoted words and mentioned pronouns do not count; `su`
 * and `le` alone never decide (they also refer to products and third persons).
 */
export const formalityRule = defineRule({
  id: "voice/formality",
  meta: {
    norm: 4,
    docs: {
      description:
        "Replies address the reader with the brand's register (tú/usted, vosotros/ustedes, formal English).",
    },
    defaultSeverity: "error",
    messages: {
      en: {
        address: "“{word}” addresses the reader as {found}; this brand uses {expected}.",
        contraction: "“{word}” is a contraction; this brand's voice is formal.",
        slang: "“{word}” is informal; this brand's voice is formal.",
      },
      es: {
        address: "«{word}» trata al lector de {found}; esta marca usa {expected}.",
        contraction: "«{word}» es una contracción; la voz de esta marca es formal.",
        slang: "«{word}» es coloquial; la voz de esta marca es formal.",
      },
    },
  },
  options,
  create({ options: opts, brand }) {
    const expected = expectedAddresses(brand, opts.vosotrosLocales);
    // Decode and index the verb table (once per process) at compile time, not in the first evaluation.
    if (messageLocaleOf(brand.locale) === "es") verbTable();
    const english = brand.voice.register === "formal" ? compileEnglish(opts) : undefined;
    return {
      reply: (ctx) => check(ctx, opts, expected, english),
      post: (ctx) => check(ctx, opts, expected, english),
    };
  },
});

interface EnglishLexicon {
  readonly matcher: TermMatcher;
  readonly entries: readonly RegisterEntry[];
}

function compileEnglish(opts: Options): EnglishLexicon {
  const allowed = new Set(opts.allowInformal.map((w) => w.toLowerCase().replace(APOSTROPHE, "'")));
  const entries: RegisterEntry[] = [
    ...ENGLISH_INFORMAL.filter((e) => !allowed.has(e.term)),
    ...opts.extraInformal.map(
      (term): RegisterEntry => ({ term: term.replace(APOSTROPHE, "'"), kind: "slang" }),
    ),
  ];
  // Default folding, so the matcher reads the evaluation's shared folded text (it treats ’ as ').
  const matcher = compileTermMatcher(entries.map((e) => e.term));
  return { matcher, entries };
}

function check(
  ctx: RuleContextBase,
  opts: Options,
  expected: ReadonlySet<Address>,
  english: EnglishLexicon | undefined,
): void {
  // English is only checked against a formal voice.
  if (ctx.lang !== "es" && english === undefined) return;
  const source = ctx.text.source;
  const quotes = opts.checkQuotes ? [] : ctx.shared("voice:quotes", () => findQuotedSpans(source));
  if (ctx.lang === "es") checkSpanish(ctx, expected, ctx.text.tokens, quotes);
  else if (english !== undefined) checkEnglish(ctx, english, quotes);
}

function checkSpanish(
  ctx: RuleContextBase,
  expected: ReadonlySet<Address>,
  tokens: readonly Token[],
  quotes: ReturnType<typeof findQuotedSpans>,
): void {
  const names = NAMES[ctx.lang];
  // Cues of the brand's own forms of address are not even built.
  for (const cue of addressCuesExcept(ctx.text.source, tokens, expected)) {
    if (insideAny(quotes, cue.start, cue.end)) continue;
    const found = cue.addresses[0] as Address;
    const wanted = counterpartIn(found, expected);
    ctx.report({
      messageId: "address",
      data: { word: cue.word, found: names[found], expected: names[wanted] },
      span: { start: cue.start, end: cue.end },
      suggestions: suggestionFor(ctx.lang, cue),
      evidence: {
        found,
        expected: wanted,
        kind: cue.kind,
        ...(cue.verb === undefined ? {} : { verb: cue.verb }),
      },
    });
  }
}

/** The expected address of the same number as `found` (tú ↔ usted, vosotros ↔ ustedes). */
function counterpartIn(found: Address, expected: ReadonlySet<Address>): Address {
  const singular = found === "tu" || found === "usted";
  for (const a of expected) if ((a === "tu" || a === "usted") === singular) return a;
  return found === "tu" ? "usted" : found === "usted" ? "tu" : found === "vosotros" ? "ustedes" : "vosotros";
}

function suggestionFor(lang: "en" | "es", cue: AddressCue): Suggestion[] {
  if (cue.replacement === undefined || cue.replacement === cue.word) return [];
  const description =
    lang === "es"
      ? `Cambiar «${cue.word}» por «${cue.replacement}»`
      : `Replace “${cue.word}” with “${cue.replacement}”`;
  return [{ description, edits: [{ start: cue.start, end: cue.end, text: cue.replacement }], safe: true }];
}

function checkEnglish(
  ctx: RuleContextBase,
  lexicon: EnglishLexicon,
  quotes: ReturnType<typeof findQuotedSpans>,
): void {
  const source = ctx.text.source;
  let lastEnd = -1;
  for (const hit of lexicon.matcher.find(ctx.text.folded)) {
    if (hit.start < lastEnd) continue;
    if (insideAny(quotes, hit.start, hit.end)) continue;
    const entry = lexicon.entries[hit.term] as RegisterEntry;
    lastEnd = hit.end;
    const word = source.slice(hit.start, hit.end);
    const suggestions: Suggestion[] = [];
    if (entry.fix !== undefined) {
      const text =
        entry.fix === "I am" || entry.fix.startsWith("I ") ? entry.fix : matchCase(word, entry.fix);
      suggestions.push({
        description:
          ctx.lang === "es" ? `Cambiar «${word}» por «${text}»` : `Replace “${word}” with “${text}”`,
        edits: [{ start: hit.start, end: hit.end, text }],
        safe: true,
      });
    }
    ctx.report({
      messageId: entry.kind,
      data: { word },
      span: { start: hit.start, end: hit.end },
      suggestions,
      evidence: { term: entry.term, kind: entry.kind },
    });
  }
}
