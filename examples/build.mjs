// Builds @normas/core and @normas/cli when their `dist` is missing or older than their sources, quietly:
// the build's output is shown only if it fails. Used by `pnpm demo` and `pnpm example(s)`.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("..", import.meta.url));

function newest(path) {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

function stale(pkg, output) {
  const dir = join(root, "packages", pkg);
  const built = join(dir, output);
  if (!existsSync(built)) return true;
  const sources = Math.max(newest(join(dir, "src")), newest(join(dir, "package.json")));
  return sources > statSync(built).mtimeMs;
}

/** The pnpm that runs this script (`pnpm demo`), or the pinned one through npx. */
function pnpmCommand() {
  const execPath = process.env.npm_execpath;
  if (execPath !== undefined && /pnpm/.test(execPath)) return [process.execPath, [execPath]];
  return ["npx", ["--yes", "pnpm@10.34.8"]];
}

/**
 * Builds what is stale among `packages` (in order), printing nothing unless a build fails.
 * `NORMAS_SKIP_BUILD=1` uses the packages as they are.
 */
export function ensureBuilt(packages = ["core", "cli", "postgres"]) {
  if (process.env.NORMAS_SKIP_BUILD === "1") return;
  const outputs = {
    core: "dist/index.js",
    cli: "dist/cli.js",
    "ai-sdk": "dist/index.js",
    xstate: "dist/index.js",
    postgres: "dist/index.js",
  };
  const todo = packages.filter((pkg) => stale(pkg, outputs[pkg]));
  if (todo.length === 0) return;
  process.stderr.write(`building ${todo.map((p) => `@normas/${p}`).join(" and ")}…\n`);
  const [cmd, pre] = pnpmCommand();
  for (const pkg of todo) {
    const r = spawnSync(cmd, [...pre, "--filter", `@normas/${pkg}`, "run", "build"], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" },
    });
    if (r.status !== 0) {
      process.stderr.write(`${r.stdout}\n${r.stderr}\nbuild of @normas/${pkg} failed\n`);
      process.exit(r.status ?? 1);
    }
  }
}
