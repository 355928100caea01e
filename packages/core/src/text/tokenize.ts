import { classOf, codePointAt, IGNORABLE, LETTER, MARK, NUMBER, SPACE } from "./chars.js";
import { emojiEndAt } from "./graphemes.js";
import { emailEndAt, newLinkScanMemo, urlEndAt } from "./links.js";

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

const WORDISH = LETTER | MARK | NUMBER;
const width = (cp: number): number => (cp > 0xffff ? 2 : 1);
const isWordAt = (s: string, i: number): boolean =>
  i >= 0 && i < s.length && (classOf(codePointAt(s, i)) & WORDISH) !== 0;
/** Class of the character that ends just before `i` (handles a surrogate pair). */
function classBefore(s: string, i: number): number {
  if (i <= 0) return 0;
  const c = s.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) return classOf(codePointAt(s, i - 2));
  return classOf(c);
}

// ASCII classes: 1 letter, 2 digit, 4 white space, 8 may continue a URL or e-mail after a word.
const A_LETTER = 1;
const A_DIGIT = 2;
const A_SPACE = 4;
const A_LINK = 8;
const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) ASCII[c] = A_LETTER;
  else if (c >= 0x30 && c <= 0x39) ASCII[c] = A_DIGIT;
  else if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) ASCII[c] = A_SPACE;
}
// `.` `@` `:` `/` `-` `_` `+` `%`: a word followed by one of these may be the start of a URL or an e-mail.
for (const c of [0x2e, 0x40, 0x3a, 0x2f, 0x2d, 0x5f, 0x2b, 0x25]) ASCII[c]! |= A_LINK;
const isApostrophe = (c: number): boolean => c === 0x27 || c === 0x2019;
let wordLetter = false;

/** End of a word or number starting at `i`; sets `wordLetter` when it holds a letter. */
function wordEndAt(s: string, i: number): number {
  let j = i;
  let letter = false;
  const n = s.length;
  while (j < n) {
    const c = s.charCodeAt(j);
    if (c < 0x80) {
      const a = ASCII[c]!;
      if ((a & (A_LETTER | A_DIGIT)) !== 0) {
        if (a === A_LETTER) letter = true;
        j++;
        continue;
      }
    } else {
      const cp = c >= 0xd800 && c <= 0xdbff ? codePointAt(s, j) : c;
      const f = classOf(cp);
      if ((f & WORDISH) !== 0) {
        if ((f & LETTER) !== 0) letter = true;
        j += cp > 0xffff ? 2 : 1;
        continue;
      }
      if ((f & IGNORABLE) !== 0) {
        // Invisible characters inside a word (`sh\u200Bit`) keep it whole.
        let k = j + width(cp);
        while (k < n && (classOf(codePointAt(s, k)) & IGNORABLE) !== 0) k += width(codePointAt(s, k));
        if (isWordAt(s, k)) {
          j = k;
          continue;
        }
        break;
      }
    }
    // Joiners kept inside a word when a word character follows: apostrophes and `*` between letters
    // (`don't`, `f*ck`), `.`/`,` between digits (`1.000,50`).
    if (j + 1 >= n) break;
    if (isApostrophe(c) || c === 0x2a) {
      if ((classBefore(s, j) & LETTER) !== 0 && (classOf(codePointAt(s, j + 1)) & LETTER) !== 0) {
        j++;
        continue;
      }
    } else if (c === 0x2e || c === 0x2c) {
      if ((classBefore(s, j) & NUMBER) !== 0 && (classOf(codePointAt(s, j + 1)) & NUMBER) !== 0) {
        j++;
        continue;
      }
    }
    break;
  }
  wordLetter = letter;
  return j;
}

/** End of a mention or hashtag body starting at `i` (letters, marks, digits, `_`, inner `.`). */
function handleEndAt(s: string, i: number, dots: boolean): { end: number; letter: boolean } {
  let j = i;
  let letter = false;
  while (j < s.length) {
    const cp = codePointAt(s, j);
    const f = classOf(cp);
    if ((f & WORDISH) !== 0 || cp === 0x5f) {
      if ((f & LETTER) !== 0) letter = true;
      j += width(cp);
    } else if (dots && cp === 0x2e && isWordAt(s, j + 1)) j++;
    else break;
  }
  return { end: j, letter };
}

