import { classOf, IGNORABLE } from "../text/chars.js";
import { CONFUSABLES } from "../text/confusables.js";

// Word scanning for the source index: one pass over UTF-16 code units with a folding table, so that sources
// (indexed at tens of millions of characters per second) and drafts are split and folded identically, and every
// word keeps its UTF-16 span in the caller's text. The table folds what `normalizeText` folds for matching —
// case, diacritics (NFKD minus marks), compatibility forms (fullwidth, mathematical letters, ligatures, `ß`),
// invisible characters, and homoglyphs through the text layer's `CONFUSABLES` table — but per code unit, with no
// offset map to build, which is what makes the scan fast. Leetspeak and repeated letters are not folded: they
// change a copied word, they do not hide one.

/** Separator: ends a word. */
const SEP = 0;
/** Ignored inside a word (combining marks, zero-width characters, soft hyphen). */
const SKIP = 1;
/** An astral character that is not folded: both code units are hashed. */
const ASTRAL = 2;

const WORD_CHAR = /[\p{L}\p{N}]/u;
const MARK = /\p{M}/u;

let table: Uint16Array | undefined;

// Folded forms longer than one code unit (`ß` → `ss`, `ﬁ` → `fi`) get a marker in a private-use range that no
// folded character can take (private-use characters separate words).
const EXPAND_BASE = 0xe000;
const EXPAND_LIMIT = 0x100;
const expansions: string[] = [];

function foldOne(ch: string): number {
  // Invisible characters are the text layer's ignorable class, so both layers skip the same ones.
  if ((classOf(ch.charCodeAt(0)) & IGNORABLE) !== 0 || MARK.test(ch)) return SKIP;
  if (!WORD_CHAR.test(ch)) return SEP;
  let s = ch
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replaceAll("ß", "ss");
  s = [...s].map((c) => CONFUSABLES[c] ?? c).join("");
  if (s.length === 1) {
    const code = s.charCodeAt(0);
    return code <= ASTRAL ? SEP : code;
  }
  // only Latin expansions (ligatures, ß); Hangul syllables and the like stay whole
  if (s.length > 1 && s.length <= 4 && /^[a-z0-9]+$/.test(s)) {
    let at = expansions.indexOf(s);
    if (at === -1 && expansions.length < EXPAND_LIMIT) at = expansions.push(s) - 1;
    if (at !== -1) return EXPAND_BASE + at;
  }
  return ch.toLowerCase().charCodeAt(0);
}

/** The folding table, built on first use (about 65k entries, once per process). */
function foldTable(): Uint16Array {
  if (table) return table;
  const t = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue; // surrogates are handled by the scanner
    const ch = String.fromCharCode(c);
    // Fast path for ASCII, which is most of the text.
    if (c < 0x80) {
      if ((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a)) t[c] = c;
      else if (c >= 0x41 && c <= 0x5a) t[c] = c + 32;
      continue;
    }
    t[c] = foldOne(ch);
  }
  table = t;
  return t;
}

let mathTable: Uint16Array | undefined;
/** Mathematical alphanumerics (`𝐡𝐨𝐥𝐚`, `𝓱𝓸𝓵𝓪`): the "fancy text" trick, folded to plain letters. */
function foldMath(cp: number): number {
  if (!mathTable) {
    const t = new Uint16Array(0x400);
    for (let i = 0; i < 0x400; i++) t[i] = foldOne(String.fromCodePoint(0x1d400 + i).normalize("NFKC"));
    mathTable = t;
  }
  return mathTable[cp - 0x1d400] ?? SEP;
}

/**
 * The words of a text: parallel typed arrays, valid up to `count`. `hashA`/`hashB` are two independent 32-bit
 * hashes of the folded word (64 bits together); `starts`/`ends` are UTF-16 offsets into the scanned text.
 */
export class WordList {
  /** Number of words. */
  count = 0;
  /** First hash lane of each folded word. */
  hashA: Uint32Array;
  /** Second hash lane of each folded word. */
  hashB: Uint32Array;
  /** Start offset of each word in the scanned text. */
  starts: Uint32Array;
  /** End offset (exclusive) of each word in the scanned text. */
  ends: Uint32Array;

  constructor(capacity = 256) {
    this.hashA = new Uint32Array(capacity);
    this.hashB = new Uint32Array(capacity);
    this.starts = new Uint32Array(capacity);
    this.ends = new Uint32Array(capacity);
  }

  /** Appends a word. */
  push(a: number, b: number, start: number, end: number): void {
    if (this.count === this.hashA.length) this.grow();
    const i = this.count++;
    this.hashA[i] = a;
    this.hashB[i] = b;
    this.starts[i] = start;
    this.ends[i] = end;
  }

