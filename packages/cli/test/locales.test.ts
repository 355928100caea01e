// A brand in a language normas does not know is checked with the English lists: the CLI says so, never silently.
import { beforeAll, describe, it } from "vitest";
import { ensureBuilt, normas } from "./run-normas.js";
import { tempDir } from "./temp-dir.js";

beforeAll(ensureBuilt, 180_000);

const dir = tempDir({
  "normas.config.yaml": `brands:
  - { id: acme-fr, name: Acme France, locale: fr-FR }
  - { id: acme-es, name: Acme España, locale: es-419 }
`,
  "known.yaml": `brands:
  - { id: acme-uk, name: Acme UK, locale: en-GB }
`,
});

describe.concurrent("a brand in a language normas does not know", () => {
  it("normas check warns on standard error, naming the brand, its locale and the languages known", async ({
    expect,
  }) => {
    const r = await normas(["check", "-b", "acme-fr"], { cwd: dir, input: "Merci pour votre message." });
    expect(r.stderr).toContain(
      'normas: brand "acme-fr" is in fr-FR, a language normas does not know (it knows es, en)',
    );
    expect(r.stderr).not.toContain("acme-es");
    // The run goes on: the warning does not stop the check nor change its exit code.
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("1 text checked");
  });

  it("normas check says nothing about languages it knows", async ({ expect }) => {
    const r = await normas(["check", "-p", "known.yaml", "-b", "acme-uk"], {
      cwd: dir,
      input: "Thank you for your message.",
    });
    expect(r.stderr).toBe("");
  });

  it("policy validate keeps the policy valid and warns, in readable output and in JSON", async ({
    expect,
  }) => {
    const pretty = await normas(["policy", "validate", "normas.config.yaml"], { cwd: dir });
    expect(pretty.code).toBe(0);
    expect(pretty.stdout).toContain('⚠ brand "acme-fr" is in fr-FR');
    const json = JSON.parse(
      (await normas(["policy", "validate", "-f", "json", "normas.config.yaml"], { cwd: dir })).stdout,
    );
    expect(json.valid).toBe(true);
    expect(json.warnings).toEqual([
      expect.objectContaining({ code: "unknown_language", brand: "acme-fr", locale: "fr-FR" }),
    ]);
    const known = JSON.parse(
      (await normas(["policy", "validate", "-f", "json", "known.yaml"], { cwd: dir })).stdout,
    );
    expect(known.warnings).toEqual([]);
  });
});
