// Who writes, for which brand, in answer to what: from the guardrail's `context` option and the call's
// `providerOptions.normas`, the latter winning field by field. Checked before the model is called, so that a
// bad context costs no tokens; errors name the field where the caller wrote it.
import {
  type CompiledPolicy,
  evaluateReply,
  InputError,
  type Issue,
  type MessageLocale,
  NormasError,
} from "@normas/core";
import { formatPath, messageLocaleOf } from "@normas/core/text";
import type { GuardrailContext } from "./check.js";
import type { CallOptions } from "./model-types.js";

/** One call's resolved context. */
export interface ResolvedContext {
  /** The reply input without its text. */
  readonly input: GuardrailContext;
  /** The brand's language (for repair messages). */
  readonly brandLocale: MessageLocale;
  /** The brand's display name. */
  readonly brandName: string;
}

const FROM_CALL = ["providerOptions", "normas"] as const;
// What the guardrail's `context` option returned.
const FROM_OPTION = ["context"] as const;

function located(issue: Issue, prefix: readonly (string | number)[]): Issue {
  const path = [...prefix, ...issue.path];
  return { ...issue, path, pathText: formatPath(path) };
}

/** Resolves and validates the context of one call. @throws {@link InputError} naming where a bad field came from. */
export async function resolveContext(
  compiled: CompiledPolicy,
  params: CallOptions,
  option:
    | ((params: CallOptions) => GuardrailContext | undefined | PromiseLike<GuardrailContext | undefined>)
    | undefined,
): Promise<ResolvedContext> {
  const fromOption = option === undefined ? undefined : await option(params);
  const raw: unknown = params.providerOptions?.normas;
  const fromCall = raw !== null && typeof raw === "object" ? (raw as Record<string, unknown>) : undefined;
  if (fromOption !== undefined && (fromOption === null || typeof fromOption !== "object")) {
    throw new InputError(
      [
        {
          code: "invalid_type",
          path: [...FROM_OPTION],
          pathText: "context",
          message:
            "The guardrail's context function must return an object ({ brand, author, … }) or undefined.",
        },
      ],
      "Invalid normas context",
    );
  }
  const merged = { ...fromOption, ...fromCall } as Record<string, unknown>;
  const prefixOf = (key: string | number | undefined): readonly (string | number)[] =>
    typeof key === "string" && fromCall !== undefined && key in fromCall ? FROM_CALL : FROM_OPTION;

  const missing: Issue[] = [];
  for (const key of ["brand", "author"] as const) {
    if (merged[key] === undefined) {
      missing.push({
        code: "missing",
        path: [...FROM_CALL, key],
        pathText: `providerOptions.normas.${key}`,
        message: `Say which ${key} the reply is for: pass providerOptions: { normas: { ${key} } } to the call, or return it from the guardrail's context option.`,
      });
    }
  }
  if (missing.length > 0) throw new InputError(missing, "Invalid normas context");

  const { text: _ignored, ...input } = merged as GuardrailContext & { text?: unknown };
  try {
    // An empty reply runs every check of the input (brand known, author, comment, crisis) at almost no cost.
    evaluateReply(compiled, { ...input, text: "" });
  } catch (error) {
    if (error instanceof NormasError && error.code === "INPUT_INVALID") {
      throw new InputError(
        error.issues.map((i) => located(i, prefixOf(i.path[0]))),
        "Invalid normas context",
      );
    }
    throw error;
  }
  const brand = compiled.policy.brands.find((b) => b.id === input.brand);
  return {
    input,
    brandLocale: messageLocaleOf(brand?.locale),
    brandName: brand?.name ?? input.brand,
  };
}
