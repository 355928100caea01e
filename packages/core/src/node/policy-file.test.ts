import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PolicyError } from "../model/errors.js";
import { findPolicyFile, type LocatedIssue, loadPolicyFile, PolicyFileError } from "./policy-file.js";

const dir = mkdtempSync(join(tmpdir(), "normas-policy-file-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
function write(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
const brandYaml = "brands:\n  - { id: demo-es, name: Demo, locale: es-ES }\n";
const brandJson = '{ "brands": [{ "id": "demo-en", "name": "Demo", "locale": "en-GB" }] }';

async function issuesOf(
  path: string,
  locale?: "es",
): Promise<{ error: PolicyFileError; issues: LocatedIssue[] }> {
  try {
    await loadPolicyFile(path, { cwd: dir, ...(locale === undefined ? {} : { locale }) });
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyFileError);
    expect(error).toBeInstanceOf(PolicyError);
    const e = error as PolicyFileError;
    expect(e.code).toBe("POLICY_FILE_INVALID");
    return { error: e, issues: [...e.issues] };
  }
  throw new Error(`${path} loaded`);
}

describe("loadPolicyFile: extends of something that is not a policy", () => {
  for (const [what, content] of [
    ["an empty file", ""],
    ["a file holding only null", "null\n"],
    ["a file holding a list", "- a\n- b\n"],
    ["a file holding a scalar", "just words\n"],
  ] as const) {
    it(`refuses ${what} with the file and line of the extends entry`, async () => {
      const base = `base-${++n}.yaml`;
      write(base, content);
      const main = write(
        `main-${n}.yaml`,
        `# comment\nextends:\n  - recommended\n  - ./${base}\n${brandYaml}`,
      );
      const { error, issues } = await issuesOf(main);
      expect(issues[0]).toMatchObject({
        code: "extends_not_a_policy",
        pathText: "extends[1]",
        file: `main-${n}.yaml`,
        line: 4,
        column: 5,
      });
      expect(error.message).toContain(`main-${n}.yaml:4:5  extends[1]: "./${base}"`);
    });
  }

  it("refuses a policy file that is itself empty or a list, at line 1", async () => {
    for (const content of ["", "[1, 2]\n"]) {
      const { issues } = await issuesOf(write(`root-${++n}.yaml`, content));
      expect(issues[0]).toMatchObject({ code: "not_a_policy", line: 1, column: 1 });
    }
  });

  it("names an extended file that does not exist where it is referenced, in Spanish too", async () => {
    const main = write(`main-${++n}.yaml`, `extends: ./nowhere.yaml\n${brandYaml}`);
    const { issues } = await issuesOf(main, "es");
    expect(issues[0]).toMatchObject({ code: "extends_unreadable", line: 1, column: 10 });
    expect(issues[0]?.message).toContain("nowhere.yaml");
  });

  it("reads a file extended twice (a diamond) once and loads the policy", async () => {
    write("leaf.yaml", "rules:\n  voice/emoji: warn\n");
    write("left.yaml", "extends: ./leaf.yaml\n");
    write("right.yaml", "extends: ./leaf.yaml\n");
    const main = write("diamond.yaml", `extends: [./left.yaml, ./right.yaml]\n${brandYaml}`);
    const loaded = await loadPolicyFile(main, { cwd: dir });
    expect(loaded.files.map((f) => f.slice(dir.length + 1))).toEqual([
      "diamond.yaml",
      "left.yaml",
      "leaf.yaml",
      "right.yaml",
    ]);
    // The leaf is expanded once (its first place); a setting merged from one layer keeps its written form.
    expect(["warn", { level: "warn" }]).toContainEqual(loaded.policy.rules["voice/emoji"]);
  });
});

describe("loadPolicyFile: JSON", () => {
  it("gives the line and column of a syntax error (on Node 20 too)", async () => {
    const path = write("syntax.json", '{\n  "brands": [\n    { "id": "a", }\n  ]\n}\n');
    const { issues } = await issuesOf(path);
    expect(issues[0]).toMatchObject({ code: "invalid_json", file: "syntax.json", line: 3, column: 18 });
    expect(issues[0]?.message).toContain("Trailing comma");
  });

  it("accepts a UTF-8 byte-order mark, as for YAML", async () => {
    const bom = Uint8Array.from([0xef, 0xbb, 0xbf]);
    const json = write("bom.json", Buffer.concat([bom, Buffer.from(brandJson)]));
    const yaml = write("bom.yaml", Buffer.concat([bom, Buffer.from(brandYaml)]));
    expect((await loadPolicyFile(json, { cwd: dir })).policy.brands[0]?.id).toBe("demo-en");
    expect((await loadPolicyFile(yaml, { cwd: dir })).policy.brands[0]?.id).toBe("demo-es");
  });

  it("refuses duplicate keys, as for YAML", async () => {
    const json = write("dup.json", `{\n  "rules": {},\n  "rules": {},\n${brandJson.slice(1)}`);
    expect((await issuesOf(json)).issues[0]).toMatchObject({ code: "duplicate_key", line: 3, column: 3 });
    const yaml = write("dup.yaml", `rules: {}\nrules: {}\n${brandYaml}`);
    expect((await issuesOf(yaml)).issues[0]).toMatchObject({ code: "duplicate_key", line: 2 });
  });

  it("places validation issues at their line in JSON", async () => {
    const path = write(
      "bad-locale.json",
      '{\n  "brands": [\n    { "id": "a", "name": "A", "locale": "xx_YY" }\n  ]\n}',
    );
    const { issues } = await issuesOf(path);
    expect(issues[0]).toMatchObject({ pathText: "brands[0].locale", line: 3, column: 41 });
  });
});

describe("loadPolicyFile: bytes that are not UTF-8 text", () => {
  it("reports invalid UTF-8 at its line and column instead of replacing it", async () => {
    const bytes = Buffer.concat([Buffer.from(`${brandYaml}# caf`), Buffer.from([0xe9]), Buffer.from("\n")]);
    const { issues } = await issuesOf(write("latin1.yaml", bytes));
    expect(issues[0]).toMatchObject({ code: "invalid_utf8", line: 3, column: 6 });
    expect(issues[0]?.message).toContain("0xe9");
  });

  it("reads UTF-16 with a byte-order mark, both byte orders", async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(brandYaml, "utf16le")]);
    const be = Buffer.from(le);
    be.swap16();
    expect((await loadPolicyFile(write("le.yaml", le), { cwd: dir })).policy.brands[0]?.id).toBe("demo-es");
    expect((await loadPolicyFile(write("be.yaml", be), { cwd: dir })).policy.brands[0]?.id).toBe("demo-es");
  });

  it("refuses UTF-16 without a byte-order mark clearly", async () => {
    const { issues } = await issuesOf(write("nobom.json", Buffer.from(brandJson, "utf16le")));
    expect(issues[0]).toMatchObject({ code: "unsupported_encoding" });
    expect(issues[0]?.message).toContain("UTF-16 without a byte-order mark");
  });
});

