import { STOP_PHRASES_EN, STOP_PHRASES_ES } from "./stop-phrases.js";
import { scanWords, WordList } from "./words.js";

/**
 * A compiled list of stop-phrases, matched on folded words (by their 64-bit hash), longest first.
 * Built once; `apply` runs in linear time over a word list.
 */
export class StopPhraseSet {
  /** Number of phrases compiled in. */
  readonly size: number;
  // phrases by first word (lane A hash), each as interleaved [a0, b0, a1, b1, …], longest first
  private readonly byFirst = new Map<number, Uint32Array[]>();
  // quick filter on the low 16 bits of a first word's hash
  private readonly filter = new Uint8Array(0x10000);

  constructor(phrases: readonly string[]) {
    const scratch = new WordList(16);
    const seen = new Set<string>();
    for (const phrase of phrases) {
      scanWords(phrase, scratch);
      if (scratch.count === 0) continue;
      const seq = new Uint32Array(scratch.count * 2);
      for (let i = 0; i < scratch.count; i++) {
        seq[2 * i] = scratch.hashA[i] ?? 0;
        seq[2 * i + 1] = scratch.hashB[i] ?? 0;
      }
      const key = seq.join(",");
      if (seen.has(key)) continue;
      seen.add(key);
      const first = seq[0] ?? 0;
      this.filter[first & 0xffff] = 1;
      const list = this.byFirst.get(first) ?? [];
      list.push(seq);
      list.sort((x, y) => y.length - x.length);
      this.byFirst.set(first, list);
    }
    this.size = seen.size;
  }

  /**
   * Marks every word covered by a stop-phrase: `covered[i]` becomes 1. Returns how many words were covered.
   */
  mark(words: WordList, covered: Uint8Array): number {
    const { hashA, hashB } = words;
    const n = words.count;
    let total = 0;
    for (let i = 0; i < n; i++) {
      const a = hashA[i] ?? 0;
      if (this.filter[a & 0xffff] === 0) continue;
      const list = this.byFirst.get(a);
      if (!list) continue;
      for (const seq of list) {
        const len = seq.length >> 1;
        if (i + len > n) continue;
        let ok = true;
        for (let j = 0; j < len && ok; j++) {
          ok = hashA[i + j] === seq[2 * j] && hashB[i + j] === seq[2 * j + 1];
        }
        if (ok) {
          for (let j = i; j < i + len; j++) {
            if (covered[j] === 0) total++;
            covered[j] = 1;
          }
          break;
        }
      }
    }
    return total;
  }

  /** Removes the words covered by a stop-phrase from `words`, in place. Returns how many were removed. */
  remove(words: WordList, scratch: { covered: Uint8Array }): number {
    if (scratch.covered.length < words.count) scratch.covered = new Uint8Array(words.hashA.length);
    const covered = scratch.covered;
    covered.fill(0, 0, words.count);
    if (this.mark(words, covered) === 0) return 0;
    let j = 0;
    for (let i = 0; i < words.count; i++) {
      if (covered[i] === 1) continue;
      words.hashA[j] = words.hashA[i] ?? 0;
      words.hashB[j] = words.hashB[i] ?? 0;
      words.starts[j] = words.starts[i] ?? 0;
      words.ends[j] = words.ends[i] ?? 0;
      j++;
    }
    const removed = words.count - j;
    words.count = j;
    return removed;
  }
}

/** Every built-in stop-phrase, Spanish and English. */
export const BUILTIN_STOP_PHRASES: readonly string[] = [...STOP_PHRASES_ES, ...STOP_PHRASES_EN];
