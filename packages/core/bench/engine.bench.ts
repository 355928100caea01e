// Engine benchmark: a 280-character reply against a compiled policy (preset `recommended`) whose brand bans
// 5,000 terms; median and p95 µs per `evaluateReply`, compile time, and where the time goes (text layer,
// then each rule alone). Run: `npx tsx packages/core/bench/engine.bench.ts`.

import { evaluateReply } from "../src/engine/evaluate.js";
import { compilePolicy } from "../src/rules/compile-policy.js";
import { definePolicy } from "../src/rules/define-policy.js";
import { normalizeText } from "../src/text/normalize.js";
import { createTextView } from "../src/text/text-view.js";
import { tokenize } from "../src/text/tokenize.js";
import { generateTerms, generateTexts } from "./corpus.js";
import { consume, measure, type Timing } from "./measure.js";

type Setting = "off" | "warn" | "error";

function policyWith(terms: readonly string[], rules: Record<string, Setting> = {}) {
  return definePolicy({
    extends: "recommended",
    organization: { id: "acme", name: "Acme Group" },
    roles: { agent: { name: "Agent", may: [] } },
    channels: { x: { maxLength: 280, urlLength: 23 } },
    rules,
    brands: [
      {
        id: "acme-es",
        name: "Acme España",
        locale: "es-ES",
        handles: ["@acme_es"],
        voice: { address: "usted", register: "formal" },
        terms: { banned: [...terms] },
      },
      {
        id: "acme-en",
        name: "Acme UK",
        locale: "en-GB",
        handles: ["@acme_uk"],
        voice: { register: "formal" },
      },
    ],
  });
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const f2 = (x: number): string => x.toFixed(2);

/** Prints the engine figures. */
export async function run(): Promise<void> {
  const terms = generateTerms(5000);
  const replies = generateTexts({ seed: 9, count: 400, lang: "es", length: 280, evasionRate: 0.1 });
  const inputs = replies.map((text) => ({
    brand: "acme-es",
    channel: "x",
    author: { id: "ana", roles: ["agent"] },
    text,
  }));
  const mean = replies.reduce((n, t) => n + t.length, 0) / replies.length;
  console.log(`replies: ${replies.length} Spanish replies, ${mean.toFixed(0)} UTF-16 units each (seed 9)`);

  const policy = policyWith(terms);
  const compileMs: number[] = [];
  let compiled = compilePolicy(policy);
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    compiled = compilePolicy(policy);
    compileMs.push(performance.now() - t0);
  }
  const defineMs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    consume(policyWith(terms));
    defineMs.push(performance.now() - t0);
  }
  const ruleIds = [...new Set(compiled.rules.filter((r) => r.brand === "acme-es").map((r) => r.id))];
  console.log(
    `compilePolicy (5,000 banned terms, ${ruleIds.length} rules on): ${f2(median(compileMs))} ms median of 7; ` +
      `definePolicy of the same: ${f2(median(defineMs))} ms`,
  );
  const sample = evaluateReply(compiled, inputs[0]!);
  console.log(`sample verdict: ok=${sample.ok}, ${sample.violations.length} violation(s)`);

  const floor = measure("floor: NFKC + toLowerCase", replies, (s) => s.normalize("NFKC").toLowerCase());
  const evaluation = measure("evaluateReply (recommended + 5,000 banned)", inputs, (i) =>
    evaluateReply(compiled, i),
  );
  const parts: Timing[] = [
    measure("  text: normalizeText", replies, (s) => normalizeText(s)),
    measure("  text: tokenize", replies, (s) => tokenize(s)),
    measure("  text: view (folded + tokens)", replies, (s) => {
      const v = createTextView(s);
      return v.folded.text.length + v.tokens.length;
    }),
  ];
  // Each rule alone (all others off), to show where the time goes.
  const off = Object.fromEntries(ruleIds.map((id) => [id, "off" as Setting]));
  const none = compilePolicy(policyWith(terms, off));
  parts.push(measure("  engine with every rule off", inputs, (i) => evaluateReply(none, i)));
  const compileOf = new Map<string, number>();
  for (const id of ruleIds) {
    const onlyPolicy = policyWith(terms, { ...off, [id]: "warn" });
    let only = compilePolicy(onlyPolicy);
    const times: number[] = [];
    for (let k = 0; k < 3; k++) {
      const t0 = performance.now();
      only = compilePolicy(onlyPolicy);
      times.push(performance.now() - t0);
    }
    const name = `  only ${id}`;
    compileOf.set(name, median(times));
    parts.push(measure(name, inputs, (i) => evaluateReply(only, i), 5, 1));
  }
  const rows = [floor, evaluation, ...parts].map((t) => ({
    what: t.name,
    "µs mean": f2(t.meanUs),
    "µs median": f2(t.medianUs),
    "µs p95": f2(t.p95Us),
    "× floor (mean)": (t.meanUs / floor.meanUs).toFixed(1),
    "× floor (median)": (t.medianUs / floor.medianUs).toFixed(1),
    "compile ms": compileOf.has(t.name) ? f2(compileOf.get(t.name)!) : "",
  }));
  console.table(rows);
  console.log(
    `targets: median < 20 µs → ${f2(evaluation.medianUs)} µs; ≤ 20× floor → ${(evaluation.medianUs / floor.medianUs).toFixed(1)}× by median; ` +
      `compile < 50 ms → ${f2(median(compileMs))} ms`,
  );
}

const invokedDirectly = process.argv[1]?.endsWith("engine.bench.ts") === true;
if (invokedDirectly) await run();
