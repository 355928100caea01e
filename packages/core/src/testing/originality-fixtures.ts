// Test helper (internal, not exported): one originality rule on a post or a reply, through the real engine.
import type { Rule } from "../engine/rule.js";
import type { EvaluationServices } from "../engine/services.js";
import type { Violation } from "../model/violation.js";
import { type CheckOptions, checkPost, checkReply } from "./rule-fixtures.js";

/** Evaluates `text` as a post or a reply of `brand` with only `rule` on, and returns that rule's violations. */
export function checkOriginality(
  rule: Rule,
  target: "post" | "reply",
  text: string,
  services: EvaluationServices,
  opts: { options?: Record<string, unknown>; brand?: string } = {},
): Violation[] {
  const input = opts.brand === undefined ? { text } : { text, brand: opts.brand };
  const options: CheckOptions =
    opts.options === undefined ? { services } : { services, options: opts.options };
  return target === "post" ? checkPost(rule, input, options) : checkReply(rule, input, options);
}
