// `pnpm stress`: the linear-time guard. Every rule (timed one by one inside real evaluations of replies, posts
// and moderation decisions), the tokenizer, normaliser, term matcher, clause analysis, moderation scanners and
// the policy compiler run on adversarial inputs at 10 kB and 100 kB; the run fails when the 10× larger input
// costs more than 30× the time. Prints Markdown tables. Run: `pnpm stress` (root) or
// `pnpm --filter @normas/core run stress`; `-- --all` prints every case, `-- --only=<text>` filters inputs.
import { evaluatePost, evaluateReply } from "../src/engine/evaluate.js";
import { analysisOf } from "../src/lang/index.js";
import { classifyComment } from "../src/moderation/classify.js";
import { evaluateModeration } from "../src/moderation/evaluate-moderation.js";
import { findPersonalData } from "../src/moderation/personal-data.js";
import { analyzeSentiment } from "../src/moderation/sentiment.js";
import { compilePolicy } from "../src/rules/compile-policy.js";
import { definePolicy } from "../src/rules/define-policy.js";
import { normalizeText } from "../src/text/normalize.js";
import { compileTermMatcher } from "../src/text/term-matcher.js";
import { createTextView } from "../src/text/text-view.js";
import { tokenize } from "../src/text/tokenize.js";
import { generators } from "./generators.js";
import { knownSteep } from "./known.js";
import { collect, growth, LARGE, LIMIT, type Row, report, SMALL, time } from "./measure.js";
import { instrument, stressPolicy } from "./rules.js";

const all = process.argv.includes("--all");
const only = process.argv.find((a) => a.startsWith("--only="))?.slice(7);
const chosen = generators.filter((g) => only === undefined || g.name.includes(only));
const started = performance.now();
/**
 * Times at 10 kB below these floors are read as the floor: below them, timer steps, collections and neighbours
 * on a shared machine decide the ratio. A building block measured alone is steady from 2 ms; a rule measured
 * inside an evaluation shares the heap with forty others, so its floor is 10 ms, which still fails every path
 * that costs 300 ms or more at 100 kB by growing quadratically (the ones this guard was written for cost
 * 1–60 s).
 */
const FLOOR = 2;
const RULE_FLOOR = 10;

// --- Text building blocks ------------------------------------------------------------------------------------
const matcher = compileTermMatcher(["fuck", "shit", "idiota", "hola que tal", "a a a a a a a a b"], {
  normalize: { foldLeet: true, squeezeRepeats: true },
});
const components: [string, (text: string, lang: "es" | "en") => unknown][] = [
  ["tokenize", (t) => tokenize(t)],
  ["normalizeText", (t) => normalizeText(t)],
  [
    "normalizeText (all folds)",
    (t) =>
      normalizeText(t, {
        caseFold: true,
        foldDiacritics: true,
        stripInvisible: true,
        foldConfusables: true,
        foldLeet: true,
        squeezeRepeats: true,
      }),
  ],
  ["term matcher", (t) => matcher.find(t)],
  ["clause analysis", (t, lang) => analysisOf(createTextView(t), lang)],
  ["classifyComment", (t, lang) => classifyComment(t, lang)],
  ["analyzeSentiment", (t, lang) => analyzeSentiment(t, lang)],
  ["findPersonalData", (t) => findPersonalData(t)],
];
const componentRows: Row[] = [];
for (const gen of chosen) {
  const small = gen.make(SMALL);
  const large = gen.make(LARGE);
  for (const [target, fn] of components) {
    // A steep first reading is measured again with more runs: a stray pause must not fail the build.
    let row: Row | undefined;
    for (const runs of [3, 9]) {
      fn(large, gen.lang);
      const a = time(() => fn(small, gen.lang), runs);
      const b = time(() => fn(large, gen.lang), runs);
      row = { target, input: gen.name, small: a, large: b, ratio: growth(a, b, FLOOR) };
      if (row.ratio <= LIMIT) break;
    }
    if (row !== undefined) componentRows.push(row);
  }
}

