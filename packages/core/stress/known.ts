// Paths known to grow faster than linearly and not yet fixed, each with why it is tolerated for now. A case listed
// here is reported but does not fail the run; every other case does. Keep this list short and shrinking.
import type { Row } from "./measure.js";

/** Rule (or target) and the inputs on which it is known to be steep, with the reason. */
const KNOWN: readonly { target: RegExp; input: RegExp; why: string }[] = [];

/** Why `row` is a known steep case, or undefined when it is not one. */
export function knownSteep(row: Row): string | undefined {
  return KNOWN.find((k) => k.target.test(row.target) && k.input.test(row.input))?.why;
}
