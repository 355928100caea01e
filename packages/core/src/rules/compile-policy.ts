import { type CompiledPolicy, type CompileOptions, compileWith } from "../engine/compile.js";
import type { Policy } from "../policy/schema.js";
import { builtinRules } from "./catalogue.js";

/**
 * Compiles a policy once: validates it (unless it came from `definePolicy`), resolves each brand's rule settings,
 * and runs every rule's `create` so matchers and lexicons are built here, not per evaluation.
 *
 * @throws {@link PolicyError} when the policy is invalid.
 *
 * @example
 * ```ts
 * import { compilePolicy, definePolicy, evaluateReply } from "@normas/core";
 *
 * const compiled = compilePolicy(definePolicy({ extends: "recommended", brands: [{ id: "acme", name: "Acme", locale: "es-ES" }] }));
 * const verdict = evaluateReply(compiled, { brand: "acme", author: { id: "ana", roles: [] }, text: "¡Cálmese!" });
 * ```
 *
 * @category Policy
 */
export function compilePolicy(policy: Policy, options: CompileOptions = {}): CompiledPolicy {
  return compileWith(policy, builtinRules, options);
}
