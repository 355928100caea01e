// Hashed word k-grams and winnowing (Schleimer, Wilkerson & Aiken, "Winnowing: local algorithms for document
// fingerprinting", SIGMOD 2003). Each k-gram of consecutive words gets a 64-bit hash (two 32-bit lanes); in every
// window of `w` consecutive k-gram hashes the minimum is selected (rightmost on ties, "robust winnowing"), so any
// run of at least t = w + k − 1 words shared by two texts contains a k-gram selected as a fingerprint in both.
import { fmix32, type WordList } from "./words.js";

/** Hashes of k-grams (or of selected fingerprints) with the word position where each starts. */
export class HashList {
  /** Number of entries. */
  count = 0;
  /** First 32-bit lane of each hash. */
  a: Uint32Array;
  /** Second 32-bit lane of each hash. */
  b: Uint32Array;
  /** Index of the k-gram's first word. */
  pos: Uint32Array;

  constructor(capacity = 256) {
    this.a = new Uint32Array(capacity);
    this.b = new Uint32Array(capacity);
    this.pos = new Uint32Array(capacity);
  }

  /** Makes room for `n` entries (contents are discarded). */
  reserve(n: number): void {
    if (this.a.length >= n) return;
    let cap = this.a.length * 2;
    while (cap < n) cap *= 2;
    this.a = new Uint32Array(cap);
    this.b = new Uint32Array(cap);
    this.pos = new Uint32Array(cap);
  }
}

/** Computes the hash of every k-gram of `words` into `out`. A text of fewer than `k` words has none. */
export function hashKgrams(words: WordList, k: number, out: HashList): HashList {
  const n = words.count - k + 1;
  out.count = 0;
  if (n <= 0) return out;
  out.reserve(n);
  const { hashA, hashB } = words;
  const oa = out.a;
  const ob = out.b;
  const op = out.pos;
  for (let i = 0; i < n; i++) {
    let x = 0x9747b28c;
    let y = 0x1b873593;
    for (let j = 0; j < k; j++) {
      x = Math.imul(x ^ (hashA[i + j] ?? 0), 0xcc9e2d51);
      x = (x << 15) | (x >>> 17);
      y = Math.imul(y + (hashB[i + j] ?? 0), 0x1b873593);
      y = (y << 13) | (y >>> 19);
    }
    oa[i] = fmix32(x ^ k);
    ob[i] = fmix32(y + k);
    op[i] = i;
  }
  out.count = n;
  return out;
}

/**
 * Robust winnowing of `kgrams` with window `w` into `out`: the minimum hash of every window (rightmost on ties),
 * each selected position recorded once. A text with fewer than `w` k-grams gets its single minimum.
 */
export function winnow(kgrams: HashList, w: number, out: HashList): HashList {
  const n = kgrams.count;
  out.count = 0;
  if (n === 0) return out;
  out.reserve(Math.ceil(n / 2) + 2);
  const { a, b } = kgrams;
  const windows = Math.max(1, n - w + 1);
  const width = Math.min(w, n);
  let last = -1;
  let min = -1;
  for (let s = 0; s < windows; s++) {
    const e = s + width - 1;
    if (min < s) {
      // the previous minimum left the window: rescan it
      min = s;
      for (let i = s + 1; i <= e; i++) if (lessOrEqual(a, b, i, min)) min = i;
    } else if (lessOrEqual(a, b, e, min)) {
      min = e;
    }
    if (min !== last) {
      if (out.count === out.a.length) grow(out);
      const c = out.count++;
      out.a[c] = a[min] ?? 0;
      out.b[c] = b[min] ?? 0;
      out.pos[c] = kgrams.pos[min] ?? 0;
      last = min;
    }
  }
  return out;
}

function lessOrEqual(a: Uint32Array, b: Uint32Array, i: number, j: number): boolean {
  const ai = a[i] ?? 0;
  const aj = a[j] ?? 0;
  return ai < aj || (ai === aj && (b[i] ?? 0) <= (b[j] ?? 0));
}

function grow(list: HashList): void {
  const copy = (from: Uint32Array): Uint32Array => {
    const to = new Uint32Array(from.length * 2);
    to.set(from);
    return to;
  };
  list.a = copy(list.a);
  list.b = copy(list.b);
  list.pos = copy(list.pos);
}
