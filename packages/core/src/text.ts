/**
 * The text layer and the language data under the rules: normalisation with an offset map, tokens, graphemes and
 * emoji, the whole-word term matcher, lexicon expansion and Spanish morphology.
 *
 * @packageDocumentation
 */

export { englishInsults } from "./lang/en/lexicons/insults.js";
export { spanishInsults } from "./lang/es/lexicons/insults.js";
export { type AddressCue, findAddressCues } from "./lang/es/morphology/address.js";
export { type InflectedForm, inflectTerm } from "./lang/es/morphology/inflect.js";
export type { Address } from "./lang/es/morphology/pronouns.js";
export { attachEnclitics } from "./lang/es/morphology/stress.js";
export {
  type ExpandedLexicon,
  entryForms,
  expandLexicon,
  type LexiconEntry,
  type LexiconTag,
  type PhraseEntry,
} from "./lang/lexicon-entry.js";
export { formatPath } from "./model/errors.js";
export { formatMessage, type MessageLocale, messageLocaleOf } from "./model/locale.js";
export { type CountGraphemesOptions, countGraphemes, findEmoji } from "./text/graphemes.js";
export { type NormalizedText, type NormalizeOptions, normalizeText, toSourceSpan } from "./text/normalize.js";
export {
  type FillResult,
  fillStatement,
  isApprovedStatement,
  parseTemplate,
  type TemplateParts,
} from "./text/statement-template.js";
export {
  compileTermMatcher,
  type TermHit,
  type TermMatcher,
  type TermMatcherOptions,
} from "./text/term-matcher.js";
export { createTextView, type TextView } from "./text/text-view.js";
export { type Token, type TokenKind, tokenize } from "./text/tokenize.js";
