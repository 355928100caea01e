// Benchmark of the source index (norm 1). Run alone: `node --expose-gc --import tsx packages/core/bench/originality.bench.ts`
// (without --expose-gc the heap figures are rougher). Prints figures; never asserts time.
// The 1,000,000-document part (about 2 GB of generated text, a few minutes on a shared 2-core box) runs only
// with NORMAS_BENCH_MILLION=1.

import type { SourceDocument, SourceDocumentStore } from "../src/originality/source-document.js";
import { SourceIndex } from "../src/originality/source-index.js";
import { foldWords } from "../src/originality/words.js";

// --- a seeded generator of ~2 KB documents in Spanish and English -------------------------------------------
function prng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 0x100000000;
  };
}

const ES_COMMON =
  "de la que el en y a los se del las un por con no una su para es al lo como más pero sus le ya o este sí porque esta entre cuando muy sin sobre también me hasta hay donde quien desde todo nos durante todos uno les ni contra otros ese eso ante ellos e esto mí antes algunos qué unos yo otro otras otra él tanto esa estos mucho quienes nada muchos cual poco ella estar estas algunas algo nosotros mi mis tú te ti tu tus ellas nosotras vosotros cliente marca servicio comunidad atención redes sociales mensaje pedido producto calidad equipo campaña contenido publicación opinión comentario respuesta envío tienda precio oferta información semana año día mañana próximo nuevo gran mejor rápido fácil también siempre nunca después además según".split(
    " ",
  );
const EN_COMMON =
  "the of and to a in is it you that he was for on are with as I his they be at one have this from or had by not word but what some we can out other were all there when up use your how said an each she which do their time if will way about many then them write would like so these her long make thing see him two has look more day could go come did number sound no most people my over know water than call first who may down side been now find customer brand service community support message order product quality team campaign content post opinion comment reply shipping store price offer information week year today tomorrow next new great better fast easy also always never after besides".split(
    " ",
  );
const SYLLABLES_ES =
  "ca ma ra ta la sa na pa co mo ro to lo so no po ci mi ri ti li si ni pi cu mu ru tu lu su nu pu ción dad mente ble ar er ir ón és á é í ó ú ñ".split(
    " ",
  );
const SYLLABLES_EN =
  "ba be bi bo bu ca ce co cu da de di do du fa fe fi fo ga ge go la le li lo ma me mi mo na ne no pa pe po ra re ri ro sa se si so ta te ti to tion ness ing er ly ed ous ment".split(
    " ",
  );

function vocabulary(
  common: readonly string[],
  syllables: readonly string[],
  size: number,
  seed: number,
): string[] {
  const rnd = prng(seed);
  const out = [...common];
  const seen = new Set(out);
  while (out.length < size) {
    let w = "";
    const n = 2 + Math.floor(rnd() * 3);
    for (let i = 0; i < n; i++) w += syllables[Math.floor(rnd() * syllables.length)];
    if (!seen.has(w)) {
      seen.add(w);
      out.push(w);
    }
  }
  return out;
}
const VOCAB = {
  es: vocabulary(ES_COMMON, SYLLABLES_ES, 20_000, 7),
  en: vocabulary(EN_COMMON, SYLLABLES_EN, 20_000, 11),
};
const BOILERPLATE = {
  es: "Gracias por su mensaje, lamentamos las molestias ocasionadas. Síguenos en nuestras redes sociales para más novedades y ofertas exclusivas cada semana.",
  en: "Thanks for reaching out, sorry for the inconvenience. Follow us on our social networks for more news and exclusive offers every single week.",
};

/** Document `n` of the generated corpus (deterministic: the same n always gives the same text). */
export function generatedDocument(n: number, chars = 2048): string {
  const rnd = prng(0x9e3779b1 ^ Math.imul(n + 1, 0x85ebca6b));
  const lang = n % 2 === 0 ? "es" : "en";
  const vocab = VOCAB[lang];
  // parts joined once: a flat string, so that heap figures are not skewed by V8 flattening concatenations later
  const parts: string[] = [];
  let length = 0;
  let sentence = 0;
  while (length < chars) {
    if (sentence === 0 && n % 10 === 3) {
      parts.push(`${BOILERPLATE[lang]} `);
      length += BOILERPLATE[lang].length + 1;
    }
    const len = 8 + Math.floor(rnd() * 14);
    for (let i = 0; i < len; i++) {
      // Zipf-like: cubing a uniform number favours the first (common) words
      const r = rnd();
      const w = vocab[Math.floor(r * r * r * vocab.length)] ?? "de";
      const part = i === 0 ? w.charAt(0).toUpperCase() + w.slice(1) : ` ${w}`;
      const comma = i > 2 && i < len - 2 && rnd() < 0.08 ? "," : "";
      parts.push(part, comma);
      length += part.length + comma.length;
    }
    parts.push(". ");
    length += 2;
    sentence++;
  }
  return parts.join("").slice(0, chars);
}

