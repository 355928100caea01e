// Overhead of the guardrail against the bare mock model, measured in the same run: per 280-character reply with
// `generateText` and `doGenerate`, and per streamed sentence with `streamText`. Prints medians and ratios; never
// fails on time. Run: `pnpm bench` (root) or `pnpm --filter @normas/ai-sdk run bench`.
import { generateText, streamText, wrapLanguageModel } from "ai";
import { MockLanguageModelV3, simulateReadableStream } from "ai/test";
import { normasGuardrail, readGuardrailReport } from "../src/index.js";
import { compiled, context, replies } from "./replies.js";

type GenerateResult = Awaited<ReturnType<MockLanguageModelV3["doGenerate"]>>;
type StreamPart =
  Awaited<ReturnType<MockLanguageModelV3["doStream"]>>["stream"] extends ReadableStream<infer P> ? P : never;

const usage = {
  inputTokens: { total: 10, noCache: 10, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 60, text: 60, reasoning: undefined },
};
const result = (text: string): GenerateResult => ({
  content: [{ type: "text", text }],
  finishReason: { unified: "stop", raw: "stop" },
  usage,
  warnings: [],
});
/** Token-sized chunks (about 4 characters), as a provider streams them. */
function parts(text: string): StreamPart[] {
  const out: StreamPart[] = [
    { type: "stream-start", warnings: [] },
    { type: "text-start", id: "t" },
  ];
  for (let i = 0; i < text.length; i += 4)
    out.push({ type: "text-delta", id: "t", delta: text.slice(i, i + 4) });
  out.push(
    { type: "text-end", id: "t" },
    { type: "finish", finishReason: { unified: "stop", raw: "stop" }, usage },
  );
  return out;
}

const median = (xs: readonly number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const p95 = (xs: readonly number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)] ?? Number.NaN;

/**
 * Per-call µs of `bare` and `guarded` over `items`, `rounds` times after one warm-up round. The two run one
 * after the other on each item, so that a burst of the shared machine hits both; `added` is the median of the
 * per-item differences.
 */
async function pair<T>(
  items: readonly T[],
  rounds: number,
  bare: (item: T) => PromiseLike<unknown>,
  guarded: (item: T) => PromiseLike<unknown>,
): Promise<{ bare: number[]; guarded: number[]; added: number[] }> {
  for (const item of items) {
    await bare(item);
    await guarded(item);
  }
  const out = { bare: [] as number[], guarded: [] as number[], added: [] as number[] };
  for (let r = 0; r < rounds; r++) {
    for (const item of items) {
      const t0 = performance.now();
      await bare(item);
      const t1 = performance.now();
      await guarded(item);
      const t2 = performance.now();
      out.bare.push((t1 - t0) * 1000);
      out.guarded.push((t2 - t1) * 1000);
      out.added.push((t2 - t1 - (t1 - t0)) * 1000);
    }
  }
  return out;
}

/** A model that answers each reply in turn; its call log is cleared so that it does not grow. */
function mock(texts: readonly string[]): MockLanguageModelV3 {
  let i = 0;
  const model: MockLanguageModelV3 = new MockLanguageModelV3({
    doGenerate: async () => {
      model.doGenerateCalls.length = 0;
      return result(texts[i++ % texts.length] as string);
    },
    doStream: async () => {
      model.doStreamCalls.length = 0;
      return {
        stream: simulateReadableStream({
          chunks: parts(texts[i++ % texts.length] as string),
          initialDelayInMs: null,
          chunkDelayInMs: null,
        }),
      };
    },
  });
  return model;
}

const row = (cells: readonly (string | number)[]) => console.log(`| ${cells.join(" | ")} |`);
const f1 = (x: number) => x.toFixed(1);

