// Markdown drafts of several brands in one folder, front matter, per-glob overrides and inline directives,
// through the built binary.
import { beforeAll, describe, it } from "vitest";
import { ensureBuilt, normas } from "./run-normas.js";
import { tempDir } from "./temp-dir.js";

beforeAll(ensureBuilt, 180_000);

const POLICY = `brands:
  - { id: acme-es, name: Acme España, locale: es-ES, voice: { maxEmoji: 0 }, terms: { banned: [{ term: barato }] } }
  - { id: acme-uk, name: Acme UK, locale: en-GB, voice: { maxEmoji: 0 }, terms: { banned: [{ term: cheap }] } }
rules:
  voice/emoji: error
  voice/banned-term: error
overrides:
  - files: drafts/en/**
    brand: acme-uk
  - files: "*.promo.md"
    kind: promotional
  - files: drafts/en/relaxed/**
    rules:
      voice/emoji: "off"
`;

const dir = tempDir({
  "normas.config.yaml": POLICY,
  "drafts/es/lanzamiento.md": [
    "---",
    "brand: acme-es",
    "author: marta",
    "inReplyTo: ¿Cuándo llega mi pedido?",
    "title: Lanzamiento 😀",
    "---",
    "# Novedades",
    "",
    "Gracias por escribirnos 😀, lo revisamos hoy.",
    "",
    "```",
    "código con 😀 que no se revisa",
    "```",
    "",
    "Vea `😀` y [la web](https://example.com/😀) <!-- comentario 😀 --> o <https://example.com/😀>.",
    "",
  ].join("\n"),
  "drafts/en/launch.md": "# News\n\nThanks for writing 😀 we are on it.\n",
  "drafts/en/relaxed/party.md": "Party time 🎉\n",
  "drafts/en/sale.promo.md": "Big sale 😀\n",
  "orphan.md": "No brand here 😀\n",
});

describe.concurrent("normas check on a folder of mixed-brand Markdown drafts", () => {
  it("takes the brand from front matter or an override, checks prose only, at the file's positions", async ({
    expect,
  }) => {
    const r = await normas(["check", ".", "-f", "json"], { cwd: dir });
    const doc = JSON.parse(r.stdout);
    const byFile = Object.fromEntries(doc.results.map((x: { file: string }) => [x.file, x]));
    const es = byFile["drafts/es/lanzamiento.md"];
    expect(es.brand).toBe("acme-es");
    // Only the emoji of the prose: front matter, code, inline code, link targets, comments and URLs are not prose.
    expect(es.violations.map((v: { position: { line: number; column: number } }) => v.position)).toEqual([
      { line: 9, column: 25, endLine: 9, endColumn: 27 },
    ]);
    expect(byFile["drafts/en/launch.md"]).toMatchObject({ brand: "acme-uk", errorCount: 1 });
    expect(byFile["drafts/en/relaxed/party.md"]).toMatchObject({ brand: "acme-uk", errorCount: 0 });
    expect(byFile["drafts/en/sale.promo.md"]).toMatchObject({ target: "post" });
    expect(byFile["orphan.md"]).toMatchObject({ ok: false, error: { code: "missing_brand" } });
    expect(r.code).toBe(1);
  });

  it("says in Spanish what an emoji is, and in English, for the brand's own language", async ({ expect }) => {
    const r = await normas(["check", "drafts/es", "drafts/en/launch.md"], { cwd: dir });
    expect(r.stdout).toContain(
      "drafts/es/lanzamiento.md  acme-es\n  9:25  error    Esta marca no usa emojis.",
    );
    expect(r.stdout).toContain(
      "drafts/en/launch.md  acme-uk\n  3:20  error    This brand does not use emoji.",
    );
  });

  it("refuses front matter that is not valid YAML or names an unknown brand, per file, and goes on", async ({
    expect,
  }) => {
    const bad = tempDir({
      "normas.config.yaml": POLICY,
      "a.md": "---\nbrand: [unclosed\n---\nHola 😀\n",
      "b.md": "---\nbrand: acme-fr\n---\nBonjour 😀\n",
      "c.md": "---\nbrand: acme-uk\n---\nHello 😀\n",
    });
    const doc = JSON.parse((await normas(["check", ".", "-f", "json"], { cwd: bad })).stdout);
    expect(
      doc.results.map(
        (x: { error?: { code: string }; errorCount?: number }) => x.error?.code ?? x.errorCount,
      ),
    ).toEqual(["invalid_front_matter", "INPUT_INVALID", 1]);
  });
});

