import { compilePolicy, definePolicy } from "@normas/core";
import { describe, expect, test } from "vitest";
import { compiled } from "../test/helpers.js";
import { GuardrailOptionsError } from "./errors.js";
import { normasGuardrail } from "./guardrail.js";
import type { NormasGuardrailOptions } from "./options.js";

function refusal(options: unknown): GuardrailOptionsError {
  try {
    normasGuardrail(options as NormasGuardrailOptions);
  } catch (error) {
    expect(error).toBeInstanceOf(GuardrailOptionsError);
    return error as GuardrailOptionsError;
  }
  throw new Error("expected the options to be refused");
}

describe("normasGuardrail options", () => {
  test("refuses a mode, a severity and a repair count a person could mistype, naming each", () => {
    const error = refusal({ compiled, onViolation: "repare", minSeverity: "warn", maxRepairs: 11 });
    expect(error.code).toBe("GUARDRAIL_OPTIONS_INVALID");
    expect(error.issues.map((i) => i.pathText)).toEqual(["onViolation", "minSeverity", "maxRepairs"]);
    expect(error.issues[0]?.message).toBe('Use one of "block", "repair", "fix", "annotate"; got "repare".');
    expect(error.message).toContain("onViolation");
  });

  test("refuses a policy that was not compiled", () => {
    const policy = definePolicy({ brands: [{ id: "acme-es", name: "Acme", locale: "es-ES" }] });
    expect(refusal({ compiled: policy }).issues[0]?.pathText).toBe("compiled");
    expect(refusal({}).issues[0]?.message).toBe("Pass the result of compilePolicy(policy).");
  });

  test("refuses a context that is not a function", () => {
    expect(refusal({ compiled, context: { brand: "acme-es" } }).issues.map((i) => i.pathText)).toEqual([
      "context",
    ]);
  });

  test("accepts every mode with a compiled policy", () => {
    const own = compilePolicy(definePolicy({ brands: [{ id: "acme-uk", name: "Acme", locale: "en-GB" }] }));
    for (const onViolation of ["block", "repair", "fix", "annotate"] as const) {
      const middleware = normasGuardrail({ compiled: own, onViolation, maxRepairs: 0, minSeverity: "info" });
      expect(middleware.specificationVersion).toBe("v3");
      expect(typeof middleware.wrapGenerate).toBe("function");
      expect(typeof middleware.wrapStream).toBe("function");
    }
  });
});