/**
 * Splits a text into tokens, in one linear pass without `Intl.Segmenter`: words and numbers in every
 * script (letters, marks, digits; `don't`, `f*ck`, `1.000,50` and words split by zero-width characters stay
 * whole), emoji sequences (ZWJ, skin tones, flags, keycaps) as one token each, `@mentions`, `#hashtags`,
 * URLs (`https://`, `www.`, bare domains with a common TLD), e-mail addresses, and every other visible
 * character as a one-character `punct` token. White space and invisible characters are skipped.
 *
 * @example
 * ```ts
 * tokenize("Hola @maria 👋🏽 mira acme.es").map((t) => t.kind);
 * // ["word", "mention", "emoji", "word", "url"]
 * ```
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  const memo = newLinkScanMemo();
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    let cp = c;
    let f: number;
    if (c < 0x80) {
      const a = ASCII[c]!;
      if (a === A_SPACE) {
        i++;
        continue;
      }
      if ((a & (A_LETTER | A_DIGIT)) === 0 && c !== 0x23 && c !== 0x2a && c !== 0x40) {
        out.push({ kind: "punct", start: i, end: i + 1, text: text[i]! });
        i++;
        continue;
      }
      f = classOf(c);
    } else {
      cp = c >= 0xd800 && c <= 0xdbff ? codePointAt(text, i) : c;
      f = classOf(cp);
    }
    if ((f & WORDISH) !== 0) {
      // A digit can start a keycap emoji (1️⃣).
      if (
        c >= 0x30 &&
        c <= 0x39 &&
        i + 1 < n &&
        (text.charCodeAt(i + 1) === 0xfe0f || text.charCodeAt(i + 1) === 0x20e3)
      ) {
        const e = emojiEndAt(text, i);
        if (e > i) {
          out.push({ kind: "emoji", start: i, end: e, text: text.slice(i, e) });
          i = e;
          continue;
        }
      }
      const end = wordEndAt(text, i);
      const letter = wordLetter;
      // URLs and e-mails are only tried when the word stops at a character that can continue one.
      if (end < n) {
        const stop = text.charCodeAt(end);
        if (stop < 0x80 && (ASCII[stop]! & A_LINK) !== 0 && (classBefore(text, i) & WORDISH) === 0) {
          const u = c < 0x80 ? urlEndAt(text, i, memo) : -1;
          if (u > i) {
            out.push({ kind: "url", start: i, end: u, text: text.slice(i, u) });
            i = u;
            continue;
          }
          const e = emailEndAt(text, i, memo);
          if (e > i) {
            out.push({ kind: "email", start: i, end: e, text: text.slice(i, e) });
            i = e;
            continue;
          }
        }
      }
      out.push({ kind: letter ? "word" : "number", start: i, end, text: text.slice(i, end) });
      i = end;
      continue;
    }
    if ((f & SPACE) !== 0 || ((f & IGNORABLE) !== 0 && emojiEndAt(text, i) < 0)) {
      i += width(cp);
      continue;
    }
    if ((c === 0x40 || c === 0x23) && (classBefore(text, i) & WORDISH) === 0) {
      const h = handleEndAt(text, i + 1, c === 0x40);
      if (h.end > i + 1 && (c === 0x40 || h.letter)) {
        out.push({
          kind: c === 0x40 ? "mention" : "hashtag",
          start: i,
          end: h.end,
          text: text.slice(i, h.end),
        });
        i = h.end;
        continue;
      }
    }
    const e = emojiEndAt(text, i);
    if (e > i) {
      out.push({ kind: "emoji", start: i, end: e, text: text.slice(i, e) });
      i = e;
      continue;
    }
    const wcp = width(cp);
    out.push({ kind: "punct", start: i, end: i + wcp, text: text.slice(i, i + wcp) });
    i += wcp;
  }
  return out;
}
