import type { CliIo } from "./io.js";
import { UsageError } from "./usage-error.js";

/** Runs `normas crisis drill` (wired to the crisis runtime of `@normas/core` once it is exported). */
export async function drill(_protocol: string, _options: { script: string }, _io: CliIo): Promise<number> {
  throw new UsageError("crisis drill: this build of @normas/core has no crisis runtime.");
}
