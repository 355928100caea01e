import {
  LEET,
  type NormalizedText,
  type NormalizeOptions,
  normalizeText,
  optionBits,
  SQUEEZE,
} from "./normalize.js";
import { buildTrie, type Trie, trieChild } from "./trie.js";
import { findRuns, RUN_BANG, RUN_WILD, type Runs, wordBefore } from "./word-runs.js";

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

const BANG = 0x21;
const STAR = 0x2a;
const AT = 0x40;
const LOWER_I = 0x69;
const LOWER_L = 0x6c;
const LOWER_A = 0x61;
const ONE = 0x31;
/** Most trie states followed at once; masked letters fan out, and this keeps a walk linear. */
const MAX_STATES = 32;

const curBuf = new Int32Array(MAX_STATES);
const nextBuf = new Int32Array(MAX_STATES);

function add(buf: Int32Array, count: number, state: number): number {
  if (state < 0 || count >= MAX_STATES) return count;
  for (let k = 0; k < count; k++) if (buf[k] === state) return count;
  buf[count] = state;
  return count + 1;
}

interface Scan {
  readonly trie: Trie;
  readonly n: NormalizedText;
  readonly runs: Runs;
  readonly evasion: boolean;
  readonly squeeze: boolean;
  readonly wholeWord: boolean;
  readonly hits: TermHit[];
}

function emit(scan: Scan, states: Int32Array, count: number, from: number, to: number): void {
  const { termHead, termNext } = scan.trie;
  for (let k = 0; k < count; k++) {
    for (let t = termHead[states[k]!]!; t >= 0; t = termNext[t]!) {
      scan.hits.push({ term: t, start: scan.n.starts[from]!, end: scan.n.ends[to - 1]! });
    }
  }
}

function emitOne(scan: Scan, state: number, from: number, to: number): void {
  const { termHead, termNext } = scan.trie;
  for (let t = termHead[state]!; t >= 0; t = termNext[t]!) {
    scan.hits.push({ term: t, start: scan.n.starts[from]!, end: scan.n.ends[to - 1]! });
  }
}

/**
 * Follows the trie from `first` (already past `hitStart`) starting at offset `at` of run `run`. The
 * common case (one live state, ordinary letters) runs in a tight loop; a masked letter, a squeezed letter
 * or a `1` read as `i` hands over to the general loop, which follows a set of states.
 */
