import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

// The composer: a static page (index.html + one script + one style sheet) built into the server package's
// dist/composer, served by the server at `/` and usable from any static host.
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "./",
  logLevel: "warn",
  build: {
    outDir: fileURLToPath(new URL("../dist/composer", import.meta.url)),
    emptyOutDir: true,
    target: "es2022",
    reportCompressedSize: false,
    modulePreload: { polyfill: false },
  },
});
