// The composer's script budget, gzip level 9, measured on the built page. Before it can check a reply, the page
// loads its entry script (the core, zod/mini, both languages' word lists, the page) and the clause reader of the
// selected brand's language; the other language's reader and the moderation classifier come only when a brand in
// that language is picked or a comment is first checked.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { defaultComposerDir } from "../src/composer-assets.js";

/** The goal: what the page loads before it can check a reply, in one language, gzip. */
const FIRST_CHECK_BUDGET = 120 * 1024;
/** Every script of the page together (about 149 KB today): stops the lazy parts from growing unseen. */
const TOTAL_BUDGET = 152 * 1024;

const dir = defaultComposerDir();
const assets = join(dir, "assets");
const built = existsSync(assets);
if (process.env.CI === "true" && !built)
  throw new Error("The composer is not built: run pnpm build before the tests.");

const read = (file: string): string => readFileSync(join(assets, file), "utf8");
const gzipped = (file: string): number => gzipSync(readFileSync(join(assets, file)), { level: 9 }).length;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** The chunks a chunk imports statically (`from"./x.js"`), and the ones it imports on demand (`import("./x.js")`). */
function imports(file: string): { readonly statics: string[]; readonly dynamics: string[] } {
  const source = read(file);
  const statics = [...source.matchAll(/from\s*["'`]\.\/([^"'`]+\.js)["'`]/g)].map((m) => m[1] as string);
  const dynamics = [...source.matchAll(/import\(\s*["'`]\.\/([^"'`]+\.js)["'`]\s*\)/g)].map(
    (m) => m[1] as string,
  );
  return { statics, dynamics };
}

/** `file` and every chunk it reaches through static imports. */
function closure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const next of imports(file).statics) closure(next, seen);
  return seen;
}

describe.skipIf(!built)("composer bundle size", () => {
  const scripts = built ? readdirSync(assets).filter((f) => f.endsWith(".js")) : [];
  const html = built ? readFileSync(join(dir, "index.html"), "utf8") : "";
  const entry = scripts.find((f) => html.includes(`assets/${f}`)) as string;
  const lazy = built ? imports(entry).dynamics : [];
  const readers = lazy.filter((f) => f.startsWith("clauses-"));

  it("loads one clause reader per language, and the moderation classifier, only on demand", () => {
    expect(entry).toBeDefined();
    expect(readers).toHaveLength(2);
    const moderation = lazy.find((f) => f.startsWith("moderation-"));
    expect(moderation).toBeDefined();
    for (const chunk of [...readers, moderation as string]) {
      expect(html).not.toContain(chunk);
      expect(closure(entry).has(chunk)).toBe(false);
    }
    // Each reader is one language's: the Spanish one knows `filtración`, the English one does not.
    expect(readers.filter((f) => read(f).includes("filtracion"))).toHaveLength(1);
  });

  it(`loads at most ${FIRST_CHECK_BUDGET / 1024} KB of gzipped script before the first check, in either language`, () => {
    const first = closure(entry);
    for (const reader of readers) {
      const files = closure(reader, new Set(first));
      const size = [...files].reduce((sum, f) => sum + gzipped(f), 0);
      const language = read(reader).includes("filtracion") ? "es" : "en";
      console.info(
        `composer before the first check (${language}): ${kb(size)} gzip (entry ${kb(gzipped(entry))}; goal ${kb(FIRST_CHECK_BUDGET)})`,
      );
      expect(size).toBeLessThanOrEqual(FIRST_CHECK_BUDGET);
    }
  });

  it(`loads at most ${TOTAL_BUDGET / 1024} KB of gzipped script in all`, () => {
    const total = scripts.reduce((sum, f) => sum + gzipped(f), 0);
    console.info(`composer scripts in all: ${kb(total)} gzip (budget ${kb(TOTAL_BUDGET)})`);
    expect(total).toBeLessThanOrEqual(TOTAL_BUDGET);
  });
});
