// Scores the blind batches (`fixtures/blind/batch-*/`) of the judgement rules: cases written from LABELLING.md
// alone, by writers who never saw the rules or their word lists. Each batch is scored once, first, before any
// change it could inspire; that first-run table is recorded in `fixtures/blind/README.md`.
// Run: `pnpm eval blind` (all batches) or `pnpm eval blind -- batch-3` (one batch); `--errors` lists misses.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { z } from "zod";
import {
  type CompiledPolicy,
  compilePolicy,
  definePolicy,
  evaluateModeration,
  evaluatePost,
  evaluateReply,
  type PolicyInput,
  type Verdict,
} from "../src/index.js";

const here = fileURLToPath(new URL("./fixtures/blind/", import.meta.url));

/** The judgement rules a blind batch measures; other rules' reports are ignored. */
export const JUDGED = [
  "respect/insult",
  "respect/dismissive",
  "respect/unacknowledged-complaint",
  "authority/commitment",
  "authority/liability-admission",
  "authority/speaks-for-company",
  "brand/foreign-brand",
  "crisis/unapproved-message",
  "respect/delete-dissent",
] as const;

const GROUND = z.enum(["spam", "personal-data", "harassment", "hate", "threat", "sexual", "illegal"]);

const CaseSchema = z.strictObject({
  id: z.string().min(1),
  lang: z.enum(["es", "en"]),
  kind: z.enum(["reply", "post", "moderation"]).default("reply"),
  brand: z.string().min(1),
  roles: z.array(z.string()).optional(),
  text: z.string().optional(),
  inReplyTo: z.string().optional(),
  crisis: z.string().optional(),
  comment: z.string().optional(),
  action: z.enum(["hide", "delete", "ban", "keep", "reply"]).optional(),
  grounds: z.array(GROUND).optional(),
  expect: z.array(z.enum(JUDGED)),
  phenomenon: z.string().optional(),
});

/** One blind case. */
export type BlindCase = z.output<typeof CaseSchema> & { readonly file: string };

const ScenarioSchema = z.record(
  z.string(),
  z.object({ brand: z.string(), note: z.string().optional(), crisis: z.record(z.string(), z.unknown()) }),
);

// Actions each ground allows under the default options of `respect/delete-dissent` (LABELLING.md).
const ALLOWS: Record<z.infer<typeof GROUND>, readonly string[]> = {
  spam: ["hide", "delete", "ban"],
  hate: ["hide", "delete", "ban"],
  threat: ["hide", "delete", "ban"],
  illegal: ["hide", "delete", "ban"],
  harassment: ["hide", "delete"],
  sexual: ["hide", "delete"],
  "personal-data": ["hide"],
};
const REMOVALS = new Set(["hide", "delete", "ban"]);

/** Whether a moderation case must be refused: a removal with no ground, or one no ground of it allows. */
export function removalRefused(action: string, grounds: readonly string[]): boolean {
  if (!REMOVALS.has(action)) return false;
  return !grounds.some((g) => ALLOWS[g as keyof typeof ALLOWS]?.includes(action));
}

