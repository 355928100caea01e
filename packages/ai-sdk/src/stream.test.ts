import {
  type LanguageModelMiddleware,
  streamText,
  type TextStreamPart,
  type ToolSet,
  wrapLanguageModel,
} from "ai";
import { MockLanguageModelV3, simulateReadableStream } from "ai/test";
import { describe, expect, test } from "vitest";
import {
  chunked,
  compiled,
  en,
  es,
  modelStreaming,
  readAll,
  type StreamPart,
  streamed,
  textParts,
  usage,
} from "../test/helpers.js";
import { NormasGuardrailError } from "./errors.js";
import { normasGuardrail } from "./guardrail.js";
import type { NormasGuardrailOptions } from "./options.js";
import { readGuardrailReport } from "./report.js";

const guarded = (model: MockLanguageModelV3, options: Partial<NormasGuardrailOptions> = {}) =>
  wrapLanguageModel({ model, middleware: normasGuardrail({ compiled, ...options }) });

type Part = TextStreamPart<ToolSet>;

/** A middleware that does nothing: the model as the SDK delivers it, for comparison. */
const PASS_THROUGH: LanguageModelMiddleware = { specificationVersion: "v3" };

/** Streams `text` (in chunks of 7 characters) through a guardrail and collects what a caller sees. */
async function run(
  text: string | StreamPart[],
  context: object,
  options: Partial<NormasGuardrailOptions> = {},
) {
  const model = modelStreaming(typeof text === "string" ? textParts(chunked(text)) : text);
  const result = streamText({
    model: guarded(model, options),
    prompt: "Draft a reply.",
    providerOptions: { normas: context as Record<string, never> },
    onError: () => {},
  });
  const parts: Part[] = [];
  for await (const part of result.fullStream) parts.push(part);
  const deltas = parts.flatMap((p) => (p.type === "text-delta" ? [p.text] : []));
  const errors = parts.flatMap((p) => (p.type === "error" ? [p.error] : []));
  const finished = parts.some((p) => p.type === "finish" && p.finishReason !== "error");
  return { model, parts, deltas, text: deltas.join(""), errors, finished, result };
}

const guardError = (errors: unknown[]): NormasGuardrailError => {
  expect(errors).toHaveLength(1);
  expect(NormasGuardrailError.isInstance(errors[0])).toBe(true);
  return errors[0] as NormasGuardrailError;
};

const CLEAN_EN = "We are sorry about the delay. Could you send us your order number by direct message? ^AG";
const CLEAN_ES = "Sentimos el retraso. ¿Puede enviarnos el número de pedido por mensaje privado? ^AG";

describe("a stream that passes", () => {
  test.each([
    [
      "en",
      en,
      CLEAN_EN,
      ["We are sorry about the delay.", " Could you send us your order number by direct message?", " ^AG"],
    ],
    [
      "es",
      es,
      CLEAN_ES,
      ["Sentimos el retraso.", " ¿Puede enviarnos el número de pedido por mensaje privado?", " ^AG"],
    ],
  ])("is released sentence by sentence (%s)", async (_l, context, text, sentences) => {
    const out = await run(text, context);
    expect(out.deltas).toEqual(sentences);
    expect(out.errors).toEqual([]);
    expect(out.finished).toBe(true);
    const report = readGuardrailReport(await out.result.providerMetadata);
    expect(report?.outcome).toBe("passed");
    expect(report?.sentences).toBe(3);
    expect(report?.complete).toBe(true);
    expect(report?.attempts[0]?.text).toBe(text);
  });

  test("a long reply of many sentences is released whole", async () => {
    const text = `${"We are sorry about the delay. ".repeat(40)}Could you send us your order number? ^AG`;
    const out = await run(text, { ...en, channel: undefined });
    expect(out.text).toBe(text);
    expect(readGuardrailReport(await out.result.providerMetadata)?.sentences).toBe(42);
  });
});

