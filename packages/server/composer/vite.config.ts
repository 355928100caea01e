import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

// The composer: a static page (index.html + one script + one style sheet) built into the server package's
// dist/composer, served by the server at `/` and usable from any static host.
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "./",
  logLevel: "warn",
  resolve: {
    // The core's source rather than its built package: tsup merges modules that the same entries reach into one
    // chunk, so `dist` puts the case-workflow schemas (classic zod, never run by the page) beside `evaluate`, and
    // their top-level `z.int().min(0)` calls cannot be dropped. From the source (`sideEffects: false`), unused
    // modules go whole and the page carries only `zod/mini`.
    alias: [
      {
        find: /^@normas\/core$/,
        replacement: fileURLToPath(new URL("../../core/src/index.ts", import.meta.url)),
      },
    ],
  },
  build: {
    outDir: fileURLToPath(new URL("../dist/composer", import.meta.url)),
    emptyOutDir: true,
    target: "es2022",
    reportCompressedSize: false,
    modulePreload: { polyfill: false },
  },
});
