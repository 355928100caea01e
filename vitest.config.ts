import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: [
      // Subpaths first (`@normas/core/crisis` → src/crisis.ts), then the root.
      {
        find: /^@normas\/core\/([a-z-]+)$/,
        replacement: fileURLToPath(new URL("./packages/core/src/$1.ts", import.meta.url)),
      },
      {
        find: /^@normas\/core$/,
        replacement: fileURLToPath(new URL("./packages/core/src/index.ts", import.meta.url)),
      },
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "core",
          include: ["packages/core/src/**/*.test.ts", "packages/core/test/**/*.test.ts"],
          // Tests assert behaviour, never time (`pnpm stress` checks growth): a generous timeout keeps a
          // property test on a loaded two-core machine from failing for being slow.
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: { name: "cli", include: ["packages/cli/test/**/*.test.ts"], testTimeout: 30_000 },
      },
      {
        extends: true,
        test: {
          name: "ai-sdk",
          include: ["packages/ai-sdk/src/**/*.test.ts", "packages/ai-sdk/test/**/*.test.ts"],
        },
      },
      {
        // The same tests against `ai` 7 (in the peer range; installed as `ai-v7`), so that the claim holds.
        extends: true,
        resolve: {
          alias: [
            { find: /^ai$/, replacement: "ai-v7" },
            { find: /^ai\/test$/, replacement: "ai-v7/test" },
          ],
        },
        test: {
          name: "ai-sdk-ai7",
          include: ["packages/ai-sdk/src/**/*.test.ts", "packages/ai-sdk/test/**/*.test.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "xstate",
          include: ["packages/xstate/src/**/*.test.ts", "packages/xstate/test/**/*.test.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "postgres",
          include: ["packages/postgres/src/**/*.test.ts", "packages/postgres/test/**/*.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
    coverage: {
      provider: "v8",
      include: ["packages/*/src/**/*.ts"],
      exclude: ["**/*.test.ts"],
      reporter: ["text-summary", "json-summary"],
    },
  },
});
