import { beforeAll, describe, it } from "vitest";
import { ensureBuilt, normas } from "./run-normas.js";

beforeAll(ensureBuilt, 180_000);

describe.concurrent("normas policy validate", () => {
  it("accepts a valid policy and says what it holds", async ({ expect }) => {
    const r = await normas(["policy", "validate", "--rules", "rules.mjs", "normas.config.yaml"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      "✔ normas.config.yaml: valid policy, 2 brand(s) (demo-es, demo-en), 2 rule(s) on.\n",
    );
  });

  it("lists every problem with path, line and column, and exits 2", async ({ expect }) => {
    const r = await normas(["policy", "validate", "invalid.yaml"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("invalid.yaml:2:9  brands[0].id:");
    expect(r.stderr).toContain('invalid.yaml:7:19  rules["respect/insult"]:');
  });

  it("prints the issues as JSON with --format json, in Spanish with --lang es", async ({ expect }) => {
    const r = await normas(["policy", "validate", "-f", "json", "--lang", "es", "invalid.yaml"]);
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout);
    expect(out.valid).toBe(false);
    expect(out.issues.map((i: { pathText: string; line: number }) => [i.pathText, i.line])).toEqual([
      ["brands[0].id", 2],
      ["brands[0].locale", 4],
      ['rules["respect/insult"]', 7],
      // Found in the same pass as the schema errors (it used to take a second run).
      ['rules["demo/unknown-rule"]', 6],
    ]);
    expect(out.issues[1].message).not.toBe(
      JSON.parse((await normas(["policy", "validate", "-f", "json", "invalid.yaml"])).stdout).issues[1]
        .message,
    );
  });

  it("exits 2 for a file that does not exist", async ({ expect }) => {
    const r = await normas(["policy", "validate", "missing.yaml"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Cannot read policy file missing.yaml");
  });
});

describe.concurrent("normas policy schema", () => {
  it("prints the JSON Schema of policy files, with every built-in rule's settings", async ({ expect }) => {
    const r = await normas(["policy", "schema"]);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.properties.brands.type).toBe("array");
    expect(schema.properties.rules.type).toBe("object");
    expect(schema.properties.rules.additionalProperties).toBe(false);
  });
});

describe.concurrent("normas (top level)", () => {
  it("prints its version and help with exit 0, and exits 2 on an unknown command", async ({ expect }) => {
    expect((await normas(["--version"])).stdout).toMatch(/^\d+\.\d+\.\d+/);
    const help = await normas(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("check [options] [files...]");
    expect((await normas(["frobnicate"])).code).toBe(2);
  });
});
