// Timing helpers shared by the text and engine benchmarks. Figures are printed, never asserted.

/** Result of timing one function over a list of inputs. */
export interface Timing {
  /** Label. */
  readonly name: string;
  /** Median over batches of 100 inputs of the mean µs per input (no per-call timer). */
  readonly meanUs: number;
  /** Median of per-input µs (each call timed alone). */
  readonly medianUs: number;
  /** 95th percentile of per-input µs. */
  readonly p95Us: number;
  /** Inputs per second, from `meanUs`. */
  readonly perSecond: number;
}

let sink = 0;
/** Keeps results alive so the JIT cannot drop the work. */
export function consume(value: unknown): void {
  if (typeof value === "string") sink += value.length;
  else if (Array.isArray(value)) sink += value.length;
  else if (value) sink++;
}
/** The accumulated sink (print it once so it is observably used). */
export const sinkValue = (): number => sink;

const quantile = (sorted: Float64Array, q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

/**
 * Times `fn` over `inputs`: `warmup` untimed passes, then `runs` passes timed in batches of 100 (median of
 * the batch means) and two passes with every call timed alone (median and p95).
 */
export function measure<T>(
  name: string,
  inputs: readonly T[],
  fn: (input: T) => unknown,
  runs = 7,
  warmup = 2,
): Timing {
  for (let w = 0; w < warmup; w++) for (const x of inputs) consume(fn(x));
  // Batches of 100 inputs: on a shared machine a long batch almost always catches another process's
  // burst or a GC pause, so the median over many short batches is the steadier throughput figure.
  const means: number[] = [];
  const batch = 100;
  for (let r = 0; r < runs; r++) {
    for (let from = 0; from < inputs.length; from += batch) {
      const to = Math.min(inputs.length, from + batch);
      const t0 = performance.now();
      for (let k = from; k < to; k++) consume(fn(inputs[k]!));
      means.push(((performance.now() - t0) * 1000) / (to - from));
    }
  }
  means.sort((a, b) => a - b);
  const single = new Float64Array(inputs.length * 2);
  let k = 0;
  for (let pass = 0; pass < 2; pass++) {
    for (const x of inputs) {
      const t0 = performance.now();
      consume(fn(x));
      single[k++] = (performance.now() - t0) * 1000;
    }
  }
  single.sort();
  const meanUs = means[Math.floor(means.length / 2)]!;
  return {
    name,
    meanUs,
    medianUs: quantile(single, 0.5),
    p95Us: quantile(single, 0.95),
    perSecond: 1e6 / meanUs,
  };
}

const fmt = (x: number, digits = 2): string => x.toFixed(digits);

/** Prints timings as a table, each with its ratio to `floor` (same process, same inputs). */
export function printTimings(timings: readonly Timing[], floor: Timing): void {
  const rows = timings.map((t) => ({
    what: t.name,
    "texts/s": Math.round(t.perSecond).toLocaleString("en-US"),
    "µs/text (mean)": fmt(t.meanUs),
    "µs median": fmt(t.medianUs),
    "µs p95": fmt(t.p95Us),
    "× floor (mean)": fmt(t.meanUs / floor.meanUs, 1),
    "× floor (median)": fmt(t.medianUs / floor.medianUs, 1),
  }));
  console.table(rows);
}
