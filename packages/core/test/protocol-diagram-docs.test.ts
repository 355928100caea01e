import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { diagramBlock, GUIDES, withDiagram } from "../scripts/protocol-diagram-docs.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));

describe("the standard protocol's diagram in the guides", () => {
  for (const [locale, file] of Object.entries(GUIDES) as ["en" | "es", string][]) {
    it(`is in sync with the code in ${file} (run \`pnpm docs:diagrams\` after changing the protocol)`, () => {
      const text = readFileSync(`${root}${file}`, "utf8");
      expect(text).toContain(diagramBlock(locale));
      expect(withDiagram(text, locale)).toBe(text);
    });
  }
});
