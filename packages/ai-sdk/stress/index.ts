// Linear-time check of the guardrail's own text work on hostile model output: the sentence scanner and a whole
// guarded stream, each on an input and on the same input 8 times longer. Linear
// work takes about 8 times as long; the run fails when a ratio passes 24 (quadratic work would take 64 times).
// Run: `pnpm stress` (root) or `pnpm --filter @normas/ai-sdk run stress`.
import { wrapLanguageModel } from "ai";
import { MockLanguageModelV3, simulateReadableStream } from "ai/test";
import { compiled, context, replies } from "../bench/replies.js";
import { normasGuardrail } from "../src/index.js";
import { SentenceScanner } from "../src/sentences.js";

const LIMIT = 24;

/** Best of `runs` timings of `fn`, in ms (the best is the least disturbed by other processes). */
async function best(fn: () => unknown, runs = 5): Promise<number> {
  let min = Number.POSITIVE_INFINITY;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    await fn();
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

function scan(text: string, piece = 5): number {
  const scanner = new SentenceScanner();
  let buffer = "";
  let count = 0;
  for (let i = 0; i < text.length; i += piece) {
    buffer += text.slice(i, i + piece);
    let from = 0;
    for (let end = scanner.next(buffer); end !== -1; end = scanner.next(buffer)) {
      count++;
      from = end;
    }
    buffer = buffer.slice(from);
    scanner.shift(from);
  }
  return count;
}

type StreamPart =
  Awaited<ReturnType<MockLanguageModelV3["doStream"]>>["stream"] extends ReadableStream<infer P> ? P : never;

async function guardedStream(text: string): Promise<number> {
  const chunks: StreamPart[] = [{ type: "text-start", id: "t" }];
  for (let i = 0; i < text.length; i += 16)
    chunks.push({ type: "text-delta", id: "t", delta: text.slice(i, i + 16) });
  chunks.push({ type: "text-end", id: "t" });
  // No finish part: the sentence checks are what is measured, not one whole-text check at the end.
  const model = wrapLanguageModel({
    model: new MockLanguageModelV3({
      doStream: { stream: simulateReadableStream({ chunks, initialDelayInMs: null, chunkDelayInMs: null }) },
    }),
    middleware: normasGuardrail({ compiled, onViolation: "fix" }),
  });
  const { stream } = await model.doStream({ prompt: [], providerOptions: { normas: context.en } });
  const reader = stream.getReader();
  let parts = 0;
  for (;;) {
    const { done } = await reader.read();
    if (done) return parts;
    parts++;
  }
}

const cases: [string, (n: number) => string, (s: string) => unknown][] = [
  ["scanner: '.' without spaces", (n) => ".".repeat(n), scan],
  ["scanner: '. ' sentences", (n) => "Ok. ".repeat(n / 4), scan],
  ["scanner: '.)))…' closers", (n) => `.${")".repeat(n)} a`, scan],
  ["scanner: run-on words", (n) => "palabra ".repeat(n / 8), scan],
];

let failed = 0;
console.log("| input | n | ms at n | ms at 8n | ratio |");
console.log("| --- | ---: | ---: | ---: | ---: |");
const n = 100_000;
for (const [name, make, fn] of cases) {
  const small = make(n);
  const large = make(8 * n);
  const a = await best(() => fn(small));
  const b = await best(() => fn(large));
  const ratio = b / Math.max(a, 0.01);
  if (ratio > LIMIT) failed++;
  console.log(
    `| ${name} | ${n} | ${a.toFixed(2)} | ${b.toFixed(2)} | ${ratio.toFixed(1)}${ratio > LIMIT ? " ✗" : ""} |`,
  );
}
// A guarded stream: 12 500 and 100 000 characters of English sentences (the core's input limit is 100 000).
{
  const text = (length: number) => replies("en", 1, length)[0] as string;
  const small = text(12_500);
  const large = text(100_000);
  const a = await best(() => guardedStream(small), 3);
  const b = await best(() => guardedStream(large), 3);
  const ratio = b / a;
  if (ratio > LIMIT) failed++;
  console.log(
    `| guarded stream (fix mode, sentence checks) | ${small.length} | ${a.toFixed(1)} | ${b.toFixed(1)} | ${ratio.toFixed(1)}${ratio > LIMIT ? " ✗" : ""} |`,
  );
}
if (failed > 0) {
  console.error(`\n${failed} input(s) grew faster than linear (ratio above ${LIMIT}).`);
  process.exit(1);
}
