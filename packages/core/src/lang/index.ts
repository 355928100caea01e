// The language registry: one entry per language folder. A new language is one folder under `lang/` (its clause
// reader, lexical classes and messages) and one line here; the `Lang` type, the locale check of policies and the
// analysis every judgement rule reads come from this table.
import type { MessageLocale } from "../model/locale.js";
import type { TextView } from "../text/text-view.js";
import { tokenize } from "../text/tokenize.js";
import type { Analysis } from "./analysis.js";
import { CLAUSE_READERS } from "./clause-readers.js";
import { analyse } from "./segment.js";

/** The clause readers of the languages normas knows, by language code. */
export const LANGUAGES: typeof CLAUSE_READERS = CLAUSE_READERS;

/** A language normas knows: `es` or `en`. */
export type Lang = keyof typeof LANGUAGES;

/** The language codes normas knows, in registry order. */
export const LANGUAGE_CODES = Object.keys(LANGUAGES) as Lang[];

/**
 * A BCP 47 locale tag of a language normas knows: `es`, `es-ES`, `es-419`, `en-GB`… Derived from the registry,
 * so `"es_ES"` and `"fr-FR"` do not compile.
 *
 * @category Policy
 */
export type LocaleTag = Lang | `${Lang}-${string}`;

// The message catalogues (`RuleMessages`, model/locale.ts) are keyed by the same codes: a language added here
// without its messages is a compile error on this line.
const sameLanguages: [Lang, MessageLocale] extends [MessageLocale, Lang] ? true : never = true;
void sameLanguages;

/** The language of a BCP 47 tag (`es-MX` → `es`), or undefined when normas does not know it. */
export function languageOf(tag: string | undefined): Lang | undefined {
  if (tag === undefined) return undefined;
  const code = tag.split(/[-_]/, 1)[0]?.toLowerCase() ?? "";
  return Object.hasOwn(LANGUAGES, code) ? (code as Lang) : undefined;
}

const cache = new WeakMap<TextView, Map<Lang, Analysis>>();
let lastView: TextView | undefined;
let lastLang: Lang | undefined;
let lastAnalysis: Analysis | undefined;

/**
 * The clause analysis of a text in a language, computed on first use and kept as long as the text view lives
 * (one evaluation): every rule that asks for it shares one analysis.
 */
export function analysisOf(view: TextView, lang: Lang): Analysis {
  // Every rule of an evaluation asks for the same view's analysis: the last answer is kept at hand.
  if (view === lastView && lang === lastLang) return lastAnalysis as Analysis;
  let byLang = cache.get(view);
  if (byLang === undefined) {
    byLang = new Map();
    cache.set(view, byLang);
  }
  let found = byLang.get(lang);
  if (found === undefined) {
    // With no markup to blank out, the prose is the source, whose tokens the view may already hold.
    const prose = view.prose;
    found = analyse(prose, LANGUAGES[lang], prose === view.source ? view.tokens : tokenize(prose));
    byLang.set(lang, found);
  }
  lastView = view;
  lastLang = lang;
  lastAnalysis = found;
  return found;
}