describe("loadPolicyFile: overrides", () => {
  it("refuses an override naming a brand or rule the policy does not have, at its line", async () => {
    const path = write(
      "overrides-bad.yaml",
      `${brandYaml}overrides:\n  - files: "drafts/**"\n    brand: nope\n  - files: x\n    rules:\n      voice/nothing: warn\n`,
    );
    const { issues } = await issuesOf(path);
    expect(issues.map((i) => [i.pathText, i.line])).toEqual([
      ["overrides[0].brand", 5],
      ['overrides[1].rules["voice/nothing"]', 8],
    ]);
  });

  it("reports a folder or missing file as unreadable", async () => {
    mkdirSync(join(dir, "folder.yaml"));
    expect((await issuesOf(join(dir, "folder.yaml"))).issues[0]?.message).toContain("folder");
    expect((await issuesOf(join(dir, "missing.yaml"))).issues[0]?.message).toBe("File not found.");
  });
});

describe("findPolicyFile", () => {
  it("finds the nearest config upward, through a symlinked folder", () => {
    const root = join(dir, "find");
    mkdirSync(join(root, "a", "b"), { recursive: true });
    writeFileSync(join(root, "normas.config.yml"), brandYaml);
    symlinkSync(join(root, "a"), join(root, "link"));
    expect(findPolicyFile(join(root, "a", "b"))).toBe(join(root, "normas.config.yml"));
  });
});