describe("block", () => {
  test("ends an English stream with an error part at the sentence that promises a refund", async () => {
    const out = await run(
      "Thanks for your message. We will refund you in full tomorrow. Anything else? ^AG",
      en,
    );
    expect(out.text).toBe("Thanks for your message.");
    const error = guardError(out.errors);
    expect(error.mode).toBe("block");
    expect(error.text).toBe("Thanks for your message. We will refund you in full tomorrow.");
    const promise = error.verdict.violations.find((v) => v.ruleId === "authority/commitment");
    expect(error.text.slice(promise?.span?.start, promise?.span?.end)).toContain("refund");
    expect(out.finished).toBe(false);
  });

  test("ends a Spanish stream at the sentence that says tú to a usted brand", async () => {
    const out = await run(
      "Sentimos el retraso. Cálmate, como ya te dijimos, te devolveremos el dinero. ^AG",
      es,
    );
    expect(out.text).toBe("Sentimos el retraso.");
    const rules = guardError(out.errors).verdict.violations.map((v) => v.ruleId);
    expect(rules).toContain("voice/formality");
    expect(rules).toContain("authority/commitment");
  });

  test("stops reading the model's stream once it blocks", async () => {
    const parts = textParts([
      "We will refund you in full tomorrow.",
      ...Array.from({ length: 50 }, () => " We are sorry."),
    ]);
    const pulled: StreamPart[] = [];
    const counted = simulateReadableStream({
      chunks: parts,
      initialDelayInMs: null,
      chunkDelayInMs: null,
    }).pipeThrough(
      new TransformStream<StreamPart, StreamPart>({
        transform(part, controller) {
          pulled.push(part);
          controller.enqueue(part);
        },
      }),
    );
    const model = new MockLanguageModelV3({ doStream: { stream: counted } });
    const result = streamText({
      model: guarded(model),
      prompt: "Reply.",
      providerOptions: { normas: en },
      onError: () => {},
    });
    for await (const _ of result.fullStream);
    expect(pulled.length).toBeLessThan(parts.length);
    expect(pulled.some((p) => p.type === "finish")).toBe(false);
  });

  test("a missing sign-off, known only at the end, still blocks after the text went out", async () => {
    const text = "We are sorry about the delay. Could you send us your order number by direct message?";
    const out = await run(text, en);
    expect(out.text).toBe(text);
    const error = guardError(out.errors);
    expect(error.verdict.violations.map((v) => v.ruleId)).toEqual(["voice/sign-off"]);
    expect(out.finished).toBe(false);
  });

  test("a reply too long for the channel blocks at the end", async () => {
    const text = `${"Sentimos mucho el retraso de su pedido. ".repeat(8)}^AG`;
    const out = await run(text, { ...es, channel: "x" });
    const error = guardError(out.errors);
    expect(error.verdict.violations.map((v) => v.ruleId)).toEqual(["voice/length"]);
    expect(out.text).toBe(text);
  });
});

describe("fix (and repair, which fixes on a stream)", () => {
  test.each(["fix", "repair"] as const)(
    "%s: a Spanish sentence with tú is fixed before it is released",
    async (mode) => {
      const out = await run(
        "Sentimos el retraso. ¿Puedes enviarnos el número de pedido por mensaje privado? ^AG",
        es,
        { onViolation: mode },
      );
      expect(out.deltas).toEqual([
        "Sentimos el retraso.",
        " ¿Puede enviarnos el número de pedido por mensaje privado?",
        " ^AG",
      ]);
      expect(out.errors).toEqual([]);
      const report = readGuardrailReport(await out.result.providerMetadata);
      expect(report?.outcome).toBe("fixed");
      const fix = report?.attempts[0]?.fixes?.[0];
      expect(fix?.ruleId).toBe("voice/formality");
      const edit = fix?.edits[0];
      expect(edit !== undefined && out.text.slice(edit.start, edit.start + edit.text.length)).toBe("Puede");
      // The model is asked once: a stream is never re-asked.
      expect(out.model.doStreamCalls).toHaveLength(1);
      expect(out.model.doGenerateCalls).toHaveLength(0);
    },
  );

  test("extra emoji in English are removed from the sentence that brings them", async () => {
    const out = await run(
      "We are sorry about the delay 😀. Could you send us your order number 😀😀? ^AG",
      en,
      { onViolation: "fix" },
    );
    expect(out.text).toBe("We are sorry about the delay 😀. Could you send us your order number ? ^AG");
    expect(out.errors).toEqual([]);
  });

  test("a missing sign-off is appended at the end as one more text part", async () => {
    const text = "We are sorry about the delay. Could you send us your order number by direct message?";
    const out = await run(text, en, { onViolation: "fix" });
    expect(out.text).toBe(`${text} ^AG`);
    expect(out.deltas.at(-1)).toBe(" ^AG");
    expect(out.errors).toEqual([]);
    expect(readGuardrailReport(await out.result.providerMetadata)?.outcome).toBe("fixed");
  });

  test("a sentence without a safe fix ends the stream with an error part", async () => {
    const out = await run("We are sorry about the delay. We will refund you in full tomorrow. ^AG", en, {
      onViolation: "fix",
    });
    expect(out.text).toBe("We are sorry about the delay.");
    expect(guardError(out.errors).mode).toBe("fix");
  });
});

