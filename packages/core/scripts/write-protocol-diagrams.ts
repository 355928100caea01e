// Writes the standard protocol's diagram into the crisis-protocol guides (en, es). Run: `pnpm docs:diagrams`.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { GUIDES, withDiagram } from "./protocol-diagram-docs.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));
for (const [locale, file] of Object.entries(GUIDES) as ["en" | "es", string][]) {
  const text = readFileSync(`${root}${file}`, "utf8");
  const next = withDiagram(text, locale);
  if (next === undefined) throw new Error(`${file}: the protocol-diagram markers are missing`);
  if (next !== text) writeFileSync(`${root}${file}`, next);
  console.log(`${file}: ${next === text ? "up to date" : "written"}`);
}
