// Every SARIF log normas writes validates against the SARIF 2.1.0 JSON Schema (shipped in fixtures: no network),
// and carries what code-scanning tools show: help links, full descriptions, default levels, fixes, columns.
import { readFileSync } from "node:fs";
import Ajv04 from "ajv-draft-04";
import formats from "ajv-formats";
import { beforeAll, describe, it } from "vitest";
import { ensureBuilt, fixtures, normas } from "./run-normas.js";
import { EMOJI_POLICY, tempDir } from "./temp-dir.js";

beforeAll(ensureBuilt, 180_000);

const schema = JSON.parse(readFileSync(`${fixtures}sarif/sarif-schema-2.1.0.json`, "utf8"));
// The schema is draft-04, and one of its patterns is not valid with the `u` flag: compiled without it.
const ajv = new Ajv04.default({ allErrors: true, strict: false, unicodeRegExp: false });
formats.default(ajv);
const validate = ajv.compile(schema);
const problems = (log: unknown): string[] =>
  validate(log)
    ? []
    : (validate.errors ?? []).map(
        (e: { instancePath: string; message?: string }) => `${e.instancePath} ${e.message}`,
      );

describe.concurrent("normas check --format sarif", () => {
  const dir = tempDir({
    "normas.config.yaml": `${EMOJI_POLICY}docsBaseUrl: https://docs.example.com/normas/rules/\n`,
    "post.md": "---\nbrand: acme-es\n---\n# Hola 😀\n\nVea `código`.\n",
    "reply.txt": "Thanks 😀 a lot.\n",
    "inbox.jsonl": `${JSON.stringify({ id: "1", brand: "acme-uk", text: 'Caf\u00e9 "ok" 😀 here' })}\nnot json\n`,
  });

  it("validates against the SARIF 2.1.0 schema, with text, Markdown, JSON Lines and invalid inputs", async ({
    expect,
  }) => {
    const r = await normas(["check", "-f", "sarif", "-b", "acme-uk", "."], { cwd: dir });
    const log = JSON.parse(r.stdout);
    expect(problems(log)).toEqual([]);
    expect(log.runs[0].results.length).toBeGreaterThanOrEqual(4);
    // The validator does refuse a log that breaks the schema.
    expect(problems({ ...log, runs: [{ ...log.runs[0], columnKind: "bytes" }] })).not.toEqual([]);
  });

  it("describes each rule with helpUri from the policy's docsBaseUrl, fullDescription and default level", async ({
    expect,
  }) => {
    const log = JSON.parse(
      (await normas(["check", "-f", "sarif", "-b", "acme-uk", "reply.txt"], { cwd: dir })).stdout,
    );
    const emoji = log.runs[0].tool.driver.rules.find((x: { id: string }) => x.id === "voice/emoji");
    expect(emoji).toMatchObject({
      helpUri: "https://docs.example.com/normas/rules/voice/emoji.md",
      defaultConfiguration: { level: "warning" },
    });
    expect(emoji.fullDescription.text).toContain("Norm 4");
    expect(log.runs[0].results[0].properties.docsUrl).toBe(emoji.helpUri);
  });

  it("turns suggestions into fixes, and points a JSON Lines result at columns inside its line", async ({
    expect,
  }) => {
    const log = JSON.parse((await normas(["check", "-f", "sarif", "inbox.jsonl"], { cwd: dir })).stdout);
    const result = log.runs[0].results.find((x: { ruleId: string }) => x.ruleId === "voice/emoji");
    const line = readFileSync(`${dir}/inbox.jsonl`, "utf8").split("\n")[0] as string;
    const region = result.locations[0].physicalLocation.region;
    expect(region.startLine).toBe(1);
    expect(line.slice(region.startColumn - 1, region.endColumn - 1)).toBe("😀");
    const replacement = result.fixes[0].artifactChanges[0].replacements[0];
    const { startColumn, endColumn } = replacement.deletedRegion;
    const fixed =
      line.slice(0, startColumn - 1) + replacement.insertedContent.text + line.slice(endColumn - 1);
    expect(JSON.parse(fixed).text).not.toContain("😀");
    expect(problems(log)).toEqual([]);
  });

  it("the docs base URL of --docs-base-url wins over the policy's", async ({ expect }) => {
    const log = JSON.parse(
      (
        await normas(
          ["check", "-f", "sarif", "-b", "acme-uk", "--docs-base-url", "https://x.example/r", "reply.txt"],
          { cwd: dir },
        )
      ).stdout,
    );
    expect(log.runs[0].results[0].properties.docsUrl).toBe("https://x.example/r/voice/emoji.md");
  });
});
