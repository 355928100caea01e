import { InputError, type Issue } from "@normas/core";
import { type CrisisProtocol, defineProtocol, type EpochMs } from "@normas/core/crisis";
import type { CrisisEffectHandlers, ToMachineOptions } from "./to-machine.js";

const EFFECT_KINDS = [
  "notify",
  "pause-publishing",
  "resume-publishing",
  "publish-statement",
  "open-post-mortem",
];

const issue = (path: (string | number)[], code: string, message: string): Issue => ({
  code,
  path,
  pathText: path.join("."),
  message,
});

/** The validated protocol and options of `toMachine` (an `InputError` lists every bad option). */
export function readMachineOptions(
  protocol: CrisisProtocol,
  options: ToMachineOptions,
): {
  readonly protocol: CrisisProtocol;
  readonly now: () => EpochMs;
  readonly effects: CrisisEffectHandlers;
  readonly id: string;
} {
  // A protocol object is data a user may have built by hand: validated like any protocol (ProtocolError).
  const checked = defineProtocol(protocol);
  const issues: Issue[] = [];
  if (typeof options !== "object" || options === null) {
    throw new InputError(
      [issue([], "invalid_type", "Options must be an object.")],
      "Invalid toMachine options",
    );
  }
  if (options.now !== undefined && typeof options.now !== "function")
    issues.push(issue(["now"], "invalid_type", "`now` must be a function returning epoch milliseconds."));
  if (options.id !== undefined && (typeof options.id !== "string" || options.id.length === 0))
    issues.push(issue(["id"], "invalid_type", "`id` must be a non-empty string."));
  const effects = options.effects ?? {};
  if (typeof effects !== "object" || effects === null) {
    issues.push(issue(["effects"], "invalid_type", "`effects` must be an object of handlers."));
  } else {
    for (const [kind, handler] of Object.entries(effects)) {
      if (!EFFECT_KINDS.includes(kind))
        issues.push(
          issue(
            ["effects", kind],
            "unknown_effect",
            `Unknown effect '${kind}' (${EFFECT_KINDS.join(", ")}).`,
          ),
        );
      else if (handler !== undefined && typeof handler !== "function")
        issues.push(issue(["effects", kind], "invalid_type", `The '${kind}' handler must be a function.`));
    }
  }
  if (issues.length > 0) throw new InputError(issues, "Invalid toMachine options");
  return { protocol: checked, now: options.now ?? Date.now, effects, id: options.id ?? checked.id };
}