function walk(scan: Scan, run: number, at: number, first: number, hitStart: number): void {
  const { trie, runs, n } = scan;
  const text = n.text;
  const starts = n.starts;
  const ends = n.ends;
  const evasion = scan.evasion;
  const squeeze = scan.squeeze;
  let r = run;
  let runEnd = runs.end[r]!;
  let k = at;
  let state = first;
  // Fast path.
  for (;;) {
    if (k === runEnd) {
      if (trie.termHead[state]! >= 0) emitOne(scan, state, hitStart, k);
      const sep = trie.sep[state]!;
      if (sep < 0 || r + 1 >= runs.count) return;
      state = sep;
      r++;
      k = runs.start[r]!;
      runEnd = runs.end[r]!;
      continue;
    }
    const c = text.charCodeAt(k);
    if (
      (evasion && (c === BANG || c === STAR || (c === LOWER_I && n.source.charCodeAt(starts[k]!) === ONE))) ||
      (squeeze && ends[k]! - starts[k]! >= 3)
    ) {
      break;
    }
    state = trieChild(trie, state, c);
    if (state < 0) return;
    k++;
    if (!scan.wholeWord && k !== runEnd && trie.termHead[state]! >= 0) {
      if (!(evasion && text.charCodeAt(k) === BANG)) emitOne(scan, state, hitStart, k);
    }
  }
  // General path: a set of live states.
  let cur = curBuf;
  let next = nextBuf;
  cur[0] = state;
  let count = 1;
  for (;;) {
    if (k === runEnd) {
      emit(scan, cur, count, hitStart, k);
      let nn = 0;
      for (let s = 0; s < count; s++) nn = add(next, nn, trie.sep[cur[s]!]!);
      if (nn === 0 || r + 1 >= runs.count) break;
      r++;
      k = runs.start[r]!;
      runEnd = runs.end[r]!;
      const swap = cur;
      cur = next;
      next = swap;
      count = nn;
      continue;
    }
    const c = text.charCodeAt(k);
    let nn = 0;
    if (evasion && c === BANG) {
      // `m!erda`: the `!` is a masked `i` or a word break (`genial!gracias`).
      emit(scan, cur, count, hitStart, k);
      for (let s = 0; s < count; s++) {
        nn = add(next, nn, trieChild(trie, cur[s]!, LOWER_I));
        nn = add(next, nn, trie.sep[cur[s]!]!);
      }
    } else if (evasion && c === STAR) {
      // `f*ck`: any letter, when the word has at least as many letters as stars.
      if ((runs.flags[r]! & RUN_WILD) !== 0) {
        for (let s = 0; s < count; s++) {
          for (let ch = trie.firstChild[cur[s]!]!; ch >= 0; ch = trie.nextSibling[ch]!)
            nn = add(next, nn, ch);
        }
      }
    } else {
      const squeezed = squeeze && ends[k]! - starts[k]! >= 3;
      const fromOne = evasion && c === LOWER_I && n.source.charCodeAt(starts[k]!) === ONE;
      for (let s = 0; s < count; s++) {
        const ch = trieChild(trie, cur[s]!, c);
        if (ch >= 0) {
          nn = add(next, nn, ch);
          // A squeezed letter (`calllle` → `cale`) also stands for a double one (`calle`).
          if (squeezed) nn = add(next, nn, trieChild(trie, ch, c));
        }
        if (fromOne) nn = add(next, nn, trieChild(trie, cur[s]!, LOWER_L));
      }
    }
    if (nn === 0) break;
    k++;
    const swap = cur;
    cur = next;
    next = swap;
    count = nn;
    if (!scan.wholeWord && k !== runEnd && !(evasion && text.charCodeAt(k) === BANG)) {
      emit(scan, cur, count, hitStart, k);
    }
  }
}

/** Letters spaced out to dodge filters (`s h i t`, `p.u.t.a`): three or more one-letter words. */
function spacedGroups(scan: Scan): void {
  const { runs, n, trie } = scan;
  const text = n.text;
  const single = (r: number): boolean =>
    runs.end[r]! - runs.start[r]! === 1 && text.charCodeAt(runs.start[r]!) !== STAR;
  for (let r = 0; r < runs.count; ) {
    if (!single(r)) {
      r++;
      continue;
    }
    let q = r + 1;
    while (q < runs.count && single(q) && runs.start[q]! - runs.end[q - 1]! <= 2) q++;
    if (q - r >= 3) {
      let state = 0;
      for (let g = r; g < q && state >= 0; g++)
        state = trieChild(trie, state, text.charCodeAt(runs.start[g]!));
      if (state >= 0) {
        const before = scan.hits.length;
        const from = runs.start[r]!;
        const to = runs.end[q - 1]!;
        curBuf[0] = state;
        emit(scan, curBuf, 1, from, to);
        // Drop what the ordinary walk already reported (a term written with spaces, `s h i t`).
        const added = scan.hits.splice(before);
        for (const h of added) {
          if (!scan.hits.some((o) => o.term === h.term && o.start === h.start && o.end === h.end))
            scan.hits.push(h);
        }
      }
    }
    r = q;
  }
}

let lastText: string | undefined;
let lastEvasion = false;
let lastRuns: Runs | undefined;

