import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";

// The composer: a static page (index.html + one script + one style sheet) built into the server package's
// dist/composer, served by the server at `/` and usable from any static host.
const core = (path: string): string => fileURLToPath(new URL(`../../core/src/${path}`, import.meta.url));

/**
 * The core's clause readers, one chunk per language loaded on demand: the core's static table of readers
 * (`lang/clause-readers.ts`) is replaced by the page's `src/lazy-readers.ts`, which the page fills with the
 * languages it needs before it checks a reply (see the "Bundle size" section of docs/guide/composer.en.md).
 */
const lazyReaders: Plugin = {
  name: "normas-lazy-clause-readers",
  enforce: "pre",
  resolveId(source, importer) {
    if (source === "./clause-readers.js" && importer?.endsWith("/core/src/lang/index.ts"))
      return fileURLToPath(new URL("./src/lazy-readers.ts", import.meta.url));
    if (source === "virtual:normas/reader-es") return core("lang/es/clauses.ts");
    if (source === "virtual:normas/reader-en") return core("lang/en/clauses.ts");
    return undefined;
  },
};

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  plugins: [lazyReaders],
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
      // The moderation tab imports this on first use: the classifier and its word lists load only then.
      {
        find: /^@normas\/core\/moderation$/,
        replacement: fileURLToPath(new URL("../../core/src/moderation.ts", import.meta.url)),
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
