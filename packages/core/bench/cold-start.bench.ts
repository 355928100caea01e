// Cold start, in fresh node processes (medians of several runs): importing `@normas/core`, the first
// `compilePolicy` of the example policy (examples/normas.config.yaml) and the first evaluation after it, and a
// one-text `normas check` against a bare `node -e ''` measured in the same run. Uses the built packages
// (`pnpm build` first). Figures are printed, never asserted. Goals (issue 16): import ≤ 60 ms, first compile
// ≤ 100 ms, one-text CLI check ≤ 2× bare node.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const core = fileURLToPath(new URL("..", import.meta.url));
const repo = fileURLToPath(new URL("../../..", import.meta.url));
const policy = join(repo, "examples", "normas.config.yaml");
const cli = join(repo, "packages", "cli", "bin", "normas.js");
const RUNS = Number(process.env.COLD_RUNS ?? 9);

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};

// Runs in the child: the package resolves itself by name (its `exports`), as an app's import would.
const probe = `
const t0 = performance.now();
const core = await import("@normas/core");
const t1 = performance.now();
const { loadPolicyFile } = await import("@normas/core/node");
const { policy } = await loadPolicyFile(${JSON.stringify(policy)});
const t2 = performance.now();
const compiled = core.compilePolicy(policy);
const t3 = performance.now();
core.evaluateReply(compiled, { brand: "acme-es", author: { id: "a", roles: [] }, text: "Hola, gracias por escribirnos." });
const t4 = performance.now();
core.evaluateReply(compiled, { brand: "acme-uk", author: { id: "a", roles: [] }, text: "Hello, thanks for writing to us." });
const t5 = performance.now();
console.log(JSON.stringify({ import: t1 - t0, compile: t3 - t2, firstEvalEs: t4 - t3, firstEvalEn: t5 - t4 }));
`;

function wall(args: string[], cwd: string): number {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { cwd, encoding: "utf8" });
  const ms = performance.now() - t;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  return ms;
}

/** Prints the cold-start figures. */
export async function run(): Promise<void> {
  if (!existsSync(join(core, "dist", "index.js")) || !existsSync(join(repo, "packages", "cli", "dist"))) {
    console.log("cold-start: build first (pnpm build); skipped.");
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), "normas-cold-"));
  const text = join(dir, "one.txt");
  writeFileSync(text, "Hola, gracias por escribirnos. Le respondemos por mensaje privado.\n");
  const figures: Record<string, number[]> = { import: [], compile: [], firstEvalEs: [], firstEvalEn: [] };
  const bare: number[] = [];
  const check: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const r = spawnSync(process.execPath, ["--input-type=module", "-e", probe], {
        cwd: core,
        encoding: "utf8",
      });
      if (r.status !== 0) throw new Error(r.stderr);
      const got = JSON.parse(r.stdout.trim().split("\n").pop() ?? "{}") as Record<string, number>;
      for (const key of Object.keys(figures)) figures[key]?.push(got[key] ?? Number.NaN);
      bare.push(wall(["-e", ""], dir));
      check.push(wall([cli, "check", "--policy", policy, "--brand", "acme-es", text], dir));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const row = (name: string, ms: number, goal: string): string =>
    `| ${name} | ${ms.toFixed(0)} ms | ${goal} |`;
  console.log(`Fresh node processes, median of ${RUNS} runs (node ${process.version}).\n`);
  console.log("| measure | median | goal |\n|---|---|---|");
  console.log(row("import @normas/core", median(figures.import ?? []), "≤ 60 ms"));
  console.log(
    row("first compilePolicy (example policy, 3 brands)", median(figures.compile ?? []), "≤ 100 ms"),
  );
  console.log(row("first evaluateReply after it (es)", median(figures.firstEvalEs ?? []), "-"));
  console.log(row("first evaluateReply in the other language (en)", median(figures.firstEvalEn ?? []), "-"));
  console.log(row("bare `node -e ''`", median(bare), "-"));
  console.log(row("`normas check` of one text", median(check), "-"));
  console.log(`| ratio check / bare node | ${(median(check) / median(bare)).toFixed(1)}× | ≤ 2× |`);
}
