// Imports the BUILT package by name, as an application would, from ESM and from CJS.
// `pnpm test` builds every package before vitest runs.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const consumer = fileURLToPath(new URL("../../../examples/", import.meta.url));
const built = existsSync(fileURLToPath(new URL("../dist/index.cjs", import.meta.url)));
const names = [
  "definePolicy",
  "compilePolicy",
  "evaluateReply",
  "evaluatePost",
  "evaluateModeration",
  "defineRule",
  "PolicyError",
];

const script = `
  const { ${names.join(", ")} } = LIB;
  const policy = definePolicy({ brands: [{ id: "a", name: "A", locale: "es-ES" }] });
  const verdict = evaluateReply(compilePolicy(policy), { brand: "a", author: { id: "x", roles: [] }, text: "Hola" });
  let code = "none";
  try { definePolicy({ brands: [] }); } catch (e) { code = e instanceof PolicyError ? e.code : "wrong-class"; }
  console.log(JSON.stringify({ types: [${names.map((n) => `typeof ${n}`).join(", ")}], ok: verdict.ok, code }));
`;

function run(args: string[]): unknown {
  const out = execFileSync(process.execPath, args, { cwd: consumer, encoding: "utf8" });
  return JSON.parse(out);
}

describe.runIf(built)("the published package", () => {
  const expected = {
    types: ["function", "function", "function", "function", "function", "function", "function"],
    ok: true,
    code: "POLICY_INVALID",
  };

  it("works from ESM", () => {
    const esm = `import * as LIB from "@normas/core";\n${script}`;
    expect(run(["--input-type=module", "-e", esm])).toEqual(expected);
  });

  it("works from CommonJS", () => {
    const cjs = `const LIB = require("@normas/core");\n${script}`;
    expect(run(["--input-type=commonjs", "-e", cjs])).toEqual(expected);
  });
});

describe.runIf(built)("the subpath exports", () => {
  const probe = (load: (spec: string) => string): string => `
    const crisis = ${load("@normas/core/crisis")};
    const cases = ${load("@normas/core/cases")};
    const text = ${load("@normas/core/text")};
    const testing = ${load("@normas/core/testing")};
    console.log(JSON.stringify([typeof crisis.transition, typeof cases.openCase, text.normalizeText("ÁB").text, typeof testing.storeConformanceChecks]));
  `;

  it("resolve from ESM", () => {
    const esm = probe((spec) => `await import("${spec}")`);
    expect(run(["--input-type=module", "-e", esm])).toEqual(["function", "function", "ab", "function"]);
  });

  it("resolve from CommonJS", () => {
    const cjs = probe((spec) => `require("${spec}")`);
    expect(run(["--input-type=commonjs", "-e", cjs])).toEqual(["function", "function", "ab", "function"]);
  });
});

it("is built before the tests run (pnpm test builds first)", () => {
  expect(built).toBe(true);
});
