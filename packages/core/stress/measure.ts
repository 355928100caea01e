// Timing for `pnpm stress`: the fastest of a few runs after a warm-up, and the growth check. The fastest, not the
// median: on a shared machine other processes only ever add time, and the median of three runs taken while a
// neighbour compiles can double (measured here: the same 65 kB analysis took 3.5 ms and 28 ms a minute apart). Linear work costs about
// 10× when the input grows 10×; quadratic work costs about 100×. The check fails above 30×, far from both.

/** Input sizes compared, in UTF-16 units (the larger is the engine's maximum text length). */
export const SMALL = 10_000;
export const LARGE = 100_000;
/** The largest growth in time accepted for a 10× larger input. */
export const LIMIT = 30;

/** Median of a list of numbers. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

/**
 * Collects garbage when node runs with `--expose-gc` (the stress script does): each run then starts from the
 * same heap, and a collection owed to earlier runs is not billed to the one measured.
 */
export const collect = (): void => {
  (globalThis as { gc?: () => void }).gc?.();
};

/** Fastest time of `fn` in ms over `runs` runs, after one unmeasured run. */
export function time(fn: () => unknown, runs: number): number {
  fn();
  const samples: number[] = [];
  for (let r = 0; r < runs; r++) {
    collect();
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return Math.min(...samples);
}

/**
 * The growth from `small` to `large` ms. Times under `floor` ms are read as `floor`: at that scale timer
 * resolution and a stray pause decide the figure, and a quadratic path below it at 10 kB still shows at 100 kB.
 */
export const growth = (small: number, large: number, floor: number): number => large / Math.max(small, floor);

/** One measured case. */
export interface Row {
  readonly target: string;
  readonly input: string;
  readonly small: number;
  readonly large: number;
  readonly ratio: number;
}

const fmt = (ms: number): string => (ms < 10 ? ms.toFixed(2) : ms.toFixed(0));

/** Prints the rows as a Markdown table and returns the failing ones. */
export function report(title: string, rows: readonly Row[], all: boolean): Row[] {
  const failing = rows.filter((r) => r.ratio > LIMIT);
  const shown = all ? rows : [...rows].sort((a, b) => b.ratio - a.ratio).slice(0, 8);
  console.log(`\n### ${title} (${rows.length} cases${all ? "" : ", the 8 steepest"})\n`);
  console.log(`| target | input | ms at ${SMALL / 1000} kB | ms at ${LARGE / 1000} kB | growth |`);
  console.log("| --- | --- | ---: | ---: | ---: |");
  for (const r of shown)
    console.log(
      `| ${r.target} | ${r.input} | ${fmt(r.small)} | ${fmt(r.large)} | ${r.ratio.toFixed(1)}×${r.ratio > LIMIT ? " FAIL" : ""} |`,
    );
  return failing;
}
