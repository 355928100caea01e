import { type NormalizedText, type NormalizeOptions, normalizeText, toSourceSpan } from "./normalize.js";

/** How a term matcher folds terms and texts. */
export interface TermMatcherOptions {
  /** Folding applied to terms and texts alike (default: every step on). */
  readonly normalize?: NormalizeOptions;
  /** Only match whole words (default true): `class` does not match inside `classic`. */
  readonly wholeWord?: boolean;
}

/** One occurrence of a term, in UTF-16 offsets of the caller's text. */
export interface TermHit {
  /** Index of the term in the list given to `compileTermMatcher`. */
  readonly term: number;
  /** First offset in the caller's text, inclusive. */
  readonly start: number;
  /** Last offset in the caller's text, exclusive. */
  readonly end: number;
}

/** A compiled multi-pattern matcher. */
export interface TermMatcher {
  /** Number of terms compiled in. */
  readonly size: number;
  /**
   * Every occurrence of every term, ordered by start then longest first. Give a string, or a
   * `NormalizedText` made with the same `normalize` options as the matcher.
   */
  find(text: string | NormalizedText): TermHit[];
}

const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{M}\p{N}]/u.test(ch);

// PLACEHOLDER (to be replaced by the text layer with a linear-time automaton).
/** Compiles a list of terms (words or phrases) into a matcher. */
export function compileTermMatcher(terms: readonly string[], options: TermMatcherOptions = {}): TermMatcher {
  const norm = options.normalize ?? {};
  const wholeWord = options.wholeWord ?? true;
  const folded = terms.map((t) => normalizeText(t, norm).text);
  return {
    size: terms.length,
    find(input) {
      const n = typeof input === "string" ? normalizeText(input, norm) : input;
      const hits: TermHit[] = [];
      folded.forEach((term, index) => {
        if (term.length === 0) return;
        for (let at = n.text.indexOf(term); at !== -1; at = n.text.indexOf(term, at + 1)) {
          const end = at + term.length;
          if (wholeWord && (isWordChar(n.text[at - 1]) || isWordChar(n.text[end]))) continue;
          const span = toSourceSpan(n, at, end);
          hits.push({ term: index, start: span.start, end: span.end });
        }
      });
      return hits.sort((a, b) => a.start - b.start || b.end - a.end);
    },
  };
}
