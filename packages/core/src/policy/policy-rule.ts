import type * as z from "zod/mini";
import type { Severity } from "../model/violation.js";

/**
 * What validating a policy needs to know of a rule: its id, its defaults and its options schema. Every engine
 * rule is one; the policy layer knows no rule by name, the catalogue is passed in.
 */
export interface PolicyRule {
  /** Stable id, `<category>/<name>`. */
  readonly id: string;
  /** Defaults and description. */
  readonly meta: {
    /** Severity when turned on without a level. */
    readonly defaultSeverity: Severity;
    /** Whether `recommended` turns it on (default true). */
    readonly recommended?: boolean;
    /** What it checks. */
    readonly docs: { readonly description: string };
  };
  /** zod schema of its options. */
  readonly options: z.core.$ZodType;
}
