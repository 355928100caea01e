// Runs every benchmark in this folder (`*.bench.ts`), one after another, in one process.
// Benchmarks print medians and ratios against peers measured in the same run; they never fail on time.
import { readdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

for (const file of files) {
  console.log(`\n### ${file.replace(/\.bench\.ts$/, "")}\n`);
  const mod = (await import(pathToFileURL(`${here}${file}`).href)) as { run?: () => Promise<void> };
  if (typeof mod.run === "function") await mod.run();
}