// --- Every rule ----------------------------------------------------------------------------------------------
const compiled = stressPolicy();
const clock = instrument(compiled);
const author = { id: "ana", roles: ["agent"], initials: "MG", name: "Marta G" };
type Kind = "reply" | "post" | "moderation";
const evaluate = (kind: Kind, text: string, lang: "es" | "en"): void => {
  const brand = lang === "es" ? "acme-es" : "acme-uk";
  if (kind === "reply")
    evaluateReply(compiled, { brand, channel: "x", author, text, inReplyTo: { text: text.slice(0, 2000) } });
  else if (kind === "post") evaluatePost(compiled, { brand, channel: "x", author, text });
  else
    evaluateModeration(compiled, {
      brand,
      author,
      // A long history: ten earlier comments as long as the one moderated.
      comment: { text, previous: Array.from({ length: 10 }, () => text), author: { followers: 10 } },
      action: "delete",
      reason: { ground: "spam" },
    });
};
/** Fastest time per rule over `runs` evaluations (see measure.ts for why the fastest). */
function perRule(kind: Kind, text: string, lang: "es" | "en", runs: number): Map<string, number> {
  const samples = new Map<string, number[]>();
  for (let r = 0; r < runs; r++) {
    clock.reset();
    collect();
    evaluate(kind, text, lang);
    for (const [id, ms] of clock.spent) samples.set(id, [...(samples.get(id) ?? []), ms]);
  }
  return new Map([...samples].map(([id, xs]) => [id, Math.min(...xs)]));
}
const ruleRows: Row[] = [];
for (const gen of chosen) {
  const small = gen.make(SMALL);
  const large = gen.make(LARGE);
  for (const kind of ["reply", "post", "moderation"] as const) {
    let rows: Row[] = [];
    // A steep first reading is measured again with more runs: a stray pause must not fail the build.
    for (const runs of [2, 5]) {
      evaluate(kind, small, gen.lang);
      const a = perRule(kind, small, gen.lang, runs);
      const b = perRule(kind, large, gen.lang, runs);
      rows = [...b].map(([id, ms]) => {
        const before = a.get(id) ?? 0;
        return {
          target: `${id} (${kind})`,
          input: gen.name,
          small: before,
          large: ms,
          ratio: growth(before, ms, RULE_FLOOR),
        };
      });
      if (rows.every((r) => r.ratio <= LIMIT)) break;
    }
    ruleRows.push(...rows);
  }
}

// --- Policy compiler: 10× more brands, 10× more aliases ---------------------------------------------------------
const policyOf = (brands: number, aliases: number) =>
  definePolicy({
    extends: "recommended",
    brands: Array.from({ length: brands }, (_, i) => ({
      id: `brand-${i}`,
      name: `Marca ${i}`,
      locale: i % 2 === 0 ? "es-ES" : "en-GB",
      aliases: Array.from({ length: aliases }, (_, k) => `Marca ${i} alias ${k}`),
    })),
  });
const compileRows: Row[] = [];
for (const [input, small, large] of [
  ["brands (10 → 100)", () => policyOf(10, 1), () => policyOf(100, 1)],
  ["aliases on one brand (40 → 400)", () => policyOf(1, 40), () => policyOf(1, 400)],
] as const) {
  const a = time(() => compilePolicy(small()), 3);
  const b = time(() => compilePolicy(large()), 3);
  compileRows.push({ target: "compilePolicy", input, small: a, large: b, ratio: growth(a, b, 1) });
}

const rows = [...componentRows, ...ruleRows, ...compileRows];
report("Text building blocks and moderation scanners", componentRows, all);
report("Rules, one by one, in evaluateReply / evaluatePost / evaluateModeration", ruleRows, all);
report("Policy compiler", compileRows, true);
const steep = rows.filter((r) => r.ratio > LIMIT);
const known = steep.filter((r) => knownSteep(r) !== undefined);
const failing = steep.filter((r) => knownSteep(r) === undefined);
console.log(`\nstress: ${rows.length} cases in ${((performance.now() - started) / 1000).toFixed(0)} s`);
for (const r of known)
  console.log(
    `stress: known, not failing: ${r.target} on "${r.input}": ${r.ratio.toFixed(1)}× (${knownSteep(r)})`,
  );
if (failing.length > 0) {
  console.error(`\nstress: ${failing.length} case(s) grew more than ${LIMIT}× for a 10× larger input:`);
  for (const r of failing) console.error(`  ${r.target} on "${r.input}": ${r.ratio.toFixed(1)}×`);
  process.exit(1);
}
console.log("stress: every other case grows linearly");
