import type { LanguageModelMiddleware } from "ai";
import { ReplyChecker } from "./check.js";
import { resolveContext } from "./context.js";
import { guardGenerate } from "./generate.js";
import { type NormasGuardrailOptions, resolveOptions } from "./options.js";
import { guardStream } from "./stream.js";

/**
 * A guardrail for replies drafted by a model: AI SDK middleware that checks every reply against the policy
 * before it reaches anyone, and blocks, repairs, fixes or annotates it (`onViolation`). Wrap any model with
 * `wrapLanguageModel` and use it with `generateText` or `streamText` as usual. Each call says which brand and
 * author it writes for, through `providerOptions.normas` or the `context` option.
 *
 * - `generateText`: the reply is checked whole; a blocked reply rejects with a `NormasGuardrailError` carrying
 *   the verdict and every attempt; a reply let through carries its report in `providerMetadata.normas`
 *   (`readGuardrailReport`).
 * - `streamText`: text is released sentence by sentence once each sentence passes; the whole-text rules
 *   (length, sign-off, unacknowledged complaint) run at the end; a reply that fails ends with an error part.
 * - Markdown (emphasis, lists, headings, links) is read as prose by the core; spans and fixes are offsets of the
 *   text as the model wrote it, markup included.
 * - Tool calls, reasoning, files and sources pass through untouched; a step that ends in tool calls is checked
 *   without the whole-text rules (the reply is not finished).
 *
 * @throws {@link GuardrailOptionsError} when an option is invalid (each call then validates its context and
 * throws `InputError` naming the field, before the model is called).
 *
 * @example
 * ```ts
 * import { compilePolicy, definePolicy } from "@normas/core";
 * import { normasGuardrail } from "@normas/ai-sdk";
 * import { generateText, wrapLanguageModel } from "ai";
 *
 * const compiled = compilePolicy(definePolicy({ extends: "recommended", brands: [{ id: "acme-es", name: "Acme", locale: "es-ES" }] }));
 * const model = wrapLanguageModel({ model: baseModel, middleware: normasGuardrail({ compiled, onViolation: "repair" }) });
 * const { text } = await generateText({
 *   model,
 *   prompt: "Responde a: «Mi pedido llega tarde».",
 *   providerOptions: { normas: { brand: "acme-es", author: { id: "ana", roles: ["agent"] } } },
 * });
 * ```
 */
export function normasGuardrail(options: NormasGuardrailOptions): LanguageModelMiddleware {
  const resolved = resolveOptions(options);
  const checkerFor = async (
    params: Parameters<NonNullable<LanguageModelMiddleware["wrapGenerate"]>>[0]["params"],
  ) => {
    const context = await resolveContext(resolved.compiled, params, resolved.context);
    const checker = new ReplyChecker(
      resolved.compiled,
      context.input,
      resolved.minSeverity,
      resolved.runClassifiers,
    );
    return { context, checker };
  };
  return {
    specificationVersion: "v3",
    async wrapGenerate({ doGenerate, params, model }) {
      const { context, checker } = await checkerFor(params);
      return guardGenerate({ options: resolved, context, checker, doGenerate, params, model });
    },
    async wrapStream({ doStream, params }) {
      const { checker } = await checkerFor(params);
      return guardStream({ options: resolved, checker, doStream });
    },
  };
}
