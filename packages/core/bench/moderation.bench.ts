// Moderation benchmark (norm 2): `analyzeSentiment` on real comments (the labeled moderation fixtures) in both
// languages, compared in the same process with the npm `sentiment` package (AFINN-165, English only) and with
// `multilang-sentiment` (AFINN-165 translated, the source of our Spanish lexicon); then full classification
// (`classifyComment`: folding, every ground, sentiment) of 500-character comments, and the whole engine path
// (`evaluateModeration` with the `recommended` preset). Figures are printed, never asserted.
// Run: `npx tsx packages/core/bench/moderation.bench.ts`.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { classifyComment } from "../src/moderation/classify.js";
import { evaluateModeration } from "../src/moderation/evaluate-moderation.js";
import { analyzeSentiment } from "../src/moderation/sentiment.js";
import { compilePolicy } from "../src/rules/compile-policy.js";
import { definePolicy } from "../src/rules/define-policy.js";
import { measure, printTimings, sinkValue, type Timing } from "./measure.js";

const here = fileURLToPath(new URL(".", import.meta.url));
const require = createRequire(import.meta.url);

function comments(lang: "es" | "en"): string[] {
  const out: string[] = [];
  for (const file of [lang, `holdout-${lang}`]) {
    for (const line of readFileSync(`${here}../eval/fixtures/moderation/${file}.jsonl`, "utf8").split("\n")) {
      if (line.trim() !== "") out.push((JSON.parse(line) as { t: string }).t);
    }
  }
  return out;
}

/** 500-character comments built from consecutive real comments (each one a different mix). */
function long(texts: readonly string[], count: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let text = "";
    for (let k = i; text.length < 500; k++) text += `${texts[k % texts.length]} `;
    out.push(text.slice(0, 500));
  }
  return out;
}

type Analyzer = (text: string) => unknown;

function peers(): { afinn: Analyzer | undefined; multilang: Analyzer | undefined } {
  let afinn: Analyzer | undefined;
  let multilang: Analyzer | undefined;
  try {
    const Sentiment = require("sentiment") as new () => { analyze(text: string): unknown };
    const instance = new Sentiment();
    afinn = (text) => instance.analyze(text);
  } catch {
    console.log("(npm `sentiment` is not installed: no English peer)");
  }
  try {
    const analyze = require("multilang-sentiment") as (text: string, lang: string) => unknown;
    multilang = (text) => analyze(text, "es");
  } catch {
    console.log("(npm `multilang-sentiment` is not installed: no Spanish peer)");
  }
  return { afinn, multilang };
}

/** Runs the moderation benchmark and prints its tables. */
export async function run(): Promise<void> {
  const es = comments("es");
  const en = comments("en");
  const { afinn, multilang } = peers();

  console.log(`sentiment, one comment at a time (${es.length} Spanish, ${en.length} English real comments)`);
  const ours: Timing[] = [
    measure("analyzeSentiment es (normas)", es, (t) => analyzeSentiment(t, "es"), 15),
    measure("analyzeSentiment en (normas)", en, (t) => analyzeSentiment(t, "en"), 15),
  ];
  const theirs: Timing[] = [];
  if (afinn !== undefined) theirs.push(measure("sentiment en (npm, AFINN-165)", en, afinn, 15));
  if (multilang !== undefined) theirs.push(measure("multilang-sentiment es (npm)", es, multilang, 5));
  const floor = ours[1] as Timing;
  printTimings([...ours, ...theirs], floor);
  for (const peer of theirs) {
    const mine = peer.name.includes(" en ") ? (ours[1] as Timing) : (ours[0] as Timing);
    console.log(`${peer.name} / ${mine.name}: ×${(peer.meanUs / mine.meanUs).toFixed(1)} (mean µs per text)`);
  }

  const esLong = long(es, 100);
  const enLong = long(en, 100);
  console.log("\nfull classification of a 500-character comment (fold, all seven grounds, sentiment)");
  const classify = [
    measure("classifyComment es, 500 chars", esLong, (t) => classifyComment(t, "es"), 9),
    measure("classifyComment en, 500 chars", enLong, (t) => classifyComment(t, "en"), 9),
  ];
  const compiled = compilePolicy(
    definePolicy({
      extends: "recommended",
      brands: [
        { id: "acme-es", name: "Acme España", locale: "es-ES" },
        { id: "acme-en", name: "Acme UK", locale: "en-GB" },
      ],
    }),
  );
  const engine = (brand: string) => (text: string) =>
    evaluateModeration(compiled, {
      brand,
      author: { id: "mod", roles: [] },
      comment: { text },
      action: "delete",
    });
  classify.push(
    measure("evaluateModeration es (recommended), 500 chars", esLong, engine("acme-es"), 9),
    measure("evaluateModeration en (recommended), 500 chars", enLong, engine("acme-en"), 9),
  );
  printTimings(classify, classify[0] as Timing);
  console.log(`(sink ${sinkValue()})`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await run();
