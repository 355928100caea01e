// "Did you mean": the closest known name to a typo, by edit distance (insertions, deletions, substitutions and
// swaps of two neighbours). Bounded: names longer than `MAX_LENGTH` are not compared, and the distance table is
// cut off as soon as a row exceeds the limit, so a hostile key costs O(MAX_LENGTH²) per candidate at most.

/** Longest name compared; longer input gets no suggestion. */
const MAX_LENGTH = 64;

/** Edit distance between `a` and `b` (optimal string alignment), or `limit + 1` once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, (prev2[j - 2] ?? 0) + 1);
      row.push(d);
      if (d < best) best = d;
    }
    if (best > limit) return limit + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length] ?? limit + 1;
}

/**
 * The known name closest to `input`, when it is close enough to be a typo (at most a third of its length, and
 * at most 3 edits); compared case-insensitively, `_` read as `-`. Undefined when nothing is close.
 */
export function didYouMean(input: string, known: Iterable<string>): string | undefined {
  if (input.length === 0 || input.length > MAX_LENGTH) return undefined;
  const key = input.toLowerCase().replaceAll("_", "-");
  const limit = Math.min(3, Math.max(1, Math.floor(key.length / 3)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const name of known) {
    if (name.length > MAX_LENGTH) continue;
    const d = editDistance(key, name.toLowerCase(), limit);
    if (d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  return best === input ? undefined : best;
}
