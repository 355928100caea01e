import { describe, expect, it } from "vitest";
import { matchGlob } from "./glob.js";

describe("matchGlob", () => {
  it("matches folders with ** and names with * and ?", () => {
    expect(matchGlob("drafts/es/**", "drafts/es/launch.md")).toBe(true);
    expect(matchGlob("drafts/es/**", "drafts/es/a/b/c.md")).toBe(true);
    expect(matchGlob("drafts/es/**", "drafts/en/launch.md")).toBe(false);
    expect(matchGlob("drafts/*/launch.md", "drafts/en/launch.md")).toBe(true);
    expect(matchGlob("drafts/**/x?.md", "drafts/a/b/x1.md")).toBe(true);
    expect(matchGlob("drafts/**/x?.md", "drafts/x12.md")).toBe(false);
  });

  it("matches a pattern without a slash against the file name in any folder", () => {
    expect(matchGlob("*.es.md", "posts/2025/launch.es.md")).toBe(true);
    expect(matchGlob("*.es.md", "posts/2025/launch.en.md")).toBe(false);
  });

  it("matches every file under a folder the pattern names", () => {
    expect(matchGlob("drafts/es", "drafts/es/launch.md")).toBe(true);
    expect(matchGlob("drafts/es/", "drafts/es/x/launch.md")).toBe(true);
    expect(matchGlob("drafts/es", "drafts/est/launch.md")).toBe(false);
  });

  it("gives the same answer on a hostile pattern as on a plain one (no backtracking blow-up)", () => {
    const name = `${"a".repeat(200)}b`;
    expect(matchGlob(`${"*a".repeat(100)}*c`, name)).toBe(false);
    expect(matchGlob(`${"**/".repeat(50)}x`, `${"d/".repeat(50)}x`)).toBe(true);
  });
});
