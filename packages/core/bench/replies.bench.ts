// Benchmark of the full reply rule set (every rule of the `recommended` preset that checks replies) on
// 280-character replies in Spanish and English, against `obscenity` (English profanity only) on the same texts
// in the same run. Run alone: `npx tsx packages/core/bench/replies.bench.ts`. Prints figures; never asserts time.

import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from "obscenity";
import { loadFixtures, loadPolicy } from "../eval/replies.eval.js";
import type { CompiledPolicy } from "../src/engine/compile.js";
import { evaluateReply } from "../src/engine/evaluate.js";
import type { ReplyInput } from "../src/engine/input.js";
import { analyzeSentiment } from "../src/moderation/sentiment.js";
import type { PolicyInput } from "../src/policy/schema.js";
import { builtinRules } from "../src/rules/catalogue.js";
import { compilePolicy } from "../src/rules/compile-policy.js";
import { definePolicy } from "../src/rules/define-policy.js";

const LENGTH = 280;
const fixtureDir = fileURLToPath(new URL("../eval/fixtures/replies/", import.meta.url));

/** Joins fixture replies of one language into texts of exactly `LENGTH` characters (cut at a space). */
function texts(lang: "es" | "en"): { text: string; brand: string; comment: string | undefined }[] {
  const fixtures = loadFixtures(fixtureDir).filter((f) => f.lang === lang);
  const out: { text: string; brand: string; comment: string | undefined }[] = [];
  for (let i = 0; i < fixtures.length; i++) {
    let text = "";
    for (let k = i; text.length < LENGTH + 40; k = (k + 1) % fixtures.length)
      text += `${fixtures[k]?.text ?? ""} `;
    text = text.slice(0, LENGTH);
    const first = fixtures[i];
    out.push({ text, brand: first?.brand ?? "", comment: first?.inReplyTo });
  }
  return out;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};
const p95 = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length * 0.95)] ?? Number.NaN;
};

/** Times `fn` on every item, `rounds` times after a warm-up, and returns per-call microseconds. */
function time<T>(items: readonly T[], rounds: number, fn: (item: T) => unknown): number[] {
  let sink = 0;
  for (const item of items) if (fn(item)) sink++;
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const item of items) {
      const t0 = performance.now();
      if (fn(item)) sink++;
      samples.push((performance.now() - t0) * 1000);
    }
  }
  if (sink < 0) console.log(sink);
  return samples;
}

/** The eval policy with only the rules whose id passes `keep` switched on (at their default level). */
function subset(keep: (id: string) => boolean): CompiledPolicy {
  const docs = readdirSync(fixtureDir)
    .filter((f) => f.endsWith(".policy.json"))
    .map((f) => JSON.parse(readFileSync(`${fixtureDir}${f}`, "utf8")) as PolicyInput);
  const rules = Object.fromEntries(
    builtinRules
      .filter((r) => keep(r.id))
      .map((r) => [r.id, r.meta.defaultSeverity === "warning" ? ("warn" as const) : r.meta.defaultSeverity]),
  );
  return compilePolicy(
    definePolicy({
      brands: docs.flatMap((d) => d.brands),
      roles: Object.assign({}, ...docs.map((d) => d.roles ?? {})),
      channels: Object.assign({}, ...docs.map((d) => d.channels ?? {})),
      rules,
    }),
  );
}

const REPLY_FAMILIES = /^(respect|voice|brand|authority)\//;

/** Prints median and p95 per reply for normas and for obscenity, and their ratio. */
export async function run(): Promise<void> {
  const compiled = loadPolicy(fixtureDir);
  const obscenity = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
  const rounds = 20;
  console.log(`reply rule set (recommended preset) on ${LENGTH}-character replies, ${rounds} rounds\n`);
  console.log(
    "| texts | n | normas median µs | normas p95 µs | floor median µs | normas/floor | obscenity median µs | ratio normas/obscenity |",
  );
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const lang of ["es", "en"] as const) {
    const items = texts(lang);
    const normas = time(items, rounds, (it) => {
      const input: ReplyInput = {
        brand: it.brand,
        author: { id: "bench", roles: ["agent"], initials: "BE" },
        text: it.text,
        ...(it.comment === undefined ? {} : { inReplyTo: { text: it.comment } }),
      };
      return evaluateReply(compiled, input).violations.length;
    });
    const peer = time(items, rounds, (it) => obscenity.getAllMatches(it.text).length);
    // The floor: what any checker pays to look at the text at all (NFKC and lowercase), same texts, same run.
    const floor = time(items, rounds, (it) => it.text.normalize("NFKC").toLowerCase().length);
    const m = median(normas);
    const o = median(peer);
    const f = median(floor);
    console.log(
      `| ${lang} | ${items.length} | ${m.toFixed(1)} | ${p95(normas).toFixed(1)} | ${f.toFixed(2)} | ${(m / f).toFixed(0)}× | ${o.toFixed(1)} | ${(m / o).toFixed(2)} |`,
    );
  }
  // Where the time goes: the same texts with only some rule families on.
  const parts: [string, CompiledPolicy][] = [
    ["respect + brand + authority", subset((id) => REPLY_FAMILIES.test(id) && !id.startsWith("voice/"))],
    ["voice", subset((id) => id.startsWith("voice/"))],
  ];
  console.log("\n| subset | es median µs | en median µs |");
  console.log("| --- | ---: | ---: |");
  for (const [name, policy] of parts) {
    const cells = (["es", "en"] as const).map((lang) =>
      median(
        time(
          texts(lang),
          rounds / 2,
          (it) =>
            evaluateReply(policy, {
              brand: it.brand,
              author: { id: "bench", roles: ["agent"], initials: "BE" },
              text: it.text,
              ...(it.comment === undefined ? {} : { inReplyTo: { text: it.comment } }),
            }).violations.length,
        ),
      ).toFixed(1),
    );
    console.log(`| ${name} | ${cells[0]} | ${cells[1]} |`);
  }
  const spanish = texts("es").map((t) => t.text);
  const sentiment = time(spanish, rounds, (t) => analyzeSentiment(t, "es").score);
  console.log(
    `\nSpanish sentiment (analyzeSentiment) on the same texts: median ${median(sentiment).toFixed(1)} µs`,
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await run();
