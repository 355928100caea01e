import { type NormalizedText, normalizeText } from "./normalize.js";
import { type Token, tokenize } from "./tokenize.js";

/**
 * A text under evaluation with its derived forms, each computed on first use and shared by every rule
 * of one evaluation.
 */
export interface TextView {
  /** The caller's text, unchanged. Every span refers to it. */
  readonly source: string;
  /** Fully folded form for matching (case, diacritics, invisibles, homoglyphs, leetspeak, repeats). */
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
  #folded: NormalizedText | undefined;
  #tokens: readonly Token[] | undefined;
  constructor(source: string) {
    this.source = source;
  }
  get folded(): NormalizedText {
    this.#folded ??= normalizeText(this.source);
    return this.#folded;
  }
  get tokens(): readonly Token[] {
    this.#tokens ??= tokenize(this.source);
    return this.#tokens;
  }
}
