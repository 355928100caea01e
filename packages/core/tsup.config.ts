import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  sourcemap: true,
  clean: true,
  dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
  target: "node20",
  removeNodeProtocol: false,
  treeshake: true,
});
