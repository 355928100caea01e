import type { Severity } from "../model/violation.js";
import type { PolicyRule } from "./policy-rule.js";
import type { RuleSetting } from "./schema.js";

/** Names of the built-in presets a policy can `extends`. */
export const PRESET_NAMES = ["recommended", "strict"] as const;

/**
 * A built-in preset name.
 *
 * @category Policy
 */
export type PresetName = (typeof PRESET_NAMES)[number];

/**
 * A preset: rule settings a policy builds on (presets carry no brands).
 *
 * @category Policy
 */
export interface Preset {
  /** Rule settings by rule id. */
  readonly rules: Readonly<Record<string, RuleSetting>>;
}

const levelOf = (severity: Severity): "error" | "warn" | "info" =>
  severity === "warning" ? "warn" : severity;

/**
 * Builds a preset from a rule catalogue:
 * - `recommended`: every rule of the five norms on at its default severity (rules marked `recommended: false` stay off);
 * - `strict`: every rule on, and every warning promoted to an error.
 */
export function buildPreset(name: PresetName, rules: readonly PolicyRule[]): Preset {
  const out: Record<string, RuleSetting> = {};
  for (const rule of rules) {
    if (name === "recommended") {
      if (rule.meta.recommended === false) continue;
      out[rule.id] = levelOf(rule.meta.defaultSeverity);
    } else {
      out[rule.id] = rule.meta.defaultSeverity === "info" ? "warn" : "error";
    }
  }
  return { rules: out };
}
