import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as {
  version: string;
};

export default defineConfig({
  entry: ["src/index.ts", "src/cli.ts"],
  format: ["esm", "cjs"],
  sourcemap: true,
  clean: true,
  // Types only for the library entry; `cli.ts` is the program behind `bin/normas.js`.
  dts: { entry: "src/index.ts", compilerOptions: { ignoreDeprecations: "6.0", composite: false } },
  define: { __NORMAS_CLI_VERSION__: JSON.stringify(version) },
  target: "node20",
  removeNodeProtocol: false,
  treeshake: true,
});
