// Shared fixtures of the tests: a two-brand policy (Spanish with usted, English formal), an agent who may not
// promise refunds, and the AI SDK's own mock model and stream helpers.
import { compilePolicy, definePolicy } from "@normas/core";
import { MockLanguageModelV3, simulateReadableStream } from "ai/test";

export const policy = definePolicy({
  extends: "recommended",
  roles: { agent: { may: [] }, supervisor: { may: ["refund", "compensation"] } },
  channels: { x: { maxLength: 280 } },
  // Emoji and sign-off are warnings by default; here they stop a reply, so that the modes act on them.
  rules: { "voice/emoji": "error", "voice/sign-off": "error" },
  brands: [
    {
      id: "acme-es",
      name: "Acme España",
      locale: "es-ES",
      voice: { address: "usted", maxEmoji: 1, signOff: { template: "^{initials}" } },
    },
    {
      id: "acme-uk",
      name: "Acme UK",
      locale: "en-GB",
      voice: { register: "formal", maxEmoji: 1, signOff: { template: "^{initials}" } },
    },
  ],
});

export const compiled = compilePolicy(policy);

export const agent = { id: "ana", roles: ["agent"], initials: "AG" };

/** Per-call context for the Spanish brand, as `providerOptions.normas`. */
export const es = { brand: "acme-es", author: agent, inReplyTo: { text: "Mi pedido llega tarde." } };
/** Per-call context for the English brand. */
export const en = { brand: "acme-uk", author: agent, inReplyTo: { text: "My order is late." } };

type GenerateResult = Awaited<ReturnType<MockLanguageModelV3["doGenerate"]>>;
type StreamResult = Awaited<ReturnType<MockLanguageModelV3["doStream"]>>;
/** One part of a model's stream. */
export type StreamPart = StreamResult["stream"] extends ReadableStream<infer P> ? P : never;
type Content = GenerateResult["content"][number];

export const usage = (input: number, output: number): GenerateResult["usage"] => ({
  inputTokens: { total: input, noCache: input, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: output, text: output, reasoning: undefined },
});

/** A `doGenerate` result with `content` (a string is one text part). */
export function generated(
  content: string | Content[],
  finish: "stop" | "tool-calls" = "stop",
): GenerateResult {
  return {
    content: typeof content === "string" ? [{ type: "text", text: content }] : content,
    finishReason: { unified: finish, raw: finish },
    usage: usage(20, 30),
    warnings: [],
  };
}

/** The parts of a streamed text reply, one text delta per chunk. */
export function textParts(chunks: readonly string[], finish: "stop" | "tool-calls" = "stop"): StreamPart[] {
  return [
    { type: "stream-start", warnings: [] },
    { type: "text-start", id: "t1" },
    ...chunks.map((delta): StreamPart => ({ type: "text-delta", id: "t1", delta })),
    { type: "text-end", id: "t1" },
    { type: "finish", finishReason: { unified: finish, raw: finish }, usage: usage(20, 30) },
  ];
}

/** A `doStream` result that plays `parts` without delay. */
export function streamed(parts: StreamPart[]): StreamResult {
  return { stream: simulateReadableStream({ chunks: parts, initialDelayInMs: null, chunkDelayInMs: null }) };
}

/** Splits a text into chunks of `size` characters, as a model streams tokens. */
export function chunked(text: string, size = 7): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

/** A mock model answering `doGenerate` with each result in turn. */
export const modelGenerating = (first: GenerateResult, ...more: GenerateResult[]) =>
  new MockLanguageModelV3({ doGenerate: more.length === 0 ? first : [first, ...more] });

/** A mock model streaming `parts`. */
export const modelStreaming = (parts: StreamPart[]) => new MockLanguageModelV3({ doStream: streamed(parts) });

/** Reads a whole stream into an array. */
export async function readAll<T>(stream: ReadableStream<T>): Promise<T[]> {
  const out: T[] = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return out;
    out.push(value);
  }
}
