import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as {
  version: string;
};

const common = {
  sourcemap: true,
  define: { __NORMAS_CLI_VERSION__: JSON.stringify(version) },
  target: "node20",
  removeNodeProtocol: false,
  treeshake: true,
} as const;

export default defineConfig([
  {
    // The library entry, for both module systems, with types.
    ...common,
    entry: ["src/index.ts"],
    format: ["esm", "cjs"],
    clean: false,
    // `import.meta.url` (to find the worker script) in the CommonJS build too.
    shims: true,
    dts: { entry: "src/index.ts", compilerOptions: { ignoreDeprecations: "6.0", composite: false } },
  },
  {
    // The program behind `bin/normas.js` and its worker threads: ES modules only (nothing requires them).
    ...common,
    entry: ["src/cli.ts", "src/worker.ts"],
    format: ["esm"],
    clean: false,
  },
]);
