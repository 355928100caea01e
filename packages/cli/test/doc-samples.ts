// Extracts the TypeScript samples of the documentation so that a test can typecheck them: a sample that no
// longer compiles against the packages fails CI instead of misleading a reader.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/** One fenced ```ts block of a Markdown page. */
export interface DocSample {
  /** Page, relative to the repository root. */
  readonly page: string;
  /** 1-based line of the sample's first code line in the page. */
  readonly line: number;
  /** The code. */
  readonly code: string;
}

/** Info strings checked; add `skip-check` after the language (```ts skip-check) to show a fragment unchecked. */
const LANGUAGES = new Set(["ts", "typescript", "mts"]);

/** Every `*.md` under `dir`, skipping generated API pages and dependencies. */
export function markdownFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    if (entry === "node_modules" || entry === "api") continue;
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...markdownFiles(path));
    else if (entry.endsWith(".md")) out.push(path);
  }
  return out.sort();
}

/** The checked ```ts samples of one page. Fences are matched line by line (``` or ~~~, three or more). */
export function extractSamples(markdown: string, page: string): DocSample[] {
  const samples: DocSample[] = [];
  const lines = markdown.split("\n");
  let open: { fence: string; info: string[]; start: number; body: string[] } | undefined;
  lines.forEach((raw, index) => {
    const line = raw.replace(/\r$/, "");
    if (open === undefined) {
      const m = /^ {0,3}(`{3,}|~{3,})\s*(.*)$/.exec(line);
      if (m !== null)
        open = { fence: m[1] ?? "```", info: (m[2] ?? "").trim().split(/\s+/), start: index + 2, body: [] };
      return;
    }
    if (line.trim().startsWith(open.fence) && line.trim().replace(/[`~]/g, "") === "") {
      const [lang, ...flags] = open.info;
      if (LANGUAGES.has(lang ?? "") && !flags.includes("skip-check")) {
        samples.push({ page, line: open.start, code: open.body.join("\n") });
      }
      open = undefined;
      return;
    }
    open.body.push(line);
  });
  return samples;
}

/** Every checked sample under `docsDir`, with pages named relative to `root`. */
export function collectSamples(root: string, docsDir: string): DocSample[] {
  return markdownFiles(docsDir).flatMap((file) =>
    extractSamples(readFileSync(file, "utf8"), relative(root, file)),
  );
}
