import type { Rule } from "../engine/rule.js";
import { policyJsonSchemaFor } from "../policy/json-schema.js";
import { builtinRules } from "./catalogue.js";

/**
 * The JSON Schema (draft 2020-12) of a policy document, with one entry per rule and each rule's options, so
 * editors validate and complete policy files written in JSON or YAML. The package also ships it as
 * `@normas/core/policy.schema.json`.
 *
 * @param rules - the rules to describe (default: the built-in catalogue; add your custom rules).
 *
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs";
 * import { policyJsonSchema } from "@normas/core";
 * writeFileSync("normas.schema.json", JSON.stringify(policyJsonSchema(), null, 2));
 * ```
 */
export function policyJsonSchema(rules: readonly Rule[] = builtinRules): Record<string, unknown> {
  return policyJsonSchemaFor(rules);
}
