import type { CheckEnv } from "../env.js";
import { paint } from "../io.js";
import { jsonReporter } from "./json.js";
import { prettyReporter } from "./pretty.js";
import { sarifReporter } from "./sarif.js";
import type { Reporter } from "./types.js";

/** The reporter of a run's format (the same in the main thread and in workers). */
export function reporterFor(env: CheckEnv): Reporter {
  const s = env.settings;
  if (s.format === "json") return jsonReporter({ withOutput: s.fix === "dry-run" });
  if (s.format === "sarif") {
    return sarifReporter({
      cwd: s.cwd,
      version: s.version,
      rules: env.compiled().catalogue,
    });
  }
  return prettyReporter(paint(s.colour), { fixMode: s.fix });
}