/** Reads the cases of one batch folder. */
export function loadBatch(dir: string): BlindCase[] {
  const out: BlindCase[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith(".jsonl"))
    .sort()) {
    readFileSync(`${dir}/${file}`, "utf8")
      .split("\n")
      .forEach((line, i) => {
        if (line.trim() === "") return;
        const parsed = CaseSchema.safeParse(JSON.parse(line));
        if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.message}`);
        out.push({ ...parsed.data, file });
      });
  }
  return out;
}

/** SHA-256 of every file of a batch, to show it is unchanged since its first run. */
export function batchDigest(dir: string): string {
  const hash = createHash("sha256");
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith(".jsonl"))
    .sort())
    hash.update(readFileSync(`${dir}/${file}`));
  return hash.digest("hex").slice(0, 16);
}

/** The blind policy (`policy.json` on top of `recommended`), compiled. */
export function loadBlindPolicy(): CompiledPolicy {
  const doc = JSON.parse(readFileSync(`${here}policy.json`, "utf8")) as PolicyInput;
  return compilePolicy(definePolicy({ ...doc, extends: "recommended" }));
}

function loadScenarios(): z.infer<typeof ScenarioSchema> {
  return ScenarioSchema.parse(JSON.parse(readFileSync(`${here}scenarios.json`, "utf8")));
}

/** Runs one case through the public API. */
export function verdictOf(
  compiled: CompiledPolicy,
  c: BlindCase,
  scenarios: z.infer<typeof ScenarioSchema>,
): Verdict {
  const author = { id: "eval", roles: c.roles ?? ["agent"], initials: "EV" };
  if (c.kind === "moderation") {
    return evaluateModeration(compiled, {
      brand: c.brand,
      author: { id: "mod", roles: c.roles ?? ["moderator"] },
      comment: { text: c.comment ?? c.text ?? "" },
      action: c.action ?? "delete",
    });
  }
  const crisis = c.crisis === undefined ? undefined : scenarios[c.crisis]?.crisis;
  if (c.crisis !== undefined && crisis === undefined)
    throw new Error(`${c.id}: unknown scenario ${c.crisis}`);
  const common = {
    brand: c.brand,
    author,
    text: c.text ?? "",
    // biome-ignore lint/suspicious/noExplicitAny: scenario data is validated by the evaluator's own schema
    ...(crisis === undefined ? {} : { crisis: crisis as any }),
  };
  if (c.kind === "post") return evaluatePost(compiled, common);
  return evaluateReply(compiled, {
    ...common,
    ...(c.inReplyTo === undefined ? {} : { inReplyTo: { text: c.inReplyTo } }),
  });
}

/** Counts of one rule in one language. */
export interface BlindScore {
  readonly rule: string;
  readonly lang: "es" | "en";
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly positives: number;
  readonly negatives: number;
}

/** What one batch measured. */
export interface BlindReport {
  readonly batch: string;
  readonly digest: string;
  readonly cases: number;
  readonly scores: readonly BlindScore[];
  /** Legitimate comments (no ground) whose removal the engine approved. */
  readonly wrongfulRemovals: number;
  /** Legitimate comments whose removal was proposed. */
  readonly legitimateRemovals: number;
  readonly errors: readonly { id: string; missed: string[]; extra: string[]; phenomenon?: string }[];
}

/** Scores one batch folder. */
export function scoreBatch(dir: string, compiled = loadBlindPolicy()): BlindReport {
  const scenarios = loadScenarios();
  const cases = loadBatch(dir);
  const counts = new Map<string, { tp: number; fp: number; fn: number; pos: number; neg: number }>();
  const cell = (rule: string, lang: string) => {
    const k = `${rule}\u0000${lang}`;
    const found = counts.get(k);
    if (found !== undefined) return found;
    const fresh = { tp: 0, fp: 0, fn: 0, pos: 0, neg: 0 };
    counts.set(k, fresh);
    return fresh;
  };
  const errors: BlindReport["errors"][number][] = [];
  let wrongfulRemovals = 0;
  let legitimateRemovals = 0;
  const seen = new Set<string>();
  for (const c of cases) {
    if (seen.has(c.id)) throw new Error(`duplicate case id ${c.id}`);
    seen.add(c.id);
    const expected = new Set<string>(c.expect);
    if (c.kind === "moderation") {
      expected.delete("respect/delete-dissent");
      if (removalRefused(c.action ?? "delete", c.grounds ?? [])) expected.add("respect/delete-dissent");
    }
    const verdict = verdictOf(compiled, c, scenarios);
    const fired = new Set(
      verdict.violations.map((v) => v.ruleId).filter((id) => (JUDGED as readonly string[]).includes(id)),
    );
    if (c.kind === "moderation" && REMOVALS.has(c.action ?? "delete") && (c.grounds ?? []).length === 0) {
      legitimateRemovals++;
      if (verdict.ok) wrongfulRemovals++;
    }
    // A case counts, for every judged rule, as a positive or a negative of that rule in its language, when the
    // rule applies to the case's kind.
    for (const rule of JUDGED) {
      const applies =
        c.kind === "moderation"
          ? rule === "respect/delete-dissent"
          : rule !== "respect/delete-dissent" &&
            !(c.kind === "post" && rule === "respect/unacknowledged-complaint");
      if (!applies) continue;
      const k = cell(rule, c.lang);
      if (expected.has(rule)) {
        k.pos++;
        if (fired.has(rule)) k.tp++;
        else k.fn++;
      } else {
        k.neg++;
        if (fired.has(rule)) k.fp++;
      }
    }
    const missed = [...expected].filter((r) => !fired.has(r));
    const extra = [...fired].filter((r) => !expected.has(r));
    if (missed.length > 0 || extra.length > 0)
      errors.push({
        id: c.id,
        missed,
        extra,
        ...(c.phenomenon === undefined ? {} : { phenomenon: c.phenomenon }),
      });
  }
  const scores: BlindScore[] = [];
  for (const rule of JUDGED)
    for (const lang of ["es", "en"] as const) {
      const c = counts.get(`${rule}\u0000${lang}`);
      if (c === undefined) continue;
      scores.push({ rule, lang, tp: c.tp, fp: c.fp, fn: c.fn, positives: c.pos, negatives: c.neg });
    }
  return {
    batch: dir.split("/").filter(Boolean).pop() ?? dir,
    digest: batchDigest(dir),
    cases: cases.length,
    scores,
    wrongfulRemovals,
    legitimateRemovals,
    errors,
  };
}

const ratio = (num: number, den: number): string => (den === 0 ? "—" : (num / den).toFixed(2));

/** Renders a report as the Markdown table recorded in `fixtures/blind/README.md`. */
export function formatReport(r: BlindReport): string {
  const lines = [
    `${r.batch} (${r.cases} cases, sha256 ${r.digest}): wrongful removals approved ${r.wrongfulRemovals} of ${r.legitimateRemovals}`,
    "",
    "| rule | es P / R (pos+neg) | en P / R (pos+neg) |",
    "|---|---|---|",
  ];
  for (const rule of JUDGED) {
    const cellOf = (lang: "es" | "en"): string => {
      const s = r.scores.find((x) => x.rule === rule && x.lang === lang);
      if (s === undefined) return "—";
      return `${ratio(s.tp, s.tp + s.fp)} / ${ratio(s.tp, s.tp + s.fn)} (${s.positives}+${s.negatives})`;
    };
    lines.push(`| ${rule} | ${cellOf("es")} | ${cellOf("en")} |`);
  }
  return lines.join("\n");
}

/** Scores every batch folder (or those named on the command line) and prints their tables. */
export async function run(): Promise<{ pass: boolean }> {
  const only = process.argv.slice(2).filter((a) => a.startsWith("batch-"));
  const batches = readdirSync(here, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name.startsWith("batch-"))
    .map((d) => d.name)
    .filter((b) => only.length === 0 || only.includes(b))
    .sort((a, b) => Number(a.slice(6)) - Number(b.slice(6)));
  const compiled = loadBlindPolicy();
  for (const b of batches) {
    const report = scoreBatch(`${here}${b}`, compiled);
    console.log(`\n${formatReport(report)}`);
    if (process.argv.includes("--errors"))
      for (const e of report.errors)
        console.log(
          `  ${e.id}: missed ${e.missed.join(",") || "-"} extra ${e.extra.join(",") || "-"}${e.phenomenon ? `  [${e.phenomenon}]` : ""}`,
        );
  }
  return { pass: true };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await run();
