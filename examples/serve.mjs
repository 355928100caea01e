// `pnpm serve`: one command for the HTTP service and the reply composer on the examples' policy. Builds what is
// stale, then runs `normas serve`; the first run creates a key for you and prints the composer's address with it.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { ensureBuilt, root } from "./build.mjs";

ensureBuilt(["core", "server", "cli"]);

const args = [
  join(root, "packages/cli/bin/normas.js"),
  "serve",
  "--policy",
  join(root, "examples/normas.config.yaml"),
  "--keys",
  join(root, ".normas/keys.json"),
  ...process.argv.slice(2),
];
const child = spawn(process.execPath, args, { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
