// Word runs of a folded text, for the term matcher: maximal sequences of letters, marks and digits,
// plus, when evasion folding is on, `*` (a masked letter) and `!` between two word characters.
// The run arrays are reused between calls: a matcher call never nests inside another.
import { classOf, LETTER, MARK, NUMBER } from "./chars.js";

const WORDISH = LETTER | MARK | NUMBER;
const STAR = 0x2a;
const BANG = 0x21;

/** Word runs found in a text (views over reused buffers, valid until the next call). */
export interface Runs {
  /** Number of runs. */
  count: number;
  /** Start offset of each run in the folded text. */
  start: Int32Array;
  /** End offset (exclusive) of each run. */
  end: Int32Array;
  /** Bit 1: the run's stars are masked letters (no more stars than word characters). Bit 2: it holds a `!`. */
  flags: Uint8Array;
}

/** {@link Runs.flags} bit: stars are masked letters. */
export const RUN_WILD = 1;
/** {@link Runs.flags} bit: the run holds a `!` between letters. */
export const RUN_BANG = 2;

const runs: Runs = {
  count: 0,
  start: new Int32Array(64),
  end: new Int32Array(64),
  flags: new Uint8Array(64),
};

// ASCII: 1 word character, 0 other.
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  ASCII_WORD[c] = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) ? 1 : 0;
}

/** Width (1 or 2) of the word character at `i`, or 0 when `text[i]` does not start one. */
export function wordWidthAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return ASCII_WORD[c]!;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff)
      return (classOf(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000) & WORDISH) !== 0 ? 2 : 0;
  }
  if (c >= 0xdc00 && c <= 0xdfff) return 0;
  return (classOf(c) & WORDISH) !== 0 ? 1 : 0;
}

/** True when the code unit before `i` ends a word character. */
export function wordBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const c = text.charCodeAt(i - 1);
  if (c < 0x80) return ASCII_WORD[c] === 1;
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) return wordWidthAt(text, i - 2) === 2;
  return wordWidthAt(text, i - 1) === 1;
}

function pushRun(start: number, end: number, flags: number): void {
  if (runs.count >= runs.start.length) {
    const size = runs.start.length * 2;
    const s = new Int32Array(size);
    s.set(runs.start);
    runs.start = s;
    const e = new Int32Array(size);
    e.set(runs.end);
    runs.end = e;
    const f = new Uint8Array(size);
    f.set(runs.flags);
    runs.flags = f;
  }
  runs.start[runs.count] = start;
  runs.end[runs.count] = end;
  runs.flags[runs.count] = flags;
  runs.count++;
}

/**
 * Cuts `text` into word runs in one pass. A run needs at least one word character. With `evasion`, `*`
 * belongs to runs and `!` does when a word character sits on both sides; a run wrapped in stars on both
 * sides (`*gracias*`, `**ojo**`) is emphasis, and the stars are dropped from it.
 */
export function findRuns(text: string, evasion: boolean): Runs {
  const n = text.length;
  runs.count = 0;
  let i = 0;
  while (i < n) {
    // Skip to the start of a run.
    const c0 = text.charCodeAt(i);
    if (c0 < 0x80 ? ASCII_WORD[c0] === 0 && !(evasion && c0 === STAR) : wordWidthAt(text, i) === 0) {
      i++;
      continue;
    }
    let s = i;
    let words = 0;
    let stars = 0;
    let bang = false;
    let lastWord = false;
    while (i < n) {
      const c = text.charCodeAt(i);
      const w = c < 0x80 ? ASCII_WORD[c]! : wordWidthAt(text, i);
      if (w > 0) {
        words++;
        lastWord = true;
        i += w;
      } else if (evasion && c === STAR) {
        stars++;
        lastWord = false;
        i++;
      } else if (evasion && c === BANG && lastWord && i + 1 < n && wordWidthAt(text, i + 1) > 0) {
        bang = true;
        lastWord = false;
        i++;
      } else break;
    }
    let e = i;
    if (stars > 0 && text.charCodeAt(s) === STAR && text.charCodeAt(e - 1) === STAR) {
      while (s < e && text.charCodeAt(s) === STAR) {
        s++;
        stars--;
      }
      while (e > s && text.charCodeAt(e - 1) === STAR) {
        e--;
        stars--;
      }
    }
    if (words > 0) pushRun(s, e, (stars > 0 && stars <= words ? RUN_WILD : 0) | (bang ? RUN_BANG : 0));
  }
  return runs;
}