describe("annotate", () => {
  test("passes every chunk through as it comes, with the verdict on the finish part", async () => {
    const text = "Cálmate, como ya te dijimos, te devolveremos el dinero. ^AG";
    const chunks = chunked(text, 5);
    const out = await run(textParts(chunks), es, { onViolation: "annotate" });
    expect(out.deltas).toEqual(chunks);
    expect(out.errors).toEqual([]);
    const report = readGuardrailReport(await out.result.providerMetadata);
    expect(report?.outcome).toBe("annotated");
    expect(report?.verdict.violations.map((v) => v.ruleId)).toContain("voice/formality");
  });

  test("reports 'passed' for a clean English stream", async () => {
    const out = await run(CLEAN_EN, en, { onViolation: "annotate" });
    expect(readGuardrailReport(await out.result.providerMetadata)?.outcome).toBe("passed");
  });
});

describe("Markdown in a stream", () => {
  test("bold does not hide a promise of a refund", async () => {
    const out = await run("Thanks for writing. **We will refund you** in full tomorrow. ^AG", en);
    expect(out.text).toBe("Thanks for writing.");
    const error = guardError(out.errors);
    const promise = error.verdict.violations.find((v) => v.ruleId === "authority/commitment");
    // Spans are offsets of the text as the model wrote it, markup included.
    expect(error.text.slice(promise?.span?.start, promise?.span?.end)).toContain("refund");
  });

  test("list items are released line by line and fixed without losing their markers", async () => {
    const out = await run(
      "Sentimos el retraso.\n\n- ¿Puedes enviarnos el número de pedido?\n- ¿Y la dirección de entrega?\n\n^AG",
      es,
      { onViolation: "fix" },
    );
    expect(out.text).toBe(
      "Sentimos el retraso.\n\n- ¿Puede enviarnos el número de pedido?\n- ¿Y la dirección de entrega?\n\n^AG",
    );
    expect(out.errors).toEqual([]);
  });
});

