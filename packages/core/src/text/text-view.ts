import { maskMarkup } from "./markup.js";
import { type NormalizedText, normalizeText } from "./normalize.js";
import { type Token, tokenize } from "./tokenize.js";

/**
 * A text under evaluation with its derived forms, each computed on first use and shared by every rule
 * of one evaluation.
 */
export interface TextView {
  /** The caller's text, unchanged. Every span refers to it. */
  readonly source: string;
  /**
   * The caller's text with its Markdown markup (`**bold**`, `_italics_`, link brackets and addresses, list
   * bullets, headings) blanked out with spaces: same length, so its offsets are the caller's.
   */
  readonly prose: string;
  /**
   * Fully folded form of `prose` for matching (case, diacritics, invisibles, homoglyphs, leetspeak, repeats);
   * its offset maps point into the caller's text.
   */
  readonly folded: NormalizedText;
  /** Tokens of the caller's text (offsets into `source`). */
  readonly tokens: readonly Token[];
}

/**
 * Wraps a text so that its folded form and tokens are computed once, lazily.
 *
 * @example
 * ```ts
 * const view = createTextView("¡H0l4 @maria!");
 * view.folded.text; // "¡hola @maria!"
 * view.tokens.map((t) => t.kind); // ["punct", "word", "mention", "punct"]
 * ```
 */
export function createTextView(source: string): TextView {
  return new LazyTextView(source);
}

// A class rather than an object literal with closures: one small allocation per view, getters shared.
class LazyTextView implements TextView {
  readonly source: string;
  #prose: string | undefined;
  #folded: NormalizedText | undefined;
  #tokens: readonly Token[] | undefined;
  constructor(source: string) {
    this.source = source;
  }
  get prose(): string {
    this.#prose ??= maskMarkup(this.source);
    return this.#prose;
  }
  get folded(): NormalizedText {
    if (this.#folded === undefined) {
      const prose = this.prose;
      const folded = normalizeText(prose);
      this.#folded = prose === this.source ? folded : { ...folded, source: this.source };
    }
    return this.#folded;
  }
  get tokens(): readonly Token[] {
    this.#tokens ??= tokenize(this.source);
    return this.#tokens;
  }
}
