// Context-dependent folding over the output of the context-free steps, in place on code-unit arrays:
// leetspeak inside words and squeezing of letters repeated three times or more.
import { classOf, LETTER, MARK, NUMBER } from "./chars.js";

/** Leetspeak digits and the letter each stands for. */
export const LEET_DIGITS: Readonly<Record<string, string>> = {
  "0": "o",
  "1": "i",
  "3": "e",
  "4": "a",
  "5": "s",
  "7": "t",
};

const DIGIT_TO_LETTER = new Uint16Array(10);
for (let d = 0; d < 10; d++) {
  const l = LEET_DIGITS[String(d)];
  DIGIT_TO_LETTER[d] = l === undefined ? 0 : l.charCodeAt(0);
}

const AT = 0x40;
const DOLLAR = 0x24;
const BANG = 0x21;
const STAR = 0x2a;
const DOT = 0x2e;

/** Class of code unit `u` for folding: 1 letter, 2 mark, 3 digit or other number, 0 other. */
function unitClass(u: number, units: Uint16Array, k: number, len: number): number {
  if (u < 0x80) {
    if ((u >= 0x61 && u <= 0x7a) || (u >= 0x41 && u <= 0x5a)) return 1;
    if (u >= 0x30 && u <= 0x39) return 3;
    return 0;
  }
  let cp = u;
  if (u >= 0xd800 && u <= 0xdbff && k + 1 < len) {
    const d = units[k + 1]!;
    if (d >= 0xdc00 && d <= 0xdfff) cp = ((u - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  } else if (u >= 0xdc00 && u <= 0xdfff && k > 0) {
    const h = units[k - 1]!;
    if (h >= 0xd800 && h <= 0xdbff) cp = ((h - 0xd800) << 10) + (u - 0xdc00) + 0x10000;
  }
  const f = classOf(cp);
  if (f & LETTER) return 1;
  if (f & MARK) return 2;
  if (f & NUMBER) return 3;
  return 0;
}

/** True for characters that can sit inside a leet word: letters, marks, digits, `@ $ ! *`. */
function inRun(u: number, cls: number): boolean {
  return cls !== 0 || u === AT || u === DOLLAR || u === BANG || u === STAR;
}

/**
 * Leetspeak folding, in place. A run of letters, marks, digits and `@ $ ! *` that holds at least one
 * letter is a word: in it `$` → `s`; a digit in the leet table → its letter, except a block at the start or
 * end of the word that reads as a number (three digits or more, or two with a digit that stands for no
 * letter: `covid19`, `2024abc`, `1000cosas` keep them, `5h17` folds); `@` → `a` except at the start of
 * the word (a mention: `@maria` stays) or before a domain (an e-mail). `!` and `*` are left for the term
 * matcher, which reads them as masked letters. Runs without a letter (`2024`, `$100`) are untouched.
 * Starts looking at `from` (no digit, `$` or `@` before it). Returns true when something changed.
 */
export function foldLeet(units: Uint16Array, len: number, from = 0): boolean {
  let changed = false;
  let k = from;
  let done = 0; // everything before `done` belongs to runs already handled
  while (k < len) {
    const u0 = units[k]!;
    // Only runs that hold a digit, `$` or `@` can change: find one, then its bounds.
    if (!((u0 >= 0x30 && u0 <= 0x39) || u0 === DOLLAR || u0 === AT)) {
      k++;
      continue;
    }
    while (k > done && inRun(units[k - 1]!, unitClass(units[k - 1]!, units, k - 1, len))) k--;
    const start = k;
    let hasLetter = false;
    let hasLeet = false;
    while (k < len) {
      const u = units[k]!;
      const cls = unitClass(u, units, k, len);
      if (!inRun(u, cls)) break;
      if (cls === 1) hasLetter = true;
      else if (u === AT || u === DOLLAR || (u >= 0x30 && u <= 0x39)) hasLeet = true;
      k++;
    }
    const end = k;
    done = end;
    if (k === start) k++;
    if (!hasLetter || !hasLeet) continue;
    for (let p = start; p < end; ) {
      const u = units[p]!;
      // A symbol carrying a combining mark is left alone: folding it would let the pair compose later.
      if (p + 1 < end && unitClass(units[p + 1]!, units, p + 1, len) === 2) {
        p++;
        continue;
      }
      if (u >= 0x30 && u <= 0x39) {
        let q = p;
        while (q < end && units[q]! >= 0x30 && units[q]! <= 0x39) q++;
        // A block at the word's edge stays digits when it reads as a number: three digits or more
        // (`1000cosas`), or two with one that stands for no letter (`covid19`); `5h17` still folds.
        let unmapped = false;
        for (let r = p; r < q; r++) if (DIGIT_TO_LETTER[units[r]! - 0x30] === 0) unmapped = true;
        const keep = q - p >= 2 && (p === start || q === end) && (q - p >= 3 || unmapped);
        if (!keep) {
          for (let r = p; r < q; r++) {
            if (r + 1 < len && unitClass(units[r + 1]!, units, r + 1, len) === 2) continue;
            const l = DIGIT_TO_LETTER[units[r]! - 0x30]!;
            if (l !== 0) {
              units[r] = l;
              changed = true;
            }
          }
        }
        p = q;
        continue;
      }
      if (u === DOLLAR) {
        units[p] = 0x73;
        changed = true;
      } else if (
        u === AT &&
        p !== start &&
        !(
          end > p + 1 &&
          end + 1 < len &&
          units[end] === DOT &&
          unitClass(units[end + 1]!, units, end + 1, len) === 1
        )
      ) {
        units[p] = 0x61;
        changed = true;
      }
      p++;
    }
  }
  return changed;
}

/**
 * Squeezes a letter repeated three or more times to one, in place, merging the source spans of the run
 * into the kept letter. Double letters (`ll`, `rr`, `cc`, `ee`) stay. `so`/`eo` are the offsets of the maps
 * inside `starts`/`ends`. Returns the new length.
 */
export function squeezeRepeats(
  units: Uint16Array,
  starts: Uint32Array,
  so: number,
  ends: Uint32Array,
  eo: number,
  len: number,
): number {
  let w = 0;
  let r = 0;
  while (r < len) {
    const u = units[r]!;
    let q = r + 1;
    while (q < len && units[q] === u) q++;
    if (q - r >= 3 && u !== STAR && unitClass(u, units, r, len) === 1 && !(u >= 0xd800 && u <= 0xdfff)) {
      units[w] = u;
      starts[so + w] = starts[so + r]!;
      ends[eo + w] = ends[eo + q - 1]!;
      w++;
    } else {
      for (let p = r; p < q; p++) {
        units[w] = units[p]!;
        starts[so + w] = starts[so + p]!;
        ends[eo + w] = ends[eo + p]!;
        w++;
      }
    }
    r = q;
  }
  return w;
}