describe("parts that are not text, and streams that fail", () => {
  test("reasoning, tool input, tool calls, sources and files pass through untouched and in order", async () => {
    const others: StreamPart[] = [
      { type: "stream-start", warnings: [] },
      { type: "response-metadata", id: "r1", modelId: "mock" },
      { type: "reasoning-start", id: "r" },
      { type: "reasoning-delta", id: "r", delta: "Offer help; do not promise money." },
      { type: "reasoning-end", id: "r" },
      { type: "source", sourceType: "url", id: "s1", url: "https://acme.example/faq" },
      { type: "file", mediaType: "text/plain", data: "aGVsbG8=" },
      { type: "tool-input-start", id: "c1", toolName: "lookupOrder" },
      { type: "tool-input-delta", id: "c1", delta: '{"orderId":"A-17"}' },
      { type: "tool-input-end", id: "c1" },
      { type: "tool-call", toolCallId: "c1", toolName: "lookupOrder", input: '{"orderId":"A-17"}' },
    ];
    const parts: StreamPart[] = [
      ...others.slice(0, 6),
      { type: "text-start", id: "t1" },
      { type: "text-delta", id: "t1", delta: "Let me check your order." },
      { type: "text-end", id: "t1" },
      ...others.slice(6),
      { type: "finish", finishReason: { unified: "tool-calls", raw: "tool_calls" }, usage: usage(5, 5) },
    ];
    const model = guarded(modelStreaming(parts));
    const { stream } = await model.doStream({ prompt: [], providerOptions: { normas: en } });
    const out = await readAll(stream);
    const passed = out.filter((p) => !p.type.startsWith("text-") && p.type !== "finish");
    // Untouched: as the SDK delivers them without the guardrail (ai 7 converts a V3 model's parts to V4).
    const bare = wrapLanguageModel({ model: modelStreaming(parts), middleware: PASS_THROUGH });
    const reference = (await readAll((await bare.doStream({ prompt: [] })).stream)).filter(
      (p) => !p.type.startsWith("text-") && p.type !== "finish",
    );
    expect(passed).toHaveLength(others.length);
    expect(passed).toEqual(reference);
    const text = out.flatMap((p) => (p.type === "text-delta" ? [p.delta] : [])).join("");
    expect(text).toBe("Let me check your order.");
    const finish = out.at(-1);
    expect(finish?.type).toBe("finish");
    // A step that ends in tool calls: the sign-off is not asked for yet.
    expect(
      readGuardrailReport(finish?.type === "finish" ? finish.providerMetadata : undefined)?.complete,
    ).toBe(false);
  });

  test("a stream that aborts releases only checked sentences and passes the error on", async () => {
    const failure = new Error("connection reset");
    const pieces: StreamPart[] = [
      { type: "stream-start", warnings: [] },
      { type: "text-start", id: "t1" },
      { type: "text-delta", id: "t1", delta: "We are sorry about the delay. Could you" },
    ];
    let next = 0;
    const upstream = new ReadableStream<StreamPart>({
      pull(controller) {
        const piece = pieces[next++];
        if (piece === undefined) controller.error(failure);
        else controller.enqueue(piece);
      },
    });
    const model = guarded(new MockLanguageModelV3({ doStream: { stream: upstream } }));
    const { stream } = await model.doStream({ prompt: [], providerOptions: { normas: en } });
    const reader = stream.getReader();
    const seen: StreamPart[] = [];
    let caught: unknown;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        seen.push(value);
      }
    } catch (error) {
      caught = error;
    }
    expect(caught).toBe(failure);
    const text = seen.flatMap((p) => (p.type === "text-delta" ? [p.delta] : [])).join("");
    expect(text).toBe("We are sorry about the delay.");
  });

  test("a caller that aborts gets only complete, checked sentences", async () => {
    const abort = new AbortController();
    const model = modelStreaming(
      textParts(["We are sorry about the delay.", " Could you send", " us your order number?"]),
    );
    const result = streamText({
      model: guarded(model),
      prompt: "Reply.",
      providerOptions: { normas: en },
      abortSignal: abort.signal,
      onChunk: ({ chunk }) => {
        if (chunk.type === "text-delta") abort.abort();
      },
      onError: () => {},
    });
    const parts: Part[] = [];
    for await (const part of result.fullStream) parts.push(part);
    const text = parts.flatMap((p) => (p.type === "text-delta" ? [p.text] : [])).join("");
    expect(text).toBe("We are sorry about the delay.");
    expect(parts.some((p) => p.type === "abort")).toBe(true);
  });

  test("a model that throws: its own error reaches the caller", async () => {
    const failure = new Error("network down");
    const model = new MockLanguageModelV3({
      doStream: async () => {
        throw failure;
      },
    });
    const result = streamText({
      model: guarded(model),
      prompt: "Reply.",
      providerOptions: { normas: en },
      maxRetries: 0,
      onError: () => {},
    });
    const errors: unknown[] = [];
    for await (const part of result.fullStream) if (part.type === "error") errors.push(part.error);
    expect(errors).toEqual([failure]);
  });

  test("a stream without text is left as it is", async () => {
    const parts: StreamPart[] = [
      { type: "stream-start", warnings: [] },
      { type: "tool-call", toolCallId: "c1", toolName: "lookupOrder", input: "{}" },
      { type: "finish", finishReason: { unified: "tool-calls", raw: "tool_calls" }, usage: usage(5, 5) },
    ];
    const model = guarded(new MockLanguageModelV3({ doStream: streamed(parts) }));
    const { stream } = await model.doStream({ prompt: [], providerOptions: { normas: es } });
    const out = await readAll(stream);
    expect(out).toHaveLength(3);
    for (const [i, p] of out.entries()) expect(p).toBe(parts[i]);
  });
});