  private grow(): void {
    const n = this.hashA.length * 2;
    const copy = (from: Uint32Array): Uint32Array => {
      const to = new Uint32Array(n);
      to.set(from);
      return to;
    };
    this.hashA = copy(this.hashA);
    this.hashB = copy(this.hashB);
    this.starts = copy(this.starts);
    this.ends = copy(this.ends);
  }
}

/** Final avalanche of a 32-bit hash (MurmurHash3 fmix32). */
export function fmix32(h: number): number {
  let x = h;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/**
 * Splits `text` into folded words, appending to `out` (which is reset first). Letters and digits form words;
 * everything else separates them, except combining marks and invisible characters, which are ignored.
 */
export function scanWords(text: string, out: WordList): WordList {
  const t = foldTable();
  out.count = 0;
  let inWord = false;
  let start = 0;
  let end = 0;
  let a = 0;
  let b = 0;
  let len = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const cu = text.charCodeAt(i);
    let f: number;
    let width = 1;
    if (cu >= 0xd800 && cu <= 0xdbff) {
      const lo = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        const cp = ((cu - 0xd800) << 10) + (lo - 0xdc00) + 0x10000;
        width = 2;
        if (cp >= 0x1d400 && cp <= 0x1d7ff) f = foldMath(cp);
        else if (cp >= 0x1f000)
          f = SEP; // emoji and pictographs
        else f = ASTRAL; // other astral characters are kept as they are
      } else f = SEP; // a broken pair
    } else {
      f = t[cu] ?? SEP;
    }
    if (f === SEP) {
      if (inWord) {
        out.push(fmix32(a ^ len), fmix32(b + Math.imul(len, 0x9e3779b1)), start, end);
        inWord = false;
      }
    } else if (f !== SKIP) {
      if (!inWord) {
        inWord = true;
        start = i;
        a = 0x811c9dc5;
        b = 0x2f3c5a1d;
        len = 0;
      }
      if (f === ASTRAL) {
        // another astral letter: both code units, as they are
        a = Math.imul(a ^ cu, 0x01000193);
        b = Math.imul(b + cu, 0x5bd1e995);
        f = text.charCodeAt(i + 1);
      }
      if (f >= EXPAND_BASE && f < EXPAND_BASE + EXPAND_LIMIT) {
        const e = expansions[f - EXPAND_BASE] ?? "";
        for (let k = 0; k < e.length; k++) {
          const c = e.charCodeAt(k);
          a = Math.imul(a ^ c, 0x01000193);
          b = Math.imul(b + c, 0x5bd1e995);
          b ^= b >>> 15;
          len++;
        }
      } else {
        a = Math.imul(a ^ f, 0x01000193);
        b = Math.imul(b + f, 0x5bd1e995);
        b ^= b >>> 15;
        len++;
      }
      end = i + width;
    }
    i += width - 1;
  }
  if (inWord) out.push(fmix32(a ^ len), fmix32(b + Math.imul(len, 0x9e3779b1)), start, end);
  return out;
}

function charsOf(f: number): string {
  return f >= EXPAND_BASE && f < EXPAND_BASE + EXPAND_LIMIT
    ? (expansions[f - EXPAND_BASE] ?? "")
    : String.fromCharCode(f);
}

/** Folded words of a text with their UTF-16 spans (for attribution and tests; the index uses hashes). */
export interface FoldedWords {
  /** Each word, folded. */
  readonly words: readonly string[];
  /** Start offset of each word. */
  readonly starts: readonly number[];
  /** End offset (exclusive) of each word. */
  readonly ends: readonly number[];
}

/** Splits and folds `text[from, to)` into words with spans in `text`, as the index sees them. */
export function foldedWords(text: string, from = 0, to = text.length): FoldedWords {
  const t = foldTable();
  const slice = text.slice(from, to);
  const list = scanWords(slice, new WordList(32));
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (let w = 0; w < list.count; w++) {
    let s = "";
    const end = list.ends[w] ?? 0;
    for (let i = list.starts[w] ?? 0; i < end; i++) {
      const cu = slice.charCodeAt(i);
      if (cu >= 0xd800 && cu <= 0xdbff) {
        const cp = slice.codePointAt(i) ?? 0;
        const f = cp >= 0x1d400 && cp <= 0x1d7ff ? foldMath(cp) : 0;
        s += f > ASTRAL ? charsOf(f) : String.fromCodePoint(cp);
        i++;
        continue;
      }
      const f = t[cu] ?? SEP;
      if (f > ASTRAL) s += charsOf(f);
    }
    words.push(s);
    starts.push(from + (list.starts[w] ?? 0));
    ends.push(from + end);
  }
  return { words, starts, ends };
}

/** The folded form of `text` (words joined by one space): what the index compares. */
export function foldWords(text: string): string {
  return foldedWords(text).words.join(" ");
}
