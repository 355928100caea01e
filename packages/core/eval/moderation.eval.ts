// Accuracy of moderation on labeled comments (norm 2), all through the engine: per-ground precision/recall of
// the grounds `respect/delete-dissent` reports as evidence, and how often the `recommended` preset would approve
// removing legitimate criticism.
// Run alone: `npx tsx packages/core/eval/moderation.eval.ts`; with every eval: `pnpm eval` (`pnpm eval moderation`).
import { readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { z } from "zod";
import { GROUNDS, type Ground, MODERATION_ACTIONS } from "../src/model/grounds.js";
import type { Violation } from "../src/model/violation.js";
import { evaluateModeration } from "../src/moderation/evaluate-moderation.js";
import { compilePolicy } from "../src/rules/compile-policy.js";
import { definePolicy } from "../src/rules/define-policy.js";

const FixtureSchema = z.strictObject({
  /** The comment. */
  t: z.string().min(1),
  /** The action a moderator proposes. */
  a: z.enum(MODERATION_ACTIONS),
  /** The true grounds (empty: legitimate, however harsh). */
  g: z.array(z.enum(GROUNDS)),
  /** What kind of case it is (criticism, sarcasm, lookalike, evasion, a ground…). */
  c: z.string().min(1),
  /** The author's previous comments. */
  p: z.array(z.string()).optional(),
});
type Fixture = z.infer<typeof FixtureSchema> & { lang: "es" | "en"; file: string; line: number };

/**
 * Which fixtures: `dev` (314 written first, then used to improve the classifiers), `holdout` (96 written after that
 * work; their first, untuned run gave harassment precision 83.3%, threat precision 88.9%, sexual recall 75% and 3
 * of 50 legitimate comments approved for removal; the four fixes that followed are general rules, recorded in
 * `docs/guide/respect-moderation.en.md`), `blind` (60 written last and never used to change the classifiers:
 * their figures are the honest estimate of accuracy on new comments), or `all`.
 */
export type FixtureSet = "dev" | "holdout" | "blind" | "all";

/** Precision and recall of one ground. */
export interface GroundScore {
  readonly ground: Ground;
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  readonly precision: number;
  readonly recall: number;
}

/** What the moderation eval measured. */
export interface ModerationEvalReport {
  readonly total: number;
  readonly spanish: number;
  readonly english: number;
  readonly perGround: readonly GroundScore[];
  /** Legitimate comments (no ground) for which a removal was proposed. */
  readonly legitimateRemovals: number;
  /** Of those, how many the engine approved (should be 0). */
  readonly wrongfulRemovals: number;
  readonly wrongfulRemovalRate: number;
  /** Comments with a ground whose proposed removal the engine approved (allowed action), and their count. */
  readonly groundRemovalsApproved: number;
  readonly groundRemovals: number;
  /** Every fixture the classifier or the engine got wrong. */
  readonly mistakes: readonly { file: string; line: number; text: string; expected: string; got: string }[];
  readonly pass: boolean;
}

/** Targets from issue 4. */
export const MODERATION_TARGETS = { precision: 0.95, recall: 0.9, wrongfulRemovals: 0 } as const;

const here = fileURLToPath(new URL(".", import.meta.url));

function loadFixtures(set: FixtureSet): Fixture[] {
  const prefixes = set === "all" ? ["", "holdout-", "blind-"] : [set === "dev" ? "" : `${set}-`];
  const files = prefixes.flatMap((prefix) =>
    (["es", "en"] as const).map((lang) => ({ lang, file: `${prefix}${lang}` })),
  );
  const out: Fixture[] = [];
  for (const { lang, file } of files) {
    const lines = readFileSync(`${here}fixtures/moderation/${file}.jsonl`, "utf8").split("\n");
    lines.forEach((line, index) => {
      if (line.trim() === "") return;
      const parsed = FixtureSchema.parse(JSON.parse(line));
      out.push({ ...parsed, lang, file, line: index + 1 });
    });
  }
  return out;
}

/** The grounds `respect/delete-dissent` reported in its evidence. */
function foundGrounds(violations: readonly Violation[]): Set<Ground> {
  const out = new Set<Ground>();
  for (const v of violations) {
    if (v.ruleId !== "respect/delete-dissent") continue;
    const found = v.evidence?.found;
    if (!Array.isArray(found)) continue;
    for (const item of found) {
      const ground = (item as { ground?: unknown }).ground;
      if ((GROUNDS as readonly unknown[]).includes(ground)) out.add(ground as Ground);
    }
  }
  return out;
}

const ratio = (n: number, d: number): number => (d === 0 ? 1 : n / d);

/** Runs every fixture through the classifier and the engine and scores them. */
export function evaluateModerationFixtures(set: FixtureSet = "all"): ModerationEvalReport {
  const fixtures = loadFixtures(set);
  const brands = [
    { id: "acme-es", name: "Acme España", locale: "es-ES" as const },
    { id: "acme-en", name: "Acme UK", locale: "en-GB" as const },
  ];
  // The decisions come from the `recommended` preset as shipped.
  const compiled = compilePolicy(definePolicy({ extends: "recommended", brands }));
  // The grounds come from the engine too: with every ground allowing nothing, `respect/delete-dissent` reports
  // every finding of every comment in its evidence (`tooStrong`), or none (`dissent`).
  const none = Object.fromEntries(GROUNDS.map((g) => [g, []]));
  const audit = compilePolicy(
    definePolicy({
      extends: "recommended",
      rules: { "respect/delete-dissent": { level: "error", options: { allow: none } } },
      brands,
    }),
  );
  const counts = new Map<Ground, { tp: number; fp: number; fn: number }>(
    GROUNDS.map((g) => [g, { tp: 0, fp: 0, fn: 0 }]),
  );
  const mistakes: { file: string; line: number; text: string; expected: string; got: string }[] = [];
  let legitimateRemovals = 0;
  let wrongfulRemovals = 0;
  let groundRemovals = 0;
  let groundRemovalsApproved = 0;

  for (const f of fixtures) {
    const input = {
      brand: f.lang === "es" ? "acme-es" : "acme-en",
      author: { id: "mod", roles: [] },
      comment: { text: f.t, ...(f.p === undefined ? {} : { previous: f.p }) },
    };
    const found = foundGrounds(evaluateModeration(audit, { ...input, action: "delete" }).violations);
    const truth = new Set(f.g);
    for (const g of GROUNDS) {
      const c = counts.get(g)!;
      if (found.has(g) && truth.has(g)) c.tp++;
      else if (found.has(g)) c.fp++;
      else if (truth.has(g)) c.fn++;
    }
    const verdict = evaluateModeration(compiled, { ...input, action: f.a });
    const refused = verdict.violations.some(
      (v) => v.ruleId === "respect/delete-dissent" && v.severity === "error",
    );
    const removal = f.a === "hide" || f.a === "delete" || f.a === "ban";
    if (removal && truth.size === 0) {
      legitimateRemovals++;
      if (!refused) wrongfulRemovals++;
    } else if (removal) {
      groundRemovals++;
      if (!refused) groundRemovalsApproved++;
    }
    const sameGrounds = found.size === truth.size && [...truth].every((g) => found.has(g));
    if (!sameGrounds || (removal && truth.size === 0 && !refused)) {
      mistakes.push({
        file: f.file,
        line: f.line,
        text: f.t,
        expected: [...truth].join(",") || "legitimate",
        got: `${[...found].join(",") || "legitimate"}${refused ? "" : " (removal approved)"}`,
      });
    }
  }

  const perGround = GROUNDS.map((ground): GroundScore => {
    const c = counts.get(ground)!;
    return {
      ground,
      truePositives: c.tp,
      falsePositives: c.fp,
      falseNegatives: c.fn,
      precision: ratio(c.tp, c.tp + c.fp),
      recall: ratio(c.tp, c.tp + c.fn),
    };
  });
  const pass =
    wrongfulRemovals <= MODERATION_TARGETS.wrongfulRemovals &&
    perGround.every(
      (g) => g.precision >= MODERATION_TARGETS.precision && g.recall >= MODERATION_TARGETS.recall,
    );
  return {
    total: fixtures.length,
    spanish: fixtures.filter((f) => f.lang === "es").length,
    english: fixtures.filter((f) => f.lang === "en").length,
    perGround,
    legitimateRemovals,
    wrongfulRemovals,
    wrongfulRemovalRate: ratio(wrongfulRemovals, legitimateRemovals),
    groundRemovalsApproved,
    groundRemovals,
    mistakes,
    pass,
  };
}

const pct = (n: number): string => `${(n * 100).toFixed(1)}%`;

function print(title: string, r: ModerationEvalReport): void {
  console.log(`${title}: ${r.total} comments (${r.spanish} es, ${r.english} en)\n`);
  console.log("| ground | TP | FP | FN | precision | recall |");
  console.log("| --- | --: | --: | --: | --: | --: |");
  for (const g of r.perGround) {
    console.log(
      `| ${g.ground} | ${g.truePositives} | ${g.falsePositives} | ${g.falseNegatives} | ${pct(g.precision)} | ${pct(g.recall)} |`,
    );
  }
  console.log(
    `\nlegitimate comments proposed for removal: ${r.legitimateRemovals}; approved by the engine: ${r.wrongfulRemovals} (wrongful-removal rate ${pct(r.wrongfulRemovalRate)})`,
  );
  console.log(
    `comments with a ground proposed for removal: ${r.groundRemovals}; approved: ${r.groundRemovalsApproved} (${pct(ratio(r.groundRemovalsApproved, r.groundRemovals))})`,
  );
  console.log(
    `targets: precision >= ${MODERATION_TARGETS.precision}, recall >= ${MODERATION_TARGETS.recall}, wrongful removals = 0 → ${r.pass ? "met" : "NOT met"}`,
  );
  if (r.mistakes.length > 0) {
    console.log(`\nmistakes (${r.mistakes.length}):`);
    for (const m of r.mistakes)
      console.log(`  ${m.file}:${m.line} expected ${m.expected}, got ${m.got}: ${m.text}`);
  }
  console.log("");
}

/** Prints the moderation figures (all fixtures, then the second and the blind set alone); `pass` is for all. */
export async function run(): Promise<ModerationEvalReport> {
  const all = evaluateModerationFixtures("all");
  print("moderation, all fixtures", all);
  print(
    "moderation, second set only (written after the first tuning)",
    evaluateModerationFixtures("holdout"),
  );
  print("moderation, blind set only (written last, never tuned on)", evaluateModerationFixtures("blind"));
  return all;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await run();
