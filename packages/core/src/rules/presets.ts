import { buildPreset, type Preset } from "../policy/presets.js";
import { builtinRules } from "./catalogue.js";

/** The `recommended` preset: all five norms on, each rule at its default severity. */
export const recommended: Preset = buildPreset("recommended", builtinRules);

/** The `strict` preset: every rule on, warnings promoted to errors. */
export const strict: Preset = buildPreset("strict", builtinRules);
