// Exact alignment of a draft with one candidate source: every shared k-gram is a seed, extended word by word
// (comparing folded words by their 64-bit hash) to a maximal run; runs on nearly the same diagonal, separated by
// a few inserted or deleted words, are chained into one fragment.
import type { HashList } from "./fingerprints.js";
import type { WordList } from "./words.js";

/** A maximal shared run: draft words `[ds, de)` equal source words `[ss, se)`. */
export interface Run {
  readonly ds: number;
  readonly de: number;
  readonly ss: number;
  readonly se: number;
}

/** Runs chained across small gaps, with the number of words they match. */
export interface Chain {
  ds: number;
  de: number;
  ss: number;
  se: number;
  readonly runs: Run[];
}

/** 53-bit key of a k-gram hash, exact as a JS number. */
export function kgramKey(a: number, b: number): number {
  return a * 0x200000 + (b >>> 11);
}

/** Maps each k-gram key of the draft to its positions. */
export function draftKgramMap(kgrams: HashList): Map<number, number | number[]> {
  const map = new Map<number, number | number[]>();
  for (let i = 0; i < kgrams.count; i++) {
    const key = kgramKey(kgrams.a[i] ?? 0, kgrams.b[i] ?? 0);
    const prev = map.get(key);
    if (prev === undefined) map.set(key, i);
    else if (typeof prev === "number") map.set(key, [prev, i]);
    else prev.push(i);
  }
  return map;
}

/** Every maximal run of at least `k` words shared by the draft and the source. */
export function findRuns(
  draft: WordList,
  source: WordList,
  sourceKgrams: HashList,
  draftMap: Map<number, number | number[]>,
  k: number,
): Run[] {
  const runs: Run[] = [];
  const reached = new Map<number, number>();
  const same = (i: number, j: number): boolean =>
    draft.hashA[i] === source.hashA[j] && draft.hashB[i] === source.hashB[j];
  const seed = (p: number, j: number): void => {
    const diagonal = j - p;
    if ((reached.get(diagonal) ?? -1) > p) return;
    let ds = p;
    let ss = j;
    while (ds > 0 && ss > 0 && same(ds - 1, ss - 1)) {
      ds--;
      ss--;
    }
    let de = p;
    let se = j;
    while (de < draft.count && se < source.count && same(de, se)) {
      de++;
      se++;
    }
    reached.set(diagonal, de);
    if (de - ds >= k) runs.push({ ds, de, ss, se });
  };
  for (let j = 0; j < sourceKgrams.count; j++) {
    const hit = draftMap.get(kgramKey(sourceKgrams.a[j] ?? 0, sourceKgrams.b[j] ?? 0));
    if (hit === undefined) continue;
    if (typeof hit === "number") seed(hit, j);
    else for (const p of hit) seed(p, j);
  }
  return runs;
}

/** Chains runs that follow each other in both texts with at most `maxGap` words between them. */
export function chainRuns(runs: readonly Run[], maxGap: number): Chain[] {
  const sorted = [...runs].sort((x, y) => x.ds - y.ds || x.ss - y.ss);
  const chains: Chain[] = [];
  for (const run of sorted) {
    let target: Chain | undefined;
    for (let c = chains.length - 1; c >= 0 && !target; c--) {
      const chain = chains[c];
      if (!chain) continue;
      const followsDraft = run.ds >= chain.ds && run.ds <= chain.de + maxGap && run.de > chain.de;
      const followsSource = run.ss >= chain.ss && run.ss <= chain.se + maxGap && run.se > chain.se;
      if (followsDraft && followsSource) target = chain;
    }
    if (target) {
      target.runs.push(run);
      target.de = run.de;
      target.se = Math.max(target.se, run.se);
    } else {
      chains.push({ ds: run.ds, de: run.de, ss: run.ss, se: run.se, runs: [run] });
    }
  }
  return chains;
}