// --- helpers ------------------------------------------------------------------------------------------------
const gc = (globalThis as { gc?: () => void }).gc;
function memory(): { heap: number; buffers: number } {
  gc?.();
  gc?.();
  const m = process.memoryUsage();
  return { heap: m.heapUsed, buffers: m.arrayBuffers };
}
function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}
const fmt = (n: number, d = 0): string =>
  n.toLocaleString("en-US", { maximumFractionDigits: d, minimumFractionDigits: d });

/** A document store that regenerates texts from their id, so that a million sources need no text in memory. */
class GeneratedStore implements SourceDocumentStore {
  get(id: string): SourceDocument | undefined {
    return { id, text: generatedDocument(Number(id.slice(1))), own: false };
  }
  set(): void {}
  delete(): void {}
}

interface DraftTimes {
  readonly median: number;
  readonly p95: number;
  readonly cpuMedian: number;
  readonly cpuP95: number;
  readonly found: number;
}

// Wall-clock and CPU time (process.cpuUsage: time on a core, without the time spent waiting for one on a
// shared machine) per call, in milliseconds.
function timeDrafts(index: SourceIndex, drafts: readonly string[], rounds: number): DraftTimes {
  const wall: number[] = [];
  const cpu: number[] = [];
  let found = 0;
  for (let r = 0; r < rounds; r++) {
    for (const d of drafts) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const m = index.match(d);
      wall.push(performance.now() - t0);
      const c1 = process.cpuUsage(c0);
      cpu.push((c1.user + c1.system) / 1000);
      if (r === 0 && m.some((s) => s.fragments.length > 0)) found++;
    }
  }
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return {
    median: quantile(wall, 0.5),
    p95: quantile(wall, 0.95),
    cpuMedian: quantile(cpu, 0.5),
    cpuP95: quantile(cpu, 0.95),
    found,
  };
}

/** A draft of about `chars` characters: new text with a copied passage, a quoted and credited one. */
function makeDraft(i: number, chars: number, docs: number): string {
  const src = generatedDocument((i * 7919) % docs);
  const quoted = generatedDocument((i * 104729 + 1) % docs);
  const fresh = generatedDocument(10_000_000 + i, chars);
  const copy = src.slice(400, 400 + Math.floor(chars * 0.25));
  const quote = quoted.slice(900, 900 + Math.floor(chars * 0.1));
  const head = fresh.slice(0, Math.floor(chars * 0.4));
  const tail = fresh.slice(Math.floor(chars * 0.4), Math.floor(chars * 0.6));
  return `${head} ${copy} Como escribió @autora: «${quote}». ${tail}`.slice(0, chars + 40);
}

