// The composer's script budget: what a browser downloads to check replies locally (the core, zod, the lexicons of
// both languages and the page's own code), gzip level 9, measured on the built page.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { defaultComposerDir } from "../src/composer-assets.js";

/**
 * Budget in bytes, gzip. The goal is 120 KB; the page needs about 145 KB today (see
 * docs/guide/composer.en.md, "Bundle size"): this budget stops it from growing while that work is done.
 */
const BUDGET = 150 * 1024;

const assets = join(defaultComposerDir(), "assets");
const built = existsSync(assets);
if (process.env.CI === "true" && !built)
  throw new Error("The composer is not built: run pnpm build before the tests.");

describe.skipIf(!built)("composer bundle size", () => {
  it(`loads at most ${BUDGET / 1024} KB of gzipped script`, () => {
    const scripts = readdirSync(assets).filter((f) => f.endsWith(".js"));
    expect(scripts.length).toBeGreaterThan(0);
    const total = scripts.reduce(
      (sum, f) => sum + gzipSync(readFileSync(join(assets, f)), { level: 9 }).length,
      0,
    );
    console.info(
      `composer script: ${(total / 1024).toFixed(1)} KB gzip (budget ${BUDGET / 1024} KB, goal 120 KB)`,
    );
    expect(total).toBeLessThanOrEqual(BUDGET);
  });
});
