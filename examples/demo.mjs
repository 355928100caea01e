// `pnpm demo`: a short tour of normas. Builds what it needs (quietly), checks a few Spanish and English
// replies with the command line, then glimpses each example. Every example runs in full with `pnpm example <name>`.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { ensureBuilt, root } from "./build.mjs";
import { EXAMPLES, runExample } from "./run.mjs";

const colour = process.stdout.isTTY === true && !process.env.NO_COLOR;
const bold = (s) => (colour ? `\u001b[1m${s}\u001b[22m` : s);
const dim = (s) => (colour ? `\u001b[2m${s}\u001b[22m` : s);
const title = (s) => process.stdout.write(`\n${bold(`━━ ${s}`)}\n\n`);

ensureBuilt();

process.stdout.write(`${bold("normas")}: community-management policy as code, in Spanish and English.\n`);

title("1. Replies checked before they are posted");
process.stdout.write(
  dim(
    "$ normas check fixtures/demo.jsonl   (policy: examples/normas.config.yaml, three brands, two languages)\n\n",
  ),
);
const check = spawnSync(
  process.execPath,
  [join(root, "packages/cli/bin/normas.js"), "check", "fixtures/demo.jsonl"],
  {
    cwd: join(root, "examples"),
    stdio: "inherit",
  },
);
// Exit code 1 is the point here: two replies break error-level rules.
if (check.status !== 1) {
  process.stderr.write(`demo: normas check exited ${check.status}, expected 1\n`);
  process.exit(1);
}

const glimpses = [
  ["agency-multibrand", "2. One draft, three brands", 8],
  ["moderation-queue", "3. Moderation: criticism stays, spam goes", 6],
  ["mama-case", "4. A complaint from measure to act (MAMA)", 10],
  ["originality", "5. Originality: before and after attribution", 7],
  ["crisis-drill", "6. Crisis drill: an airline data leak", 12],
];
let failed = 0;
for (const [name, heading, lines] of glimpses) {
  title(heading);
  const { code, stdout } = runExample(name, { capture: true });
  if (code !== 0) {
    failed++;
    continue;
  }
  const all = stdout.trimEnd().split("\n");
  process.stdout.write(`${all.slice(0, lines).join("\n")}\n`);
  if (all.length > lines)
    process.stdout.write(dim(`… ${all.length - lines} more lines: pnpm example ${name}\n`));
}

process.stdout.write(
  `\n${bold("Next")}: pnpm example <${EXAMPLES.join("|")}>, pnpm exec normas --help, docs/index.md\n` +
    `${bold("In the browser")}: pnpm serve starts the HTTP service (normas serve) with the reply composer at http://127.0.0.1:8787/\n`,
);
process.exit(failed === 0 ? 0 : 1);
