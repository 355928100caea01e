import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  sourcemap: true,
  // The composer is built into dist/composer by vite after tsup: tsup must not wipe it, so the build script
  // cleans dist itself first.
  clean: false,
  // `import.meta.url` (to find the composer's files) in the CommonJS build too.
  shims: true,
  dts: { compilerOptions: { ignoreDeprecations: "6.0", composite: false } },
  target: "node20",
  removeNodeProtocol: false,
  treeshake: true,
});
