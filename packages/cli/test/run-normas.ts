// Runs the BUILT command line (`bin/normas.js` → `dist/cli.js`) as a user would, in a child process.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const packageDir = fileURLToPath(new URL("..", import.meta.url));
export const fixtures = fileURLToPath(new URL("./fixtures/", import.meta.url));
const bin = fileURLToPath(new URL("../bin/normas.js", import.meta.url));
const coreDir = fileURLToPath(new URL("../../core/", import.meta.url));
const postgresDir = fileURLToPath(new URL("../../postgres/", import.meta.url));
const tsup = fileURLToPath(new URL("../../../node_modules/.bin/tsup", import.meta.url));

/** Builds core, postgres and the CLI when their `dist` is missing (CI builds before testing; a fresh clone may not have). */
export function ensureBuilt(): void {
  for (const [dir, entry] of [
    [coreDir, "dist/index.js"],
    [postgresDir, "dist/index.js"],
    [packageDir, "dist/cli.js"],
  ] as const) {
    if (existsSync(`${dir}${entry}`)) continue;
    const built = spawnSync(tsup, [], { cwd: dir, encoding: "utf8" });
    if (built.status !== 0) throw new Error(`build of ${dir} failed:\n${built.stdout}\n${built.stderr}`);
  }
}

/** What one run of `normas` printed, and its exit code. */
export interface RunResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `normas …args` in `cwd` (default: the fixtures), colour off unless `env` says otherwise. */
export function normas(
  args: readonly string[],
  options: { input?: string; cwd?: string; env?: Record<string, string> } = {},
): Promise<RunResult> {
  const env: Record<string, string | undefined> = { ...process.env };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  delete env.CI;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: options.cwd ?? fixtures,
      env: { ...env, NO_COLOR: "1", ...options.env },
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    child.on("error", reject);
    child.on("close", (code) =>
      resolve({
        code,
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
      }),
    );
    child.stdin.on("error", () => {}); // the program may exit before reading all of its input
    child.stdin.end(options.input ?? "");
  });
}
