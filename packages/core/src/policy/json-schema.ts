import { z } from "zod";
import type { Rule } from "../engine/rule.js";
import { builtinRules } from "../rules/catalogue.js";
import { PolicyDocumentSchema } from "./schema.js";

type JsonObject = Record<string, unknown>;

const LEVELS = ["off", "warn", "error", "info"];

function ruleSettingsSchema(rules: readonly Rule[]): JsonObject {
  const properties: JsonObject = {};
  for (const rule of rules) {
    const options = z.toJSONSchema(rule.options, { io: "input", unrepresentable: "any" }) as JsonObject;
    delete options.$schema;
    properties[rule.id] = {
      description: rule.meta.docs.description,
      anyOf: [
        { type: "string", enum: LEVELS },
        {
          type: "object",
          additionalProperties: false,
          properties: { level: { type: "string", enum: LEVELS }, options },
        },
      ],
    };
  }
  return { type: "object", additionalProperties: false, properties };
}

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
  const schema = z.toJSONSchema(PolicyDocumentSchema, { io: "input", unrepresentable: "any" }) as JsonObject;
  const props = schema.properties as JsonObject;
  const settings = ruleSettingsSchema(rules);
  props.rules = { ...settings, description: "Rule settings for every brand." };
  const brandItems = (props.brands as JsonObject).items as JsonObject;
  (brandItems.properties as JsonObject).rules = {
    ...settings,
    description: "Rule settings for this brand only.",
  };
  return {
    ...schema,
    $id: "https://unpkg.com/@normas/core/schema/policy.schema.json",
    title: "normas policy",
    description:
      "A community-management policy for normas: organisation, brands, roles, channels and rule settings.",
  };
}
