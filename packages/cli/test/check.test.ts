import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { builtinRules } from "@normas/core/rules";
import { beforeAll, describe, it } from "vitest";
import { ensureBuilt, fixtures, normas } from "./run-normas.js";

beforeAll(ensureBuilt, 180_000);

const rules = ["--rules", "rules.mjs"];
const SARIF_LEVEL = { error: "error", warning: "warning", info: "note" } as const;

describe.concurrent("normas check, readable format", () => {
  it("reports JSON Lines in Spanish and English with positions, underlines and exit code 1", async ({
    expect,
  }) => {
    const r = await normas(["check", ...rules, "replies.jsonl"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatchSnapshot();
    expect(r.stdout).toContain("replies.jsonl:3  demo-en #r3");
    expect(r.stdout).toContain("Muletilla «básicamente».");
    expect(r.stdout).toContain('Do not shout: "LOOKING".');
  });

  it("keeps the underline under the offending word after an emoji with a skin tone", async ({ expect }) => {
    const r = await normas(["check", ...rules, "replies.jsonl"]);
    const lines = r.stdout.split("\n");
    const at = lines.findIndex((l) => l.includes("│ Sorry for the wait"));
    const text = lines[at]!.slice(lines[at]!.indexOf("│") + 2);
    const carets = lines[at + 1]!.slice(lines[at + 1]!.indexOf("│") + 2);
    // 👋🏽 is one emoji two columns wide, written with 4 UTF-16 units: the carets must sit 2 columns before
    // the word's UTF-16 offset.
    const wordAt = text.indexOf("LOOKING");
    expect(carets.indexOf("^")).toBe(wordAt - 2);
    expect(carets.trim()).toBe("^^^^^^^");
  });

  it("reports lines that are not JSON, unknown fields and unknown brands as inputs that could not be checked", async ({
    expect,
  }) => {
    const r = await normas(["check", ...rules, "replies.jsonl"]);
    expect(r.stdout).toMatch(
      /replies\.jsonl:5 {2}demo-en #r4\n {2}error {4}Invalid input\. {2}normas\/invalid-input\n +colour: /,
    );
    expect(r.stdout).toContain("replies.jsonl:6\n  error    Not a JSON object");
    expect(r.stdout).toContain('brand: Brand "nope" is not in the policy (brands: demo-es, demo-en).');
    expect(r.stdout).toContain("3 inputs could not be checked");
  });

  it("checks a plain text file with file lines and columns, in the brand given by --brand", async ({
    expect,
  }) => {
    const r = await normas(["check", ...rules, "--brand", "demo-es", "reply-es.txt", "clean-en.txt"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatchSnapshot();
    expect(r.stdout).toContain("reply-es.txt  demo-es\n  3:40  error    No grite: «ESTÁ».");
  });

  it("checks Markdown as prose: code, front matter and link targets are not checked, positions stay the file's", async ({
    expect,
  }) => {
    const r = await normas(["check", ...rules, "--brand", "demo-en", "--as", "post", "post-en.md"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatchSnapshot();
    expect(r.stdout).toContain('4:7   error    Do not shout: "SPRING".');
    expect(r.stdout).toContain('6:43  error    Do not shout: "SHOP".');
    expect(r.stdout).not.toContain("CODE");
    expect(r.stdout).not.toContain("UPPERCASE");
    expect(r.stdout).not.toContain("title");
  });

  it("exits 0 and says so when nothing is wrong", async ({ expect }) => {
    const r = await normas(["check", ...rules, "--brand", "demo-en", "clean-en.txt"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("✔ 1 text checked: no problems.\n");
  });

  it("exits 0 on warnings alone, and 1 when they pass --max-warnings", async ({ expect }) => {
    const input = `${JSON.stringify({ brand: "demo-en", text: "Basically, yes." })}\n`;
    const warnOnly = await normas(["check", ...rules, "-"], { input });
    expect(warnOnly.code).toBe(0);
    expect(warnOnly.stdout).toContain("⚠ 1 problem (0 errors, 1 warning) in 1 of 1 text.");
    expect((await normas(["check", ...rules, "--max-warnings", "0", "-"], { input })).code).toBe(1);
    expect((await normas(["check", ...rules, "--max-warnings", "1", "-"], { input })).code).toBe(0);
  });

  it("reads text from standard input with --brand, and JSON Lines from standard input by their first character", async ({
    expect,
  }) => {
    const text = await normas(["check", ...rules, "--brand", "demo-es"], { input: "Esto es INACEPTABLE." });
    expect(text.code).toBe(1);
    expect(text.stdout).toContain("<stdin>  demo-es\n  1:9  error    No grite: «INACEPTABLE».");
    const lines = await normas(["check", ...rules], {
      input: readFileSync(`${fixtures}replies.jsonl`, "utf8"),
    });
    expect(lines.stdout).toContain("<stdin>:3  demo-en #r3");
  });

  it("writes messages in the language asked with --lang", async ({ expect }) => {
    const r = await normas(["check", ...rules, "--lang", "en", "--brand", "demo-es", "reply-es.txt"]);
    expect(r.stdout).toContain('Do not shout: "ESTÁ".');
  });

  it("colours only when asked: FORCE_COLOR on, NO_COLOR wins, --no-color wins", async ({ expect }) => {
    const args = ["check", ...rules, "--brand", "demo-es", "reply-es.txt"];
    const coloured = await normas(args, { env: { NO_COLOR: "", FORCE_COLOR: "1" } });
    expect(coloured.stdout).toContain("\u001b[4m\u001b[31mESTÁ\u001b[39m\u001b[24m");
    expect((await normas(args, { env: { NO_COLOR: "1", FORCE_COLOR: "1" } })).stdout).not.toContain(
      "\u001b[",
    );
    expect(
      (await normas([...args, "--no-color"], { env: { NO_COLOR: "", FORCE_COLOR: "1" } })).stdout,
    ).not.toContain("\u001b[");
    expect((await normas(args, { env: { NO_COLOR: "" } })).stdout).not.toContain("\u001b["); // not a terminal
  });

  it("finds normas.config.yaml upward from the working directory", async ({ expect }) => {
    const r = await normas(["check", "--rules", "../../rules.mjs", "-b", "demo-en", "shout.txt"], {
      cwd: `${fixtures}nested/deeper`,
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('1:9  error    Do not shout: "MORE".');
  });

  it("resolves extends of another policy file, relative to the file, and merges rule options", async ({
    expect,
  }) => {
    const r = await normas([
      "check",
      ...rules,
      "-p",
      "extends-file.yaml",
      "nested/deeper/shout.txt",
      "reply-es.txt",
    ]);
    // minLetters 6 from the extending file: "MORE" and "ESTÁ" (4 letters) pass.
    expect(r.code).toBe(0);
  });
});

describe.concurrent("normas check, machine formats", () => {
  it("--format json prints one document with a result per text, violations with line and column", async ({
    expect,
  }) => {
    const r = await normas(["check", ...rules, "-f", "json", "replies.jsonl"]);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.results).toHaveLength(6);
    expect(doc.results[0]).toEqual({
      file: "replies.jsonl",
      line: 1,
      id: "r1",
      brand: "demo-es",
      target: "reply",
      ok: true,
      errorCount: 0,
      warningCount: 0,
      violations: [],
    });
    const shout = doc.results[2].violations[0];
    expect(shout).toMatchObject({
      ruleId: "demo/no-shouting",
      severity: "error",
      span: { start: 33, end: 40 },
      excerpt: "LOOKING",
      position: { line: 1, column: 34, endLine: 1, endColumn: 41 },
      docsUrl: "https://example.com/rules/no-shouting",
    });
    expect(doc.results[3].error.issues[0].pathText).toBe("colour");
    expect(doc.summary).toMatchObject({
      texts: 6,
      textsWithProblems: 2,
      errors: 1,
      warnings: 2,
      invalid: 3,
      files: 1,
    });
    expect({ ...doc, summary: { ...doc.summary, seconds: 0 } }).toMatchSnapshot();
  });

  it("--format sarif prints a SARIF 2.1.0 log with exact regions for text files", async ({ expect }) => {
    const r = await normas(["check", ...rules, "-f", "sarif", "-b", "demo-es", "reply-es.txt"]);
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout);
    expect(log.version).toBe("2.1.0");
    const run = log.runs[0];
    expect(run.tool.driver.name).toBe("normas");
    const ids = run.tool.driver.rules.map((x: { id: string }) => x.id);
    // Every rule a result may name: the built-in catalogue, the custom rules, the CLI's pseudo rules.
    expect(ids).toEqual(
      expect.arrayContaining(["demo/filler", "demo/no-shouting", "voice/emoji", "normas/invalid-input"]),
    );
    expect(run.results).toHaveLength(1);
    expect(run.results[0]).toMatchObject({
      ruleId: "demo/no-shouting",
      ruleIndex: ids.indexOf("demo/no-shouting"),
      level: "error",
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: "reply-es.txt" },
            region: { startLine: 3, startColumn: 40, endLine: 3, endColumn: 44, snippet: { text: "ESTÁ" } },
          },
        },
      ],
    });
    // The built-in catalogue, checked by id against the core's (each with its help link, level and norm), so
    // that a rule added to the core or a reworded rule text does not rewrite this snapshot.
    const catalogue = new Map<string, (typeof builtinRules)[number]>(builtinRules.map((r) => [r.id, r]));
    const builtIn = run.tool.driver.rules.filter((r: { id: string }) => catalogue.has(r.id));
    expect(builtIn.map((r: { id: string }) => r.id)).toEqual(builtinRules.map((r) => r.id));
    for (const entry of builtIn) {
      const meta = catalogue.get(entry.id)!.meta;
      expect(entry).toEqual({
        id: entry.id,
        shortDescription: { text: meta.docs.description },
        fullDescription: { text: expect.stringContaining(`Norm ${meta.norm}: `) },
        helpUri: `https://github.com/normas-dev/normas/blob/main/docs/rules/${entry.id}.md`,
        defaultConfiguration: { level: SARIF_LEVEL[meta.defaultSeverity] },
        properties: { norm: meta.norm, tags: [`norm-${meta.norm}`, entry.id.split("/")[0]] },
      });
    }
    // The rest of the log as it is: results (ruleIndex checked above), custom and pseudo rules.
    const rest = {
      ...log,
      runs: [
        {
          ...run,
          results: run.results.map((x: object) => ({ ...x, ruleIndex: "(index of ruleId, checked above)" })),
          tool: {
            ...run.tool,
            driver: {
              ...run.tool.driver,
              rules: run.tool.driver.rules.filter((r: { id: string }) => !catalogue.has(r.id)),
            },
          },
        },
      ],
    };
    expect(rest).toMatchSnapshot();
  });

  it("--format sarif points JSON Lines results at their line and keeps the span in properties", async ({
    expect,
  }) => {
    const log = JSON.parse((await normas(["check", ...rules, "-f", "sarif", "replies.jsonl"])).stdout);
    const results = log.runs[0].results;
    expect(results.map((x: { ruleId: string }) => x.ruleId)).toEqual([
      "demo/filler",
      "demo/no-shouting",
      "demo/filler",
      "normas/invalid-input",
      "normas/invalid-input",
      "normas/invalid-input",
    ]);
    // The line of the record, and the columns of "LOOKING" inside the JSON of that line.
    const line = readFileSync(`${fixtures}replies.jsonl`, "utf8").split("\n")[2] as string;
    const region = results[1].locations[0].physicalLocation.region;
    expect(region).toMatchObject({ startLine: 3, endLine: 3 });
    expect(line.slice(region.startColumn - 1, region.endColumn - 1)).toBe("LOOKING");
    expect(results[1].properties).toMatchObject({ span: { start: 33, end: 40 }, brand: "demo-en", id: "r3" });
    expect(results[0].level).toBe("warning");
  });
});

describe.concurrent("normas check, bad usage and bad policies exit 2", () => {
  it("names the policy file, line, column, JSON path and message of each problem", async ({ expect }) => {
    const r = await normas(["check", ...rules, "-p", "invalid.yaml", "-b", "demo-en", "clean-en.txt"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.split("\n").slice(0, 4)).toEqual([
      "normas: Invalid policy file invalid.yaml",
      expect.stringMatching(/^ {2}invalid\.yaml:2:9 {2}brands\[0\]\.id: \S/),
      expect.stringMatching(/^ {2}invalid\.yaml:4:13 {2}brands\[0\]\.locale: \S/),
      expect.stringMatching(/^ {2}invalid\.yaml:7:19 {2}rules\["respect\/insult"\]: \S/),
    ]);
  });

  it("points at the line of a YAML syntax error", async ({ expect }) => {
    // Written at run time: a broken YAML file in the tree would break the formatter.
    const dir = mkdtempSync(join(tmpdir(), "normas-cli-"));
    writeFileSync(join(dir, "broken.yaml"), "brands:\n  - id: demo\n    name: [unclosed\n");
    writeFileSync(join(dir, "clean.txt"), "Thanks.\n");
    const r = await normas(["check", "-p", "broken.yaml", "clean.txt"], { cwd: dir });
    rmSync(dir, { recursive: true, force: true });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Cannot parse policy file broken.yaml\n  broken.yaml:4:1  (root): ");
  });

  it("refuses a YAML policy whose aliases would expand into a huge document", async ({ expect }) => {
    const dir = mkdtempSync(join(tmpdir(), "normas-cli-"));
    const lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 8; i++)
      lines.push(
        `${"abcdefgh"[i]}: &${"abcdefgh"[i]} [${Array(10)
          .fill(`*${"abcdefgh"[i - 1]}`)
          .join(", ")}]`,
      );
    writeFileSync(join(dir, "laughs.yaml"), `${lines.join("\n")}\n`);
    const r = await normas(["policy", "validate", "laughs.yaml"], { cwd: dir });
    rmSync(dir, { recursive: true, force: true });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Cannot parse policy file laughs.yaml");
  });

  it("reports a cycle of policy files instead of looping", async ({ expect }) => {
    const r = await normas(["check", ...rules, "-p", "loop-a.yaml", "clean-en.txt"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('loop-a.yaml:1:10  extends: "loop-b.yaml" extends itself.');
  });

  it("refuses an unknown brand and a missing file", async ({ expect }) => {
    const brand = await normas(["check", ...rules, "-b", "acme", "clean-en.txt"]);
    expect(brand.code).toBe(2);
    expect(brand.stderr).toContain('Unknown brand "acme". Brands in the policy: demo-es, demo-en.');
    const missing = await normas(["check", ...rules, "-b", "demo-en", "nothing.txt"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Cannot read "nothing.txt": no such file.');
  });

  it("refuses an unknown option and an unknown format", async ({ expect }) => {
    expect((await normas(["check", "--bogus"])).code).toBe(2);
    expect((await normas(["check", ...rules, "-f", "xml", "clean-en.txt"])).code).toBe(2);
  });

  it("reports a text without a brand as an input that could not be checked, and checks the others", async ({
    expect,
  }) => {
    const noBrand = await normas(["check", ...rules, "clean-en.txt", "replies.jsonl"]);
    expect(noBrand.code).toBe(1);
    expect(noBrand.stdout).toContain(
      "clean-en.txt\n  error    No brand: add an override for this file to the policy, or pass --brand (brands: demo-es, demo-en).",
    );
    expect(noBrand.stdout).toContain("replies.jsonl:3  demo-en #r3");
  });

  it("refuses a policy that configures a rule it does not know (no --rules)", async ({ expect }) => {
    const r = await normas(["check", "-b", "demo-en", "clean-en.txt"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'normas.config.yaml:11:21  rules["demo/no-shouting"]: Unknown rule "demo/no-shouting".',
    );
  });
});

describe.concurrent("normas check, more inputs", () => {
  it("checks a JSON Lines record with a post kind as a post", async ({ expect }) => {
    const input = `${JSON.stringify({ brand: "demo-en", kind: "promotional", text: "HUGE sale" })}\n`;
    const doc = JSON.parse((await normas(["check", ...rules, "-f", "json"], { input })).stdout);
    // demo/filler only checks replies, demo/no-shouting reports every capital run in posts.
    expect(doc.results[0]).toMatchObject({ target: "post", errorCount: 1 });
  });

  it("reads Markdown from standard input when --stdin-filename says so", async ({ expect }) => {
    const input = "```\nCODE\n```\nWe are LOOKING into it.\n";
    const r = await normas(["check", ...rules, "-b", "demo-en", "--stdin-filename", "note.md"], { input });
    expect(r.stdout).toContain("note.md  demo-en\n  4:8  error");
    expect(r.stdout).not.toContain("CODE");
  });

  it("points at the line and column of a JSON syntax error in a JSON policy", async ({ expect }) => {
    const dir = mkdtempSync(join(tmpdir(), "normas-cli-"));
    writeFileSync(join(dir, "normas.config.json"), '{\n  "brands": [\n    { "id": "a", }\n  ]\n}\n');
    const r = await normas(["check", "-b", "a", "-"], { cwd: dir, input: "Hello" });
    rmSync(dir, { recursive: true, force: true });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /Cannot parse policy file normas\.config\.json\n {2}normas\.config\.json:3:18 {2}\(root\): /,
    );
  });

  it("checks the text, Markdown and JSON Lines files under a directory", async ({ expect }) => {
    const r = await normas(["check", ...rules, "-b", "demo-en", "nested", "-f", "json"]);
    const doc = JSON.parse(r.stdout);
    expect(doc.results.map((x: { file: string; errorCount: number }) => [x.file, x.errorCount])).toEqual([
      ["nested/deeper/shout.txt", 1],
    ]);
  });

  it("refuses a text longer than normas checks without reading all of it, and goes on", async ({
    expect,
  }) => {
    const input = "a ".repeat(60_000);
    const r = await normas(["check", ...rules, "-b", "demo-en", "-f", "json", "-", "clean-en.txt"], {
      input,
    });
    const doc = JSON.parse(r.stdout);
    expect(r.code).toBe(1);
    expect(doc.results[0]).toMatchObject({ file: "<stdin>", ok: false, error: { code: "text_too_long" } });
    expect(doc.results[1]).toMatchObject({ file: "clean-en.txt", ok: true });
  });

  it("refuses a rules module that exports no rule", async ({ expect }) => {
    const r = await normas(["check", "--rules", "normas.config.yaml", "-b", "demo-en", "clean-en.txt"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Cannot load rules from "normas.config.yaml"');
  });
});