export async function run(): Promise<void> {
  const DOCS = 100_000;
  const load = (await import("node:os")).loadavg()[0] ?? 0;
  console.log(
    `Generating ${fmt(DOCS)} documents (~2 KB, half Spanish, half English)… (load average ${fmt(load, 1)})`,
  );
  const texts = Array.from({ length: DOCS }, (_, i) => generatedDocument(i));
  const totalChars = texts.reduce((n, t) => n + t.length, 0);

  // index
  const before = memory();
  const index = new SourceIndex();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < DOCS; i++) index.add({ id: `d${i}`, text: texts[i] ?? "" });
  index.match("warm up"); // flushes pending postings into segments
  const seconds = (performance.now() - t0) / 1000;
  const c1 = process.cpuUsage(c0);
  const cpuSeconds = (c1.user + c1.system) / 1e6;
  const after = memory();
  const stats = index.stats();
  console.log("\n| index 100k docs | value |\n|---|---:|");
  console.log(`| documents/s | ${fmt(DOCS / seconds)} |`);
  console.log(`| characters/s (wall) | ${fmt(totalChars / seconds / 1e6, 1)} M |`);
  console.log(`| characters per CPU-second | ${fmt(totalChars / cpuSeconds / 1e6, 1)} M |`);
  console.log(`| postings/doc | ${fmt(stats.postings / DOCS, 1)} |`);
  console.log(
    `| fingerprint store (typed arrays, by capacity) bytes/doc | ${fmt(stats.fingerprintBytes / DOCS)} |`,
  );
  console.log(
    `| heap delta (doc records, id maps; texts excluded) bytes/doc | ${fmt((after.heap - before.heap) / DOCS)} |`,
  );
  console.log(`| arrayBuffers delta bytes/doc | ${fmt((after.buffers - before.buffers) / DOCS)} |`);
  console.log(
    `| total measured (heap + arrayBuffers) bytes/doc | ${fmt((after.heap - before.heap + after.buffers - before.buffers) / DOCS)} |`,
  );
  console.log(`| guarantee | shared runs of ≥ ${stats.guaranteedWords} words |`);

  // 1,000-character drafts
  const drafts = Array.from({ length: 200 }, (_, i) => makeDraft(i, 1000, DOCS));
  timeDrafts(index, drafts.slice(0, 20), 5);
  const d1 = timeDrafts(index, drafts, 10);
  console.log("\n| 1,000-char draft vs 100k docs (spans + attribution) | value |\n|---|---:|");
  console.log(`| median (wall / CPU) | ${fmt(d1.median * 1000)} µs / ${fmt(d1.cpuMedian * 1000)} µs |`);
  console.log(`| p95 (wall / CPU) | ${fmt(d1.p95 * 1000)} µs / ${fmt(d1.cpuP95 * 1000)} µs |`);
  console.log(`| drafts with a copy found | ${d1.found}/${drafts.length} |`);

  // linting while typing: the same draft, one more word per check (recently verified sources are cached)
  const typed = drafts[7] ?? "";
  const keystrokes: string[] = [];
  for (let at = typed.indexOf(" ", 200); at !== -1; at = typed.indexOf(" ", at + 1))
    keystrokes.push(typed.slice(0, at));
  const ks = timeDrafts(index, keystrokes, 3);
  console.log(
    `| while typing (${keystrokes.length} growing prefixes) median / p95 (CPU) | ${fmt(ks.cpuMedian * 1000)} µs / ${fmt(ks.cpuP95 * 1000)} µs |`,
  );

  // naive baseline on a slice (a Set of every folded word 8-gram string): extrapolated per document
  const NAIVE = 10_000;
  const nb = memory();
  const nc0 = process.cpuUsage();
  const n0 = performance.now();
  const set = new Set<string>();
  let naiveChars = 0;
  for (let i = 0; i < NAIVE; i++) {
    const words = foldWords(texts[i] ?? "").split(" ");
    naiveChars += texts[i]?.length ?? 0;
    for (let j = 0; j + 8 <= words.length; j++) set.add(words.slice(j, j + 8).join(" "));
  }
  const naiveSeconds = (performance.now() - n0) / 1000;
  const nc1 = process.cpuUsage(nc0);
  const naiveCpuSeconds = (nc1.user + nc1.system) / 1e6;
  const na = memory();
  const naiveBytes = (na.heap - nb.heap + na.buffers - nb.buffers) / NAIVE;
  const ours = (after.heap - before.heap + after.buffers - before.buffers) / DOCS;
  console.log(
    `\n| naive baseline (Set of word 8-grams, ${fmt(NAIVE)} docs) | naive | index | ratio |\n|---|---:|---:|---:|`,
  );
  console.log(
    `| characters/s (wall) | ${fmt(naiveChars / naiveSeconds / 1e6, 1)} M | ${fmt(totalChars / seconds / 1e6, 1)} M | ${fmt(totalChars / seconds / (naiveChars / naiveSeconds), 1)}× faster |`,
  );
  console.log(
    `| characters per CPU-second | ${fmt(naiveChars / naiveCpuSeconds / 1e6, 1)} M | ${fmt(totalChars / cpuSeconds / 1e6, 1)} M | ${fmt(totalChars / cpuSeconds / (naiveChars / naiveCpuSeconds), 1)}× faster |`,
  );
  console.log(`| bytes/doc | ${fmt(naiveBytes)} | ${fmt(ours)} | ${fmt(naiveBytes / ours, 1)}× smaller |`);
  set.clear();
  texts.length = 0;

  if (process.env.NORMAS_BENCH_MILLION !== "1") {
    console.log("\n(1,000,000-document part skipped: set NORMAS_BENCH_MILLION=1 to run it.)");
    return;
  }
  // 5,000-character drafts against 1,000,000 documents, texts regenerated on demand by the document store
  const MILLION = 1_000_000;
  const big = new SourceIndex({}, { documents: new GeneratedStore() });
  const b0 = performance.now();
  let chars = 0;
  for (let i = 0; i < MILLION; i++) {
    const text = generatedDocument(i);
    chars += text.length;
    big.add({ id: `d${i}`, text });
  }
  big.match("warm up");
  const bigSeconds = (performance.now() - b0) / 1000;
  const bigStats = big.stats();
  console.log(`\n| 1,000,000 docs | value |\n|---|---:|`);
  console.log(
    `| build (generation included) | ${fmt(bigSeconds, 1)} s, ${fmt(chars / bigSeconds / 1e6, 1)} M chars/s |`,
  );
  console.log(
    `| fingerprint store | ${fmt(bigStats.fingerprintBytes / 2 ** 20)} MiB, ${fmt(bigStats.fingerprintBytes / MILLION)} bytes/doc |`,
  );
  const big5 = Array.from({ length: 60 }, (_, i) => makeDraft(i, 5000, MILLION));
  timeDrafts(big, big5.slice(0, 10), 2);
  const d5 = timeDrafts(big, big5, 5);
  console.log(
    `| 5,000-char draft median (wall / CPU) | ${fmt(d5.median, 2)} ms / ${fmt(d5.cpuMedian, 2)} ms |`,
  );
  console.log(`| 5,000-char draft p95 (wall / CPU) | ${fmt(d5.p95, 2)} ms / ${fmt(d5.cpuP95, 2)} ms |`);
  console.log(`| drafts with a copy found | ${d5.found}/${big5.length} |`);
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
