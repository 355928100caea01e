import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { collectSamples, type DocSample, extractSamples } from "./doc-samples.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const cache = fileURLToPath(new URL("../node_modules/.cache/doc-samples/", import.meta.url));

/** Resolve the packages to their built types when present (fast), else to their sources. */
function entry(pkg: string): string {
  const built = join(root, "packages", pkg, "dist", "index.d.ts");
  return existsSync(built) ? built : join(root, "packages", pkg, "src", "index.ts");
}

function compilerOptions(): ts.CompilerOptions {
  const base = ts.getParsedCommandLineOfConfigFile(
    join(root, "tsconfig.base.json"),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
  );
  return {
    ...base?.options,
    noEmit: true,
    composite: false,
    declaration: false,
    emitDeclarationOnly: false,
    incremental: false,
    paths: {
      "@normas/core": [entry("core")],
      "@normas/core/*": [entry("core").replace(/index\.(d\.)?ts$/, "*.$1ts")],
      "@normas/cli": [entry("cli")],
      "@normas/ai-sdk": [entry("ai-sdk")],
      "@normas/postgres": [entry("postgres")],
      // node-postgres's types, from @normas/postgres (where `pg` is installed), for its guide's samples.
      pg: [join(root, "packages", "postgres", "node_modules", "@types", "pg", "index.d.ts")],
      // The AI SDK is a dependency of @normas/ai-sdk only: resolved from there for its guide's samples.
      ai: [join(root, "packages", "ai-sdk", "node_modules", "ai", "dist", "index.d.ts")],
      "@normas/xstate": [entry("xstate")],
      // XState is a peer dependency of @normas/xstate only: resolved from there for its guide's samples.
      xstate: [
        join(
          root,
          "packages",
          "xstate",
          "node_modules",
          "xstate",
          "dist",
          "declarations",
          "src",
          "index.d.ts",
        ),
      ],
    },
  };
}

// A fragment may use names an earlier sample of its page declares ("the page is one program").
const MISSING_NAME = new Set([2304, 2552, 18004, 2582]);
// Pages whose samples are complete programs a reader copies as they are.
const STRICT_PAGES = /^docs\/(guide\/(policy-file|custom-rule)\.(en|es)\.md|cli\.md)$/;
// Two samples of one page may both import or declare the same name: not a problem of either.
const REDECLARED = new Set([2300, 2451, 2393]);

interface Unit {
  readonly file: string;
  readonly sample: DocSample;
  /** First and last line (0-based) of the sample inside the unit's file. */
  readonly from: number;
  readonly to: number;
}

function writeUnit(name: string, parts: readonly DocSample[], asPolicyPart = false): Unit {
  const file = join(cache, `${name}.mts`);
  const before = parts.slice(0, -1).map((p) => p.code);
  const sample = parts.at(-1) as DocSample;
  // A fragment such as `rules: { ... },` is checked as part of a policy definition.
  if (asPolicyPart)
    before.push(
      'import type { PolicyDefinition } from "@normas/core";\nexport const sample: PolicyDefinition = {',
    );
  const from = before.reduce((n, code) => n + code.split("\n").length, 0);
  // Each unit is its own module (`export {}`), so declarations of two units never meet.
  writeFileSync(file, `${[...before, sample.code].join("\n")}${asPolicyPart ? "\n};" : ""}\nexport {};\n`);
  return { file, sample, from, to: from + sample.code.split("\n").length - 1 };
}

// Diagnostics that mean "this is not a statement list": TS1xxx syntax errors.
const isSyntax = (d: ts.Diagnostic): boolean => d.code >= 1000 && d.code < 2000;

function diagnose(units: readonly Unit[], options: ts.CompilerOptions): Map<Unit, ts.Diagnostic[]> {
  const byFile = new Map(units.map((u) => [u.file, u]));
  const program = ts.createProgram([...byFile.keys()], options);
  const out = new Map<Unit, ts.Diagnostic[]>(units.map((u) => [u, []]));
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const unit = d.file === undefined ? undefined : byFile.get(d.file.fileName);
    if (unit === undefined || d.file === undefined || d.start === undefined) continue;
    const { line } = d.file.getLineAndCharacterOfPosition(d.start);
    if (line < unit.from || line > unit.to) continue;
    out.get(unit)?.push(d);
  }
  return out;
}

function describeProblem(unit: Unit, d: ts.Diagnostic): string {
  const line =
    d.file === undefined || d.start === undefined ? 0 : d.file.getLineAndCharacterOfPosition(d.start).line;
  return `${unit.sample.page}:${unit.sample.line + line - unit.from}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
}

describe("documentation samples", () => {
  it("extracts ```ts blocks with their page line, and skips `skip-check` and other languages", () => {
    const page = [
      "# T",
      "```ts",
      "const a = 1;",
      "```",
      "```ts skip-check",
      "oops(",
      "```",
      "```sh",
      "ls",
      "```",
    ];
    page.push("````ts", "```", "````");
    expect(extractSamples(page.join("\n"), "t.md")).toEqual([
      { page: "t.md", line: 3, code: "const a = 1;" },
      { page: "t.md", line: 12, code: "```" },
    ]);
  });

  it("every TypeScript sample in docs/ typechecks against the packages (fragments may leave names undefined)", () => {
    const samples = collectSamples(root, join(root, "docs"));
    // The policy-file and custom-rule guides alone hold several samples: finding none means the extraction broke.
    expect(samples.filter((s) => /policy-file|custom-rule/.test(s.page)).length).toBeGreaterThanOrEqual(10);

    rmSync(cache, { recursive: true, force: true });
    mkdirSync(cache, { recursive: true });
    const options = compilerOptions();
    const slug = (s: DocSample, i: number) => `${s.page.replace(/[^\w]+/g, "_")}_L${s.line}_${i}`;

    // First every sample alone; then a sample that only lacks names, after the samples before it on its page.
    const alone = samples.map((s, i) => writeUnit(slug(s, i), [s]));
    const first = diagnose(alone, options);
    const retry: Unit[] = [];
    const problems: string[] = [];
    samples.forEach((s, i) => {
      const unit = alone[i] as Unit;
      const found = first.get(unit) ?? [];
      if (found.length === 0) return;
      const page = samples.slice(0, i + 1).filter((p) => p.page === s.page);
      if (found.every((d) => MISSING_NAME.has(d.code))) retry.push(writeUnit(`${slug(s, i)}_page`, page));
      else if (found.some(isSyntax)) retry.push(writeUnit(`${slug(s, i)}_policy`, [s], true));
      else problems.push(...found.map((d) => describeProblem(unit, d)));
    });
    const fragments: string[] = [];
    for (const [unit, found] of diagnose(retry, options)) {
      const real = found.filter((d) => !REDECLARED.has(d.code));
      // Illustrative fragments may leave a name undefined (`now`, `state`): a reader fills it in. Anything else
      // (a wrong property, argument or import of the packages) is rot and fails, and so does any problem in the
      // pages that must hold complete programs.
      if (!STRICT_PAGES.test(unit.sample.page) && real.every((d) => MISSING_NAME.has(d.code))) {
        if (real.length > 0) fragments.push(`${unit.sample.page}:${unit.sample.line}`);
      } else problems.push(...real.map((d) => describeProblem(unit, d)));
    }
    if (fragments.length > 0)
      console.info(`doc samples using names defined outside them: ${fragments.join(", ")}`);
    expect(problems).toEqual([]);
  }, 120_000);
});
