import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Rule } from "@normas/core";
import { UsageError } from "./usage-error.js";

const isRule = (value: unknown): value is Rule =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as Rule).id === "string" &&
  typeof (value as Rule).create === "function" &&
  typeof (value as Rule).meta === "object";

/**
 * Loads custom rules from JavaScript modules: every exported rule (`defineRule(...)`), and the rules of an exported
 * array (e.g. `export default [ruleA, ruleB]`).
 */
export async function loadRuleModules(modules: readonly string[], cwd: string): Promise<Rule[]> {
  const rules: Rule[] = [];
  for (const name of modules) {
    let exported: Record<string, unknown>;
    try {
      exported = (await import(pathToFileURL(resolve(cwd, name)).href)) as Record<string, unknown>;
    } catch (error) {
      throw new UsageError(`Cannot load rules from "${name}": ${(error as Error).message}`);
    }
    const found: Rule[] = [];
    for (const value of Object.values(exported)) {
      if (isRule(value)) found.push(value);
      else if (Array.isArray(value)) found.push(...value.filter(isRule));
    }
    if (found.length === 0)
      throw new UsageError(`"${name}" exports no rule (export the result of defineRule).`);
    for (const rule of found) if (!rules.some((r) => r.id === rule.id)) rules.push(rule);
  }
  return rules;
}