/**
 * Compiles a list of terms (words or phrases) into a matcher that finds them all in one pass.
 *
 * Terms and texts are folded alike with {@link normalizeText}; a term is the sequence of its words
 * (punctuation in a term is ignored), and the words of a phrase may be separated in the text by any run
 * of spaces, punctuation or emoji (`hijo de puta` matches `hijo-de-puta`). The terms go into a character
 * trie whose word boundaries are explicit edges; the text is cut into word runs and the trie is walked
 * from each word start, so only whole words match and each walk is bounded by the longest term. No
 * regular expression is built from the terms.
 *
 * With leetspeak folding on (the default), masked letters are matched too: `*` inside a word stands for
 * any letter (`f*ck`, `p*t*`, when the word has no more stars than letters), `!` between letters for `i`
 * or a word break (`m!erda`), `1` for `i` or `l`, a leading `@` for `a` (`@sshole`, while `@maria` still
 * matches `maria`; a term `amaria` would match it too), and letters spaced out as one-letter words (`s h i t`, `p.u.t.a`). With squeezing on,
 * a letter squeezed from three or more also stands for a double letter (`calllleee` matches `calle`).
 *
 * @example
 * ```ts
 * const m = compileTermMatcher(["idiota", "hijo de puta", "shit"]);
 * m.find("Eres un 1d10t4, h1j0-de-PUTA"); // [{ term: 0, start: 8, end: 14 }, { term: 1, start: 16, end: 28 }]
 * m.find("ЅHIT, s h i t"); // [{ term: 2, start: 0, end: 4 }, { term: 2, start: 6, end: 13 }]
 * ```
 */
export function compileTermMatcher(terms: readonly string[], options: TermMatcherOptions = {}): TermMatcher {
  const norm = options.normalize ?? {};
  const bits = optionBits(norm);
  const evasion = (bits & LEET) !== 0;
  const squeeze = (bits & SQUEEZE) !== 0;
  const wholeWord = options.wholeWord ?? true;
  const trie = buildTrie(terms.map((t) => normalizeText(t, norm).text));
  return {
    size: terms.length,
    find(input) {
      const n = typeof input === "string" ? normalizeText(input, norm) : input;
      const hits: TermHit[] = [];
      if (trie.nodeCount <= 1 || n.text.length === 0) return hits;
      const text = n.text;
      // Every rule of an evaluation searches the same folded text: its runs are found once.
      if (text !== lastText || evasion !== lastEvasion) {
        lastRuns = findRuns(text, evasion);
        lastText = text;
        lastEvasion = evasion;
      }
      const runs = lastRuns!;
      const scan: Scan = { trie, n, runs, evasion, squeeze, wholeWord, hits };
      const { rootAscii, pairs } = trie;
      const starts = n.starts;
      const ends = n.ends;
      for (let r = 0; r < runs.count; r++) {
        const start = runs.start[r]!;
        const end = runs.end[r]!;
        if (wholeWord) {
          // Skip, without a call, a word whose first two letters begin no term (most words).
          const c0 = text.charCodeAt(start);
          const plain0 =
            c0 < 0x80 && c0 !== STAR && c0 !== LOWER_I && !(squeeze && ends[start]! - starts[start]! >= 3);
          let skip = plain0 && rootAscii[c0]! < 0;
          if (plain0 && !skip && start + 1 < end) {
            const c1 = text.charCodeAt(start + 1);
            skip =
              c1 < 0x80 &&
              c1 !== STAR &&
              c1 !== BANG &&
              c1 !== LOWER_I &&
              !(squeeze && ends[start + 1]! - starts[start + 1]! >= 3) &&
              pairs[c0 * 128 + c1] === 0;
          }
          if (!skip) walk(scan, r, start, 0, start);
          if ((runs.flags[r]! & RUN_BANG) !== 0) {
            for (let k = start + 1; k < end - 1; k++)
              if (text.charCodeAt(k) === BANG) walk(scan, r, k + 1, 0, k + 1);
          }
          if (evasion && start > 0 && text.charCodeAt(start - 1) === AT && !wordBefore(text, start - 1)) {
            const a = trieChild(trie, 0, LOWER_A);
            if (a >= 0) walk(scan, r, start, a, start - 1);
          }
        } else {
          for (let k = start; k < end; k++) walk(scan, r, k, 0, k);
        }
      }
      if (evasion && wholeWord) spacedGroups(scan);
      if (hits.length > 1) hits.sort((a, b) => a.start - b.start || b.end - a.end || a.term - b.term);
      return hits;
    },
  };
}
