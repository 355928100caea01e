// Word runs of a folded text, for the term matcher: maximal sequences of letters, marks and digits,
// plus, when evasion folding is on, `*` (a masked letter) and `!` between two word characters.
// Scratch buffers are reused between calls: a matcher call never nests inside another.
import { classOf, MARK, LETTER, NUMBER } from "./chars.js";

/** A letter, mark or digit. */
export const RUN_WORD = 1;
/** A `*` (masked letter). */
export const RUN_STAR = 2;
/** A `!` between two word characters. */
export const RUN_BANG = 3;

const WORDISH = LETTER | MARK | NUMBER;

/** Word runs found in a text (views over reused buffers, valid until the next call). */
export interface Runs {
  /** Number of runs. */
  count: number;
  /** Start offset of each run in the folded text. */
  start: Int32Array;
  /** End offset (exclusive) of each run. */
  end: Int32Array;
  /** 1 when the run's stars are masked letters (no more stars than word characters). */
  wild: Uint8Array;
}

let classes = new Uint8Array(256);
const runs: Runs = { count: 0, start: new Int32Array(64), end: new Int32Array(64), wild: new Uint8Array(64) };

/** Classifies every code unit of `text` (a surrogate pair takes the class of its code point). */
export function classifyUnits(text: string, evasion: boolean): Uint8Array {
  const n = text.length;
  if (classes.length < n + 1) classes = new Uint8Array(Math.max(n + 1, classes.length * 2));
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let k = 0;
    if (c < 0x80) {
      if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a)) k = RUN_WORD;
      else if (evasion && c === 0x2a) k = RUN_STAR;
      else if (evasion && c === 0x21) k = RUN_BANG;
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        const f = classOf(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
        k = (f & WORDISH) !== 0 ? RUN_WORD : 0;
        classes[i] = k;
        classes[i + 1] = k;
        i++;
        continue;
      }
    } else if ((classOf(c) & WORDISH) !== 0) k = RUN_WORD;
    classes[i] = k;
  }
  // `!` counts only between two word characters.
  if (evasion) {
    for (let i = 0; i < n; i++) {
      if (classes[i] === RUN_BANG && !(i > 0 && classes[i - 1] === RUN_WORD && i + 1 < n && classes[i + 1] === RUN_WORD)) {
        classes[i] = 0;
      }
    }
  }
  return classes;
}

function pushRun(start: number, end: number, wild: number): void {
  if (runs.count >= runs.start.length) {
    const size = runs.start.length * 2;
    const s = new Int32Array(size);
    s.set(runs.start);
    runs.start = s;
    const e = new Int32Array(size);
    e.set(runs.end);
    runs.end = e;
    const w = new Uint8Array(size);
    w.set(runs.wild);
    runs.wild = w;
  }
  runs.start[runs.count] = start;
  runs.end[runs.count] = end;
  runs.wild[runs.count] = wild;
  runs.count++;
}

/**
 * Cuts `text` into word runs. A run needs at least one word character. A run wrapped in stars on both
 * sides (`*gracias*`, `**ojo**`) is emphasis: the stars are dropped from it.
 */
export function findRuns(text: string, cls: Uint8Array): Runs {
  const n = text.length;
  runs.count = 0;
  let i = 0;
  while (i < n) {
    if (cls[i] === 0) {
      i++;
      continue;
    }
    let s = i;
    while (i < n && cls[i] !== 0) i++;
    let e = i;
    if (cls[s] === RUN_STAR && cls[e - 1] === RUN_STAR) {
      while (s < e && cls[s] === RUN_STAR) s++;
      while (e > s && cls[e - 1] === RUN_STAR) e--;
    }
    let words = 0;
    let stars = 0;
    for (let k = s; k < e; k++) {
      if (cls[k] === RUN_WORD) words++;
      else if (cls[k] === RUN_STAR) stars++;
    }
    if (words > 0) pushRun(s, e, stars > 0 && stars <= words ? 1 : 0);
  }
  return runs;
}
