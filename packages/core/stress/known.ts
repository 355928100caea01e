// Paths known to grow faster than linearly and not yet fixed, each with why it is tolerated for now. A case listed
// here is reported but does not fail the run; every other case does. Keep this list short and shrinking.
import type { Row } from "./measure.js";

/** Rule (or target) and the inputs on which it is known to be steep, with the reason. */
const KNOWN: readonly { target: RegExp; input: RegExp; why: string }[] = [
  {
    // Measured: linear from 10 to 65 kB (e.g. 0.5, 0.9, 1.7, 3.5 ms at 10, 20, 40, 65 kB), then a jump to
    // 70–90 ms at 100 kB on some inputs, seen with and without a larger young generation. Not a re-read of the
    // text found so far; to be explained (issue 17 follow-up). Every rule is still timed without it.
    target: /^(clause analysis|\(analysis\) \((reply|post|moderation)\))$/,
    input: /./,
    why: "clause analysis jumps between 65 and 100 kB on some inputs; unexplained, follow-up of issue 17",
  },
];

/** Why `row` is a known steep case, or undefined when it is not one. */
export function knownSteep(row: Row): string | undefined {
  return KNOWN.find((k) => k.target.test(row.target) && k.input.test(row.input))?.why;
}
