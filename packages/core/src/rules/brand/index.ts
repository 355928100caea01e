import type { Rule } from "../../engine/rule.js";
import { foreignBrandRule } from "./foreign-brand.js";

/** The built-in `brand/*` rules. */
export const brandRules: readonly Rule[] = [foreignBrandRule];
