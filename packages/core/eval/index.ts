// Runs every accuracy evaluation in this folder (`*.eval.ts`) on its labeled fixtures and prints the figures.
import { readdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith(".eval.ts"))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

let failed = false;
for (const file of files) {
  console.log(`\n### ${file.replace(/\.eval\.ts$/, "")}\n`);
  const mod = (await import(pathToFileURL(`${here}${file}`).href)) as {
    run?: () => Promise<{ pass?: boolean } | undefined>;
  };
  if (typeof mod.run === "function") {
    const result = await mod.run();
    if (result && result.pass === false) failed = true;
  }
}
if (failed) {
  console.log("\nSome targets were not met (see above).");
}
