import type { Rule } from "../engine/rule.js";
import { type DefinePolicyOptions, type PolicyDefinition, resolvePolicy } from "../policy/define-policy.js";
import type { Policy } from "../policy/schema.js";
import { builtinRules } from "./catalogue.js";

/**
 * Validates a policy, resolves its `extends` and applies every default. The result is plain JSON data.
 *
 * Merge order: each `extends` entry in order (presets, named policies, policy objects, recursively), then the
 * policy itself. Later wins for single values; `brands` merge by id; every other list is a union.
 *
 * @throws {@link PolicyError} listing every problem with its path (`brands[0].locale`) and a message.
 *
 * @example
 * ```ts
 * import { definePolicy } from "@normas/core";
 *
 * const policy = definePolicy({
 *   extends: "recommended",
 *   roles: { agent: { may: [] }, supervisor: { may: ["refund"] } },
 *   brands: [
 *     { id: "acme-es", name: "Acme España", locale: "es-ES", voice: { address: "usted" } },
 *     { id: "acme-uk", name: "Acme UK", locale: "en-GB", voice: { register: "formal" } },
 *   ],
 * });
 * ```
 */
export function definePolicy(input: PolicyDefinition, options: DefinePolicyOptions<Rule> = {}): Policy {
  return resolvePolicy(input, builtinRules, options);
}
