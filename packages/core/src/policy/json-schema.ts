import * as z from "zod/mini";
import type { PolicyRule } from "./policy-rule.js";
import { PolicyDocumentSchema } from "./schema.js";

type JsonObject = Record<string, unknown>;

const LEVELS = ["off", "warn", "error", "info"];

function ruleSettingsSchema(rules: readonly PolicyRule[]): JsonObject {
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

/** The JSON Schema of a policy document whose rule settings are those of `rules` (see the public `policyJsonSchema`). */
export function policyJsonSchemaFor(rules: readonly PolicyRule[]): Record<string, unknown> {
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
