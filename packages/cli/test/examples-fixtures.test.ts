import { fileURLToPath } from "node:url";
import { beforeAll, describe, it } from "vitest";
import { ensureBuilt, normas } from "./run-normas.js";

beforeAll(ensureBuilt, 180_000);

// The example agency of examples/, with the built-in rules: what a user sees first.
const examples = fileURLToPath(new URL("../../../examples/", import.meta.url));

describe.concurrent("normas check on the example fixtures, with the built-in rules", () => {
  it("finds the insults and the unauthorised refund in all three formats, with exit code 1", async ({
    expect,
  }) => {
    const pretty = await normas(["check", "fixtures/replies.jsonl"], { cwd: examples });
    expect(pretty.code).toBe(1);
    expect(pretty.stdout).toContain("respect/insult");
    expect(pretty.stdout).toContain("authority/commitment");

    const json = await normas(["check", "fixtures/replies.jsonl", "-f", "json"], { cwd: examples });
    expect(json.code).toBe(1);
    const doc = JSON.parse(json.stdout);
    expect(doc.results).toHaveLength(9);
    const uk2 = doc.results.find((r: { id: string }) => r.id === "uk-2");
    const insult = uk2.violations.find((v: { ruleId: string }) => v.ruleId === "respect/insult");
    expect(insult.excerpt).toBe("idiot");
    // Absolute, so that it works from a SARIF viewer or a terminal anywhere.
    expect(insult.docsUrl).toMatch(/^https:\/\/.+\/respect\/insult\.md$/);
    // The clean replies stay clean.
    for (const id of ["es-1", "mx-1", "uk-1"]) {
      expect(doc.results.find((r: { id: string }) => r.id === id).errorCount).toBe(0);
    }

    const sarif = await normas(["check", "fixtures/replies.jsonl", "-f", "sarif"], { cwd: examples });
    expect(sarif.code).toBe(1);
    const results = JSON.parse(sarif.stdout).runs[0].results as { ruleId: string }[];
    expect(results.some((r) => r.ruleId === "respect/insult")).toBe(true);
  });

  it("finds copied fragments with --sources, and accepts them once quoted and credited", async ({
    expect,
  }) => {
    const r = await normas(
      ["check", "--sources", "fixtures/sources.jsonl", "fixtures/drafts.jsonl", "-f", "json"],
      {
        cwd: examples,
      },
    );
    const doc = JSON.parse(r.stdout);
    const copied = (id: string) =>
      doc.results
        .find((x: { id: string }) => x.id === id)
        .violations.filter((v: { ruleId: string }) => v.ruleId === "originality/unattributed-copy").length;
    for (const id of ["es-escucha", "en-crisis", "en-blend"]) {
      expect(copied(`${id}-before`)).toBe(1);
      expect(copied(`${id}-after`)).toBe(0);
    }
    const without = JSON.parse(
      (await normas(["check", "fixtures/drafts.jsonl", "-f", "json"], { cwd: examples })).stdout,
    );
    expect(without.summary.errors).toBe(0);
  });

  it("checks proposed moderation actions: criticism may not be removed, spam may", async ({ expect }) => {
    const r = await normas(["check", "fixtures/moderation.jsonl", "-f", "json"], { cwd: examples });
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(
      doc.results.map((x: { id: string; target: string; ok: boolean }) => [x.id, x.target, x.ok]),
    ).toEqual([
      ["m1", "moderation", false],
      ["m2", "moderation", true],
      ["m3", "moderation", false],
      ["m4", "moderation", true],
    ]);
    expect(doc.results[0].violations[0].ruleId).toBe("respect/delete-dissent");
  });

  it("validates the example policy", async ({ expect }) => {
    const r = await normas(["policy", "validate", "normas.config.yaml"], { cwd: examples });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("3 brand(s) (acme-es, acme-mx, acme-uk)");
  });

  it("runs the airline drill script of the crisis example", async ({ expect }) => {
    const r = await normas(["crisis", "drill", "standard", "-s", "crisis-drill/airline-data-leak.jsonl"], {
      cwd: examples,
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Final state: closed");
  });
});
