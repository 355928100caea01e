import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  sourcemap: true,
  clean: true,
  // tsup 8 injects baseUrl (TS 6 errors TS5101 without ignoreDeprecations); the declaration build lists only
  // the entry, which a composite project refuses (TS6307).
  dts: { compilerOptions: { ignoreDeprecations: "6.0", composite: false } },
  target: "node20",
  removeNodeProtocol: false,
  treeshake: true,
});
