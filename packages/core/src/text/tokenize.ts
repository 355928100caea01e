import { classOf, codePointAt, IGNORABLE, LETTER, MARK, NUMBER, SPACE } from "./chars.js";
import { emojiEndAt } from "./graphemes.js";

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
const BARE_TLDS = new Set([
  "com",
  "net",
  "org",
  "es",
  "mx",
  "ar",
  "co",
  "cl",
  "pe",
  "uk",
  "io",
  "ly",
  "me",
  "info",
  "app",
  "dev",
  "shop",
  "store",
  "tv",
  "eu",
  "us",
  "gl",
  "gov",
  "edu",
  "fr",
  "de",
  "it",
  "pt",
  "br",
]);
// Characters that end a URL, plus trailing punctuation that is read as the sentence's, not the URL's.
const URL_STOP = new Uint8Array(128);
for (const c of [0x3c, 0x3e, 0x22, 0x60, 0x7b, 0x7d, 0x7c, 0x5c, 0x5e]) URL_STOP[c] = 1;
const URL_TRAILING = [0x2e, 0x2c, 0x3b, 0x3a, 0x21, 0x3f, 0x27, 0xbb, 0xa1, 0xbf, 0x2019];
const isUrlTrailing = (c: number): boolean => URL_TRAILING.includes(c);

const isAsciiAlnum = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);

function startsWithCaseless(s: string, i: number, prefix: string): boolean {
  if (i + prefix.length > s.length) return false;
  for (let k = 0; k < prefix.length; k++) {
    let c = s.charCodeAt(i + k);
    if (c >= 0x41 && c <= 0x5a) c += 32;
    if (c !== prefix.charCodeAt(k)) return false;
  }
  return true;
}

/** End of a URL that starts at `i` (`http://`, `https://`, `www.` or a bare domain with a known TLD), or -1. */
function urlEndAt(s: string, i: number): number {
  let j: number;
  if (startsWithCaseless(s, i, "https://")) j = i + 8;
  else if (startsWithCaseless(s, i, "http://")) j = i + 7;
  else if (startsWithCaseless(s, i, "www.")) j = i + 4;
  else {
    // Bare domain: label(.label)+ whose last label is a known TLD, not followed by a word character.
    let k = i;
    let labels = 0;
    let lastStart = i;
    for (;;) {
      const labelStart = k;
      while (k < s.length && (isAsciiAlnum(s.charCodeAt(k)) || s.charCodeAt(k) === 0x2d)) k++;
      if (k === labelStart) return -1;
      labels++;
      lastStart = labelStart;
      if (k + 1 < s.length && s.charCodeAt(k) === 0x2e && isAsciiAlnum(s.charCodeAt(k + 1))) k++;
      else break;
    }
    if (labels < 2 || isWordAt(s, k) || !BARE_TLDS.has(s.slice(lastStart, k).toLowerCase())) return -1;
    j = k;
    if (j >= s.length || s.charCodeAt(j) !== 0x2f) return j;
  }
  let depth = 0;
  while (j < s.length) {
    const c = s.charCodeAt(j);
    if (
      c <= 0x20 ||
      (c < 0x80 && URL_STOP[c] === 1) ||
      (c >= 0x80 && (classOf(codePointAt(s, j)) & SPACE) !== 0)
    )
      break;
    if (c === 0x28) depth++;
    else if (c === 0x29) {
      if (depth === 0) break;
      depth--;
    }
    j++;
  }
  while (j > i && isUrlTrailing(s.charCodeAt(j - 1))) j--;
  return j;
}

/** End of an e-mail address starting at `i`, or -1. */
function emailEndAt(s: string, i: number): number {
  let k = i;
  for (;;) {
    if (k >= s.length) return -1;
    const c = s.charCodeAt(k);
    if (c === 0x40) break;
    if (isWordAt(s, k) || c === 0x2e || c === 0x5f || c === 0x25 || c === 0x2b || c === 0x2d) {
      k += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    } else return -1;
  }
  if (k === i) return -1;
  k++;
  let labels = 0;
  let lastLetters = true;
  for (;;) {
    const labelStart = k;
    let letters = true;
    while (k < s.length && (isWordAt(s, k) || s.charCodeAt(k) === 0x2d)) {
      if (!((classOf(s.charCodeAt(k)) & LETTER) !== 0)) letters = false;
      k++;
    }
    if (k === labelStart) return -1;
    labels++;
    lastLetters = letters && k - labelStart >= 2;
    if (k + 1 < s.length && s.charCodeAt(k) === 0x2e && isWordAt(s, k + 1)) k++;
    else break;
  }
  return labels >= 2 && lastLetters ? k : -1;
}

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
          const u = c < 0x80 ? urlEndAt(text, i) : -1;
          if (u > i) {
            out.push({ kind: "url", start: i, end: u, text: text.slice(i, u) });
            i = u;
            continue;
          }
          const e = emailEndAt(text, i);
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
