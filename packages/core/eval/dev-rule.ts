// Development aid: one judgement rule's misses and false positives on the tuning sets (in-repo reply fixtures and
// the blind batches whose first-run table is recorded in fixtures/blind/README.md). `npx tsx packages/core/eval/dev-rule.ts authority/commitment [es|en] [--fp|--fn]`
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { evaluateReply } from "../src/index.js";
import { loadBatch, loadBlindPolicy, removalRefused, verdictOf } from "./blind.eval.js";
import { loadFixtures, loadPolicy } from "./replies.eval.js";

const [rule = "authority/commitment", langArg, mode] = process.argv.slice(2);
const lang = langArg === "es" || langArg === "en" ? langArg : undefined;
const show = mode ?? (langArg?.startsWith("--") ? langArg : "both");
const blindDir = fileURLToPath(new URL("./fixtures/blind/", import.meta.url));
const scenarios = JSON.parse(readFileSync(`${blindDir}scenarios.json`, "utf8"));
const tally = { tp: 0, fp: 0, fn: 0 };
const lines: string[] = [];
const record = (id: string, expected: boolean, fired: boolean, text: string, extra = "") => {
  if (expected && fired) tally.tp++;
  else if (!expected && fired) {
    tally.fp++;
    if (show !== "--fn") lines.push(`FP ${id}: ${text.replace(/\n/g, " ⏎ ")}${extra}`);
  } else if (expected && !fired) {
    tally.fn++;
    if (show !== "--fp") lines.push(`FN ${id}: ${text.replace(/\n/g, " ⏎ ")}${extra}`);
  }
};
const blind = loadBlindPolicy();
// Only batches whose first-run table is recorded in the README may be tuned on; a new batch stays unseen.
const recorded = readFileSync(`${blindDir}README.md`, "utf8");
for (const b of readdirSync(blindDir)
  .filter((d) => d.startsWith("batch-") && recorded.includes(`\n${d} (`))
  .sort()) {
  if (process.env.BATCHES && !process.env.BATCHES.split(",").includes(b)) continue;
  for (const c of loadBatch(`${blindDir}${b}`)) {
    if (lang && c.lang !== lang) continue;
    let expected = c.expect.includes(rule as never);
    if (c.kind === "moderation") {
      if (rule !== "respect/delete-dissent") continue;
      expected = removalRefused(c.action ?? "delete", c.grounds ?? []);
    } else if (rule === "respect/delete-dissent") continue;
    if (c.kind === "post" && rule === "respect/unacknowledged-complaint") continue;
    const v = verdictOf(blind, c, scenarios);
    const hits = v.violations.filter((x) => x.ruleId === rule);
    const text =
      c.kind === "moderation"
        ? `[${c.action} ${c.grounds?.join("+") || "-"}] ${c.comment}`
        : `${c.roles ? `(${c.roles.join(",")}) ` : ""}${c.kind === "post" ? "[post] " : ""}${c.inReplyTo ? `<< ${c.inReplyTo} >> ` : ""}${c.text}`;
    record(
      c.id,
      expected,
      hits.length > 0,
      text,
      hits.length ? `   ⟶ ${hits.map((h) => `${h.excerpt} ${JSON.stringify(h.evidence)}`).join(" | ")}` : "",
    );
  }
}
if (!process.env.BATCHES) {
  const compiled = loadPolicy();
  for (const f of loadFixtures()) {
    if (lang && f.lang !== lang) continue;
    const v = evaluateReply(compiled, {
      brand: f.brand,
      author: { id: "eval", roles: f.roles ?? ["agent"], initials: f.initials ?? "EV" },
      text: f.text,
      ...(f.channel === undefined ? {} : { channel: f.channel }),
      ...(f.inReplyTo === undefined ? {} : { inReplyTo: { text: f.inReplyTo } }),
    });
    const hits = v.violations.filter((x) => x.ruleId === rule);
    record(
      f.id,
      f.expect.includes(rule),
      hits.length > 0,
      `${f.roles ? `(${f.roles.join(",")}) ` : ""}${f.inReplyTo ? `<< ${f.inReplyTo} >> ` : ""}${f.text}`,
      hits.length ? `   ⟶ ${hits.map((h) => `${h.excerpt} ${JSON.stringify(h.evidence)}`).join(" | ")}` : "",
    );
  }
}
console.log(lines.join("\n"));
const p = tally.tp / (tally.tp + tally.fp || 1);
const r = tally.tp / (tally.tp + tally.fn || 1);
console.log(
  `\n${rule} ${lang ?? "es+en"}: tp ${tally.tp} fp ${tally.fp} fn ${tally.fn}  P ${p.toFixed(3)} R ${r.toFixed(3)}`,
);
