// Character classes used on the hot path. Unicode property regexes cost ~100 ns a call, so each code
// point is classified once, on first sight, and the answer is kept: a typed table for the BMP, a Map for
// the astral planes. ASCII is filled at load time (128 entries).

/** Letter (`\p{L}`). */
export const LETTER = 1;
/** Combining mark (`\p{M}`). */
export const MARK = 2;
/** Number (`\p{N}`). */
export const NUMBER = 4;
/** Decimal digit (`\p{Nd}`). */
export const DIGIT = 8;
/** White space (`\p{White_Space}`). */
export const SPACE = 16;
/** Default-ignorable: zero-width characters, bidi controls, variation selectors, tags, fillers. */
export const IGNORABLE = 32;
/** Extended pictographic (emoji base). */
export const PICTO = 64;
/** Letters, marks and numbers: what a word is made of. */
export const WORD = LETTER | MARK | NUMBER;

const KNOWN = 0x8000;
const bmp = new Uint16Array(0x10000);
const astral = new Map<number, number>();

const reLetter = /\p{L}/u;
const reMark = /\p{M}/u;
const reNumber = /\p{N}/u;
const reDigit = /\p{Nd}/u;
const reSpace = /\p{White_Space}/u;
const rePicto = /\p{Extended_Pictographic}/u;

// Default_Ignorable_Code_Point (the subset that can appear in social text) plus the Hangul fillers
// and the invisible math operators, which are used to split words without showing anything.
const IGNORABLE_RANGES: readonly (readonly [number, number])[] = [
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x061c, 0x061c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180f],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
  [0xfff0, 0xfff8],
  [0x1bca0, 0x1bca3],
  [0x1d173, 0x1d17a],
  [0xe0000, 0xe0fff],
];

function isIgnorable(cp: number): boolean {
  for (const [lo, hi] of IGNORABLE_RANGES) if (cp >= lo && cp <= hi) return true;
  return false;
}

function compute(cp: number): number {
  if (cp >= 0xd800 && cp <= 0xdfff) return KNOWN; // lone surrogate: "other"
  const s = String.fromCodePoint(cp);
  let f = KNOWN;
  if (isIgnorable(cp)) f |= IGNORABLE;
  if (reLetter.test(s)) f |= LETTER;
  if (reMark.test(s)) f |= MARK;
  if (reNumber.test(s)) f |= NUMBER;
  if (reDigit.test(s)) f |= DIGIT;
  if (reSpace.test(s)) f |= SPACE;
  if (rePicto.test(s)) f |= PICTO;
  return f;
}

for (let c = 0; c < 0x80; c++) bmp[c] = compute(c);

/** Class flags of a code point (combine with the exported bit constants). */
export function classOf(cp: number): number {
  if (cp < 0x10000) {
    const f = bmp[cp]!;
    if (f !== 0) return f;
    const g = compute(cp);
    bmp[cp] = g;
    return g;
  }
  const f = astral.get(cp);
  if (f !== undefined) return f;
  const g = compute(cp);
  if (astral.size < 65536) astral.set(cp, g);
  return g;
}

/** The code point at `i` (a lone surrogate is returned as itself). */
export function codePointAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  }
  return c;
}
