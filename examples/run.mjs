// Runs one example (`pnpm example agency-multibrand`) or all of them (`pnpm examples`), after building
// @normas/core, @normas/cli, @normas/ai-sdk, @normas/xstate and @normas/postgres if needed. Examples import `@normas/core` from its built package, as users do.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { ensureBuilt, root } from "./build.mjs";

export const EXAMPLES = [
  "agency-multibrand",
  "moderation-queue",
  "mama-case",
  "originality",
  "crisis-drill",
  "ai-reply-assistant",
  "xstate-drill",
];

/** Runs `examples/<name>/index.ts` with tsx; returns its exit code (and its output when `capture` is set). */
export function runExample(name, { capture = false } = {}) {
  const entry = join(root, "examples", name, "index.ts");
  if (!existsSync(entry)) {
    process.stderr.write(`No example "${name}". Examples: ${EXAMPLES.join(", ")}.\n`);
    return { code: 2, stdout: "" };
  }
  const tsx = join(root, "node_modules", ".bin", "tsx");
  const r = spawnSync(tsx, [entry], { cwd: root, stdio: capture ? "pipe" : "inherit", encoding: "utf8" });
  if (capture && r.status !== 0) process.stderr.write(`${r.stdout}${r.stderr}`);
  return { code: r.status ?? 1, stdout: r.stdout ?? "" };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const names = args.includes("--all") ? EXAMPLES : args;
  if (names.length === 0) {
    process.stderr.write(`Usage: pnpm example <name>   (${EXAMPLES.join(", ")})\n       pnpm examples\n`);
    process.exit(2);
  }
  const unknown = names.filter((name) => !EXAMPLES.includes(name));
  if (unknown.length > 0) {
    process.stderr.write(
      `No example ${unknown.map((n) => `"${n}"`).join(", ")}. Examples: ${EXAMPLES.join(", ")}.\n`,
    );
    process.exit(2);
  }
  ensureBuilt(["core", "cli", "ai-sdk", "xstate", "postgres"]);
  let failed = 0;
  for (const name of names) {
    if (names.length > 1) process.stdout.write(`\n━━━ example: ${name} ━━━\n\n`);
    const { code } = runExample(name);
    if (code !== 0) {
      failed++;
      process.stderr.write(`example ${name} failed (exit ${code})\n`);
    }
  }
  process.exit(failed === 0 ? 0 : 1);
}
