// Accuracy of `originality/unattributed-copy` on labeled drafts in Spanish and English, run through the engine
// (definePolicy + compilePolicy + evaluatePost/evaluateReply with `services.sources`).
// Run alone: `npx tsx packages/core/eval/originality.eval.ts`.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { evaluatePost, evaluateReply } from "../src/engine/evaluate.js";
import type { Violation } from "../src/model/violation.js";
import type { SourceDocumentInput } from "../src/originality/source-document.js";
import { SourceIndex } from "../src/originality/source-index.js";
import { compilePolicy } from "../src/rules/compile-policy.js";
import { definePolicy } from "../src/rules/define-policy.js";

/** One labeled draft. */
export interface OriginalityCase {
  readonly id: string;
  readonly lang: "es" | "en";
  readonly kind: string;
  /** True when the rule must report an unattributed copy (from source `from`). */
  readonly copy: boolean;
  readonly from?: string;
  readonly text: string;
}

/** Figures of one run. */
export interface OriginalityEvalReport {
  readonly cases: number;
  readonly positives: number;
  readonly negatives: number;
  readonly precision: number;
  readonly recall: number;
  readonly failures: readonly {
    readonly id: string;
    readonly expected: boolean;
    readonly got: readonly string[];
  }[];
  readonly pass: boolean;
}

const here = fileURLToPath(new URL("./fixtures/originality/", import.meta.url));
const RULE = "originality/unattributed-copy";

/** The labeled fixtures: source documents and drafts. */
export function loadOriginalityFixtures(): { sources: SourceDocumentInput[]; cases: OriginalityCase[] } {
  const sources = (
    JSON.parse(readFileSync(`${here}sources.json`, "utf8")) as { sources: SourceDocumentInput[] }
  ).sources;
  const cases = (JSON.parse(readFileSync(`${here}cases.json`, "utf8")) as { cases: OriginalityCase[] }).cases;
  return { sources, cases };
}

/** Runs every case through the engine and computes precision and recall of `originality/unattributed-copy`. */
export async function run(options: { quiet?: boolean } = {}): Promise<OriginalityEvalReport> {
  const { sources: docs, cases } = loadOriginalityFixtures();
  const sources = new SourceIndex();
  for (const doc of docs) sources.add(doc);
  const policy = definePolicy({
    organization: { id: "eval", name: "Eval" },
    brands: [
      { id: "acme-es", name: "Acme España", locale: "es-ES" },
      { id: "acme-en", name: "Acme UK", locale: "en-GB" },
    ],
    rules: { [RULE]: "error" },
  });
  const compiled = compilePolicy(policy);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const failures: { id: string; expected: boolean; got: string[] }[] = [];
  const byKind = new Map<string, { ok: number; total: number }>();
  cases.forEach((c, i) => {
    const input = {
      brand: c.lang === "es" ? "acme-es" : "acme-en",
      author: { id: "cm", roles: [] },
      text: c.text,
    };
    // alternate targets: the rule applies to posts and replies alike
    const verdict =
      i % 2 === 0 ? evaluatePost(compiled, input, { sources }) : evaluateReply(compiled, input, { sources });
    const found = verdict.violations.filter((v: Violation) => v.ruleId === RULE || v.ruleId === "internal");
    const got = found.flatMap((v) =>
      Array.isArray(v.evidence?.sources) ? (v.evidence.sources as string[]) : [v.ruleId],
    );
    const hit = c.copy ? c.from !== undefined && got.includes(c.from) : false;
    let ok: boolean;
    if (c.copy) {
      if (hit) tp++;
      else fn++;
      const extra = got.filter((s) => s !== c.from).length;
      fp += extra > 0 ? 1 : 0;
      ok = hit && extra === 0;
    } else {
      fp += found.length > 0 ? 1 : 0;
      ok = found.length === 0;
    }
    if (!ok) failures.push({ id: c.id, expected: c.copy, got });
    const k = byKind.get(`${c.lang} ${c.kind}`) ?? { ok: 0, total: 0 };
    byKind.set(`${c.lang} ${c.kind}`, { ok: k.ok + (ok ? 1 : 0), total: k.total + 1 });
  });
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const positives = cases.filter((c) => c.copy).length;
  const report: OriginalityEvalReport = {
    cases: cases.length,
    positives,
    negatives: cases.length - positives,
    precision,
    recall,
    failures,
    pass: precision >= 0.95 && recall >= 0.95,
  };
  if (!options.quiet) {
    console.log(`| ${RULE} | value |\n|---|---:|`);
    console.log(`| cases (copies / traps) | ${report.cases} (${positives} / ${report.negatives}) |`);
    console.log(`| precision | ${precision.toFixed(3)} |`);
    console.log(`| recall | ${recall.toFixed(3)} |`);
    console.log(`| target ≥ 0.95 both | ${report.pass ? "met" : "NOT met"} |`);
    console.log("\n| language + kind | correct |\n|---|---:|");
    for (const [kind, k] of [...byKind].sort()) console.log(`| ${kind} | ${k.ok}/${k.total} |`);
    for (const f of failures)
      console.log(`- ${f.id}: expected ${f.expected ? "a copy" : "nothing"}, got [${f.got.join(", ")}]`);
  }
  return report;
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
