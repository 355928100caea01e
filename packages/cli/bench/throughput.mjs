// `pnpm bench` for the command line: `normas check` of 100,000 JSON Lines replies (the generator of
// scripts/generate-replies.mjs) against the example policy, in one thread (-j 1) and with worker threads (-j N),
// runs alternated so that machine noise hits both alike. Prints medians: texts/s, CPU time, peak memory, ratio.
// Never fails on time.
//
//   pnpm --filter @normas/cli run bench            (or: node packages/cli/bench/throughput.mjs [count] [runs])
import { spawn, spawnSync } from "node:child_process";
import { createWriteStream, existsSync, mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const count = Number(process.argv[2] ?? 100_000);
const runs = Number(process.argv[3] ?? 3);
const bin = fileURLToPath(new URL("../bin/normas.js", import.meta.url));
const policy = fileURLToPath(new URL("../../../examples/normas.config.yaml", import.meta.url));
const generator = fileURLToPath(new URL("../scripts/generate-replies.mjs", import.meta.url));
if (!existsSync(fileURLToPath(new URL("../dist/cli.js", import.meta.url)))) {
  console.error("Build first: pnpm build");
  process.exit(2);
}

const dir = mkdtempSync(join(tmpdir(), "normas-bench-"));
const input = join(dir, "replies.jsonl");
await new Promise((resolve, reject) => {
  const out = createWriteStream(input);
  const child = spawn(process.execPath, [generator, String(count)], { stdio: ["ignore", "pipe", "inherit"] });
  child.stdout.pipe(out);
  out.on("finish", resolve);
  child.on("error", reject);
});

function once(jobs) {
  const r = spawnSync(
    process.execPath,
    [bin, "check", "-p", policy, input, "-f", "json", "--stats", "-j", String(jobs)],
    {
      encoding: "utf8",
      maxBuffer: 1 << 30,
      env: { ...process.env, NO_COLOR: "1" },
    },
  );
  const m = /checked ([\d,]+) texts in ([\d.]+) s .*CPU ([\d.]+) s; peak memory (\d+) MB/.exec(r.stderr);
  if (m === null) throw new Error(`unexpected output:\n${r.stderr}`);
  return {
    texts: Number(m[1].replaceAll(",", "")),
    seconds: Number(m[2]),
    cpu: Number(m[3]),
    peak: Number(m[4]),
  };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const workers = Math.min(availableParallelism(), 4);
const results = { 1: [], [workers]: [] };
for (let i = 0; i < runs; i++) for (const jobs of [1, workers]) results[jobs].push(once(jobs));
rmSync(dir, { recursive: true, force: true });

console.log(
  `normas check, ${count.toLocaleString("en")} JSON Lines replies, example policy (${runs} runs each, medians)`,
);
const rows = Object.entries(results).map(([jobs, list]) => {
  const seconds = median(list.map((r) => r.seconds));
  const cpu = median(list.map((r) => r.cpu));
  return { jobs, seconds, cpu, rate: Math.round(count / seconds), peak: median(list.map((r) => r.peak)) };
});
// The CPU time of the process (all threads, start-up included) says what the work costs, whatever else the
// machine is doing; the wall time says what a user waits, and on a shared machine depends on the others.
console.log(`  machine: ${availableParallelism()} cores, load average ${loadavg()[0].toFixed(1)} at the end`);
for (const r of rows) {
  console.log(
    `  -j ${r.jobs}: ${r.seconds.toFixed(2)} s, ${r.rate.toLocaleString("en")} texts/s; CPU ${r.cpu.toFixed(2)} s (${Math.round(count / r.cpu).toLocaleString("en")} texts per CPU second); peak memory ${r.peak} MB`,
  );
}
if (rows.length === 2)
  console.log(`  speed-up -j ${workers} / -j 1: ${(rows[0].seconds / rows[1].seconds).toFixed(2)}×`);
