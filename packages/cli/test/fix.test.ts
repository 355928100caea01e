// --fix and --fix-dry-run through the built binary, on Markdown, plain text and JSON Lines, in both languages.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, it } from "vitest";
import { ensureBuilt, normas } from "./run-normas.js";
import { EMOJI_POLICY, tempDir } from "./temp-dir.js";

beforeAll(ensureBuilt, 180_000);

const MARKDOWN = [
  "---",
  "brand: acme-es",
  "---",
  "Gracias por escribirnos 😀 hoy.",
  "",
  "```",
  "código 😀",
  "```",
  "",
  "Vea `😀` y [la web](https://example.com/😀).",
  "",
].join("\n");

describe.concurrent("normas check --fix", () => {
  it("fixes Markdown prose in place and leaves code, inline code and link targets as they were", async ({
    expect,
  }) => {
    const dir = tempDir({ "normas.config.yaml": EMOJI_POLICY, "post.md": MARKDOWN });
    const r = await normas(["check", "--fix", "post.md"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("1 problem fixed.");
    const fixed = readFileSync(join(dir, "post.md"), "utf8");
    expect(fixed).not.toContain("escribirnos 😀");
    expect(fixed).toContain("código 😀");
    expect(fixed).toContain("`😀`");
    expect(fixed).toContain("https://example.com/😀");
    expect(fixed.split("\n").length).toBe(MARKDOWN.split("\n").length);
  });

  it("rewrites only the text of each JSON Lines record, keeping other fields, order and line ends", async ({
    expect,
  }) => {
    const lines = [
      '{"id":1,"brand":"acme-uk","text":"Thanks \\ud83d\\ude00 for waiting","platform":"x"}',
      '{"id":2,"brand":"acme-es","text":"Sin problema alguno"}',
      "",
      '{"id":3,"text":"Hola 😀","brand":"acme-es","disable":"voice/emoji -- campaña"}',
    ];
    const dir = tempDir({ "normas.config.yaml": EMOJI_POLICY, "inbox.jsonl": `${lines.join("\r\n")}\r\n` });
    const r = await normas(["check", "--fix", "--ignore-unknown-fields", "inbox.jsonl"], { cwd: dir });
    expect(r.code).toBe(0);
    const after = readFileSync(join(dir, "inbox.jsonl"), "utf8").split("\r\n");
    expect(after[0]).toMatch(/^\{"id":1,"brand":"acme-uk","text":"Thanks ?for waiting","platform":"x"\}$/);
    expect(after.slice(1)).toEqual([...lines.slice(1), ""]);
  });

  it("--fix-dry-run writes nothing and shows each fixed text as output in JSON", async ({ expect }) => {
    const dir = tempDir({ "normas.config.yaml": EMOJI_POLICY, "reply.txt": "Thanks 😀 for waiting.\n" });
    const r = await normas(["check", "--fix-dry-run", "-b", "acme-uk", "-f", "json", "reply.txt"], {
      cwd: dir,
    });
    const doc = JSON.parse(r.stdout);
    expect(doc.results[0]).toMatchObject({ fixed: 1, errorCount: 0 });
    expect(doc.results[0].output).not.toContain("😀");
    expect(readFileSync(join(dir, "reply.txt"), "utf8")).toBe("Thanks 😀 for waiting.\n");
    expect(doc.summary.fixed).toBe(1);
  });

  it("a sign-off appended at the end keeps the file's final line break (LF or CRLF), and adds none where there was none", async ({
    expect,
  }) => {
    const policy = `brands:
  - { id: acme-uk, name: Acme UK, locale: en-GB, voice: { signOff: { template: "^{initials}" } } }
  - { id: acme-es, name: Acme España, locale: es-ES, voice: { signOff: { template: "^{initials}" } } }
rules:
  voice/sign-off: error
`;
    const dir = tempDir({
      "normas.config.yaml": policy,
      "reply.md": "---\nbrand: acme-uk\nauthor: { id: bo, initials: BO }\n---\nThanks for writing.\n",
      "respuesta.md":
        "---\r\nbrand: acme-es\r\nauthor: { id: ana, initials: AG }\r\n---\r\nGracias por escribirnos.\r\n",
      "no-break.md": "---\nbrand: acme-uk\nauthor: { id: bo, initials: BO }\n---\nThanks for writing.",
    });
    const r = await normas(["check", "--fix", "reply.md", "respuesta.md", "no-break.md"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, "reply.md"), "utf8")).toMatch(/Thanks for writing\.\n\^BO\n$/);
    expect(readFileSync(join(dir, "respuesta.md"), "utf8")).toMatch(/escribirnos\.\r\n\^AG\r\n$/);
    // A file without a final line break gets none.
    expect(readFileSync(join(dir, "no-break.md"), "utf8")).toMatch(/Thanks for writing\. \^BO$/);
    // Fixed once, clean after: a second run has nothing to do.
    const again = await normas(["check", "--fix", "reply.md", "respuesta.md", "no-break.md"], { cwd: dir });
    expect(again.stdout).not.toContain("fixed");
  });

  it("refuses --fix on standard input and --fix with --fix-dry-run, exit 2", async ({ expect }) => {
    const dir = tempDir({ "normas.config.yaml": EMOJI_POLICY });
    const stdin = await normas(["check", "--fix", "-b", "acme-uk"], { cwd: dir, input: "Hi 😀" });
    expect(stdin.code).toBe(2);
    expect(stdin.stderr).toContain("--fix cannot write standard input back");
    const both = await normas(["check", "--fix", "--fix-dry-run", "-b", "acme-uk"], {
      cwd: dir,
      input: "Hi",
    });
    expect(both.code).toBe(2);
  });
});