describe.concurrent("inline directives", () => {
  const drafts = tempDir({
    "normas.config.yaml": POLICY,
    "next-line.md": [
      "---",
      "brand: acme-uk",
      "---",
      "<!-- normas-disable-next-line voice/emoji -- approved for the campaign -->",
      "",
      "Party 🎉 time.",
      "",
    ].join("\n"),
    "block.md": [
      "---",
      "brand: acme-es",
      "---",
      "<!-- normas-disable voice/banned-term -->",
      "Es barato.",
      "<!-- normas-enable -->",
      "",
      "Muy barato.",
      "",
    ].join("\n"),
    "unused.md":
      "---\nbrand: acme-uk\n---\n<!-- normas-disable-next-line voice/emoji -->\nNothing to hide.\n",
    "unknown.md": "---\nbrand: acme-uk\n---\n<!-- normas-disable-line voice/emojj -->\nFine.\n",
    "records.jsonl": [
      JSON.stringify({ id: "a", brand: "acme-es", text: "Hola 😀", disable: "voice/emoji -- campaña" }),
      JSON.stringify({ id: "b", brand: "acme-uk", text: "Hi there", disable: ["voice/emoji"] }),
      "",
    ].join("\n"),
  });

  it("disable-next-line covers the next line with text, with its reason kept in the JSON output", async ({
    expect,
  }) => {
    const doc = JSON.parse((await normas(["check", "next-line.md", "-f", "json"], { cwd: drafts })).stdout);
    expect(doc.results[0]).toMatchObject({ errorCount: 0 });
    expect(doc.results[0].suppressed).toEqual([
      expect.objectContaining({ ruleId: "voice/emoji", reason: "approved for the campaign" }),
    ]);
  });

  it("normas-disable and normas-enable cover the lines between them only", async ({ expect }) => {
    const r = await normas(["check", "block.md"], { cwd: drafts });
    expect(r.stdout).toMatch(/\n {2}8:5 {2}error {4}.*barato.*voice\/banned-term\n/);
    expect(r.stdout).not.toContain("5:4");
    expect(r.stdout).toContain("1 problem (1 error, 0 warnings)");
  });

  it("a record's disable field covers the record", async ({ expect }) => {
    const doc = JSON.parse((await normas(["check", "records.jsonl", "-f", "json"], { cwd: drafts })).stdout);
    expect(doc.results[0]).toMatchObject({ id: "a", errorCount: 0, suppressed: [{ reason: "campaña" }] });
  });

  it("--report-unused-disable-directives reports directives that covered nothing, exit 1", async ({
    expect,
  }) => {
    const quiet = await normas(["check", "unused.md", "records.jsonl"], { cwd: drafts });
    expect(quiet.code).toBe(0);
    const r = await normas(["check", "--report-unused-disable-directives", "unused.md", "records.jsonl"], {
      cwd: drafts,
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      "4:1  error    Unused normas-disable-next-line directive (no problem was reported from voice/emoji).  normas/unused-disable-directive",
    );
    expect(r.stdout).toContain(
      "records.jsonl:2  acme-uk #b\n  error    Unused normas-disable (record field) directive",
    );
  });

  it("reports a directive naming a rule that does not exist", async ({ expect }) => {
    const r = await normas(["check", "unknown.md"], { cwd: drafts });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Unknown rule "voice/emojj" in a normas-disable-line directive.');
  });
});
