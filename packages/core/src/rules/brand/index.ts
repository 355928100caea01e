import { foreignBrandRule } from "./foreign-brand.js";

/** The built-in `brand/*` rules. */
export const brandRules = [foreignBrandRule] as const;