async function main(): Promise<void> {
  const rounds = Number(process.env.BENCH_ROUNDS ?? 15);
  const count = 40;
  console.log(
    `### ai-sdk guardrail overhead (${count} replies per language, ${rounds} rounds, µs per call)\n`,
  );
  console.log(
    "Generate: one 280-character reply, bare mock model vs the same model wrapped with normasGuardrail (block mode, the reply passes).\n",
  );
  row([
    "lang",
    "path",
    "bare median",
    "guarded median",
    "added (median of differences)",
    "guarded p95",
    "× bare",
  ]);
  row(["---", "---", "---:", "---:", "---:", "---:", "---:"]);
  for (const lang of ["es", "en"] as const) {
    const texts = replies(lang, count, 280);
    const bareModel = mock(texts);
    const guardedModel = wrapLanguageModel({ model: mock(texts), middleware: normasGuardrail({ compiled }) });
    const providerOptions = { normas: context[lang] };
    const params = { prompt: [], providerOptions } as Parameters<MockLanguageModelV3["doGenerate"]>[0];
    const call = await pair(
      texts,
      rounds,
      () => bareModel.doGenerate(params),
      () => guardedModel.doGenerate(params),
    );
    const e2e = await pair(
      texts,
      rounds,
      () => generateText({ model: bareModel, prompt: "Reply.", providerOptions }),
      () => generateText({ model: guardedModel, prompt: "Reply.", providerOptions }),
    );
    for (const [path, t] of [
      ["doGenerate", call],
      ["generateText", e2e],
    ] as const) {
      row([
        lang,
        path,
        f1(median(t.bare)),
        f1(median(t.guarded)),
        f1(median(t.added)),
        f1(p95(t.guarded)),
        (median(t.guarded) / median(t.bare)).toFixed(1),
      ]);
    }
  }

  console.log(
    "\nStream: the model's stream in 4-character chunks read to the end, bare vs guarded (block mode); added per sentence = added / sentences released.\n",
  );
  row([
    "lang",
    "path",
    "reply length",
    "sentences",
    "bare median",
    "guarded median",
    "added per sentence",
    "× bare",
  ]);
  row(["---", "---", "---:", "---:", "---:", "---:", "---:", "---:"]);
  for (const lang of ["es", "en"] as const) {
    for (const length of [280, 1200]) {
      const texts = replies(lang, count, length);
      const bareModel = mock(texts);
      const guardedModel = wrapLanguageModel({
        model: mock(texts),
        middleware: normasGuardrail({ compiled }),
      });
      const providerOptions = { normas: context[lang] };
      const params = { prompt: [], providerOptions } as Parameters<MockLanguageModelV3["doStream"]>[0];
      let sentences = 0;
      const drain = async (model: { doStream: MockLanguageModelV3["doStream"] }) => {
        const { stream } = await model.doStream(params);
        const reader = stream.getReader();
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          if (value.type === "finish")
            sentences = readGuardrailReport(value.providerMetadata)?.sentences ?? sentences;
        }
      };
      const model = await pair(
        texts,
        rounds,
        () => drain(bareModel),
        () => drain(guardedModel),
      );
      const readAll = async (m: typeof bareModel | typeof guardedModel) => {
        const s = streamText({ model: m, prompt: "Reply.", providerOptions, onError: () => {} });
        for await (const _ of s.fullStream);
      };
      const e2e = await pair(
        texts,
        rounds,
        () => readAll(bareModel),
        () => readAll(guardedModel),
      );
      for (const [path, t] of [
        ["doStream", model],
        ["streamText", e2e],
      ] as const) {
        row([
          lang,
          path,
          length,
          sentences,
          f1(median(t.bare)),
          f1(median(t.guarded)),
          f1(median(t.added) / sentences),
          (median(t.guarded) / median(t.bare)).toFixed(1),
        ]);
      }
    }
  }
  console.log(
    "\ndoStream isolates the guardrail: the added µs per sentence is the time from a sentence's last chunk to its release (one check of the sentence in its context). streamText end to end can come out faster guarded than bare: the guardrail hands it one delta per sentence instead of one per chunk.",
  );
}

await main();
