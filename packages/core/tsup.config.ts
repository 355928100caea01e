import { defineConfig } from "tsup";

export default defineConfig({
  entry: [
    "src/index.ts",
    "src/crisis.ts",
    "src/cases.ts",
    "src/originality.ts",
    "src/moderation.ts",
    "src/text.ts",
    "src/rules.ts",
    "src/schemas.ts",
    "src/samples.ts",
    "src/testing.ts",
    "src/node.ts",
  ],
  format: ["esm", "cjs"],
  sourcemap: true,
  clean: true,
  // tsup 8 injects baseUrl (TS 6 errors TS5101 without ignoreDeprecations) and lists only the entry, which a
  // composite project refuses (TS6307): the declaration build is not composite.
  dts: { compilerOptions: { ignoreDeprecations: "6.0", composite: false } },
  target: "node20",
  removeNodeProtocol: false,
  treeshake: true,
});
