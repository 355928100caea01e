import type * as z from "zod/mini";
import { formatPath, type Issue } from "./errors.js";
import type { MessageLocale } from "./locale.js";
import { describeZodIssue } from "./validation-messages.js";

/**
 * Turns zod issues into normas issues: one per unknown key, each with a path and a message
 * a person understands. Custom issues keep their own message and may carry `params.code`.
 */
export function toIssues(error: z.core.$ZodError, locale: MessageLocale = "en", root?: unknown): Issue[] {
  const out: Issue[] = [];
  for (const raw of error.issues) {
    const path = raw.path.filter((p): p is string | number => typeof p !== "symbol");
    // zod leaves the offending value out of issues unless asked; read it from the document for the message.
    const issue =
      raw.code === "invalid_type" && !("input" in raw) && root !== undefined
        ? { ...raw, input: valueAt(root, path) }
        : raw;
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        const full = [...path, key];
        out.push({
          code: "unknown_key",
          path: full,
          pathText: formatPath(full),
          message: describeZodIssue(issue, locale),
        });
      }
      continue;
    }
    const custom =
      issue.code === "custom" ? (issue.params as { code?: unknown; es?: unknown } | undefined) : undefined;
    const code = typeof custom?.code === "string" ? custom.code : issue.code;
    const message =
      issue.code === "custom"
        ? locale === "es" && typeof custom?.es === "string"
          ? custom.es
          : issue.message
        : describeZodIssue(issue, locale);
    out.push({ code, path, pathText: formatPath(path), message });
  }
  return out;
}

function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let at: unknown = root;
  for (const key of path) {
    if (typeof at !== "object" || at === null || !Object.hasOwn(at, key)) return undefined;
    at = (at as Record<string | number, unknown>)[key];
  }
  return at;
}
