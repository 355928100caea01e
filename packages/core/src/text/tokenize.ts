/** What a token is. */
export type TokenKind = "word" | "number" | "emoji" | "mention" | "hashtag" | "url" | "email" | "punct";

/** A token of a text, with UTF-16 offsets into the string given to `tokenize`. */
export interface Token {
  /** What the token is. */
  readonly kind: TokenKind;
  /** First offset, inclusive. */
  readonly start: number;
  /** Last offset, exclusive. */
  readonly end: number;
  /** The token's text. */
  readonly text: string;
}

// PLACEHOLDER (to be replaced by the text layer): words and numbers only.
/** Splits a text into tokens. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const re = /[\p{L}\p{M}\p{N}]+/gu;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const kind = /^\p{N}+$/u.test(m[0]) ? "number" : "word";
    out.push({ kind, start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}
