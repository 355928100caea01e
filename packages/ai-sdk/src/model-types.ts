// The language-model protocol types, read off the middleware type `ai` exports, so that this package needs no
// direct dependency on `@ai-sdk/provider` and always matches the `ai` the app installed.
import type { LanguageModelMiddleware } from "ai";

type WrapGenerate = NonNullable<LanguageModelMiddleware["wrapGenerate"]>;
type WrapStream = NonNullable<LanguageModelMiddleware["wrapStream"]>;

/**
 * The options of one model call, as the AI SDK hands them to a middleware (`LanguageModelV3CallOptions`):
 * `prompt`, settings, `providerOptions` and so on.
 */
export type GuardrailCallParams = Parameters<
  NonNullable<LanguageModelMiddleware["wrapGenerate"]>
>[0]["params"];
/** @internal */
export type CallOptions = GuardrailCallParams;
/** A language model, as the middleware receives it. */
export type WrappedModel = Parameters<WrapGenerate>[0]["model"];
/** What `doGenerate` returns. */
export type GenerateResult = Awaited<ReturnType<WrapGenerate>>;
/** One part of a generated response (text, tool call, reasoning, file, source…). */
export type Content = GenerateResult["content"][number];
/** What `doStream` returns. */
export type StreamResult = Awaited<ReturnType<WrapStream>>;
/** One part of a streamed response. */
export type StreamPart = StreamResult["stream"] extends ReadableStream<infer P> ? P : never;
/** Token usage of a call. */
export type Usage = GenerateResult["usage"];
/** A prompt message. */
export type PromptMessage = CallOptions["prompt"][number];
