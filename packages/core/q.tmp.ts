import { fileURLToPath } from "node:url";
import { compilePolicy } from "./src/engine/compile.js";
import { evaluateReply } from "./src/engine/evaluate.js";
import { definePolicy } from "./src/policy/define-policy.js";
import { loadFixtures } from "./eval/replies.eval.js";
import { builtinRules } from "./src/rules/catalogue.js";
import { readFileSync, readdirSync } from "node:fs";
const dir = fileURLToPath(new URL("./eval/fixtures/replies/", import.meta.url));
const docs = readdirSync(dir).filter((f) => f.endsWith(".policy.json")).map((f) => JSON.parse(readFileSync(dir + f, "utf8")));
const base = { organization: docs[0].organization, brands: docs.flatMap((d: any) => d.brands), roles: Object.assign({}, ...docs.map((d: any) => d.roles ?? {})), channels: Object.assign({}, ...docs.map((d: any) => d.channels ?? {})) };
const lang = process.argv[2] ?? "es";
const fx = loadFixtures(dir).filter((f) => f.lang === lang);
const items = fx.map((f, i) => { let t = ""; for (let k = i; t.length < 320; k = (k + 1) % fx.length) t += fx[k]!.text + " "; return { text: t.slice(0, 280), brand: f.brand, c: f.inReplyTo }; });
const all = builtinRules.filter((r) => /^(respect|voice|brand|authority)\//.test(r.id)).map((r) => r.id);
const configs: Record<string, string[]> = { none: [], full: all, mine: all.filter((i) => !i.startsWith("voice/") && i !== "respect/delete-dissent"), voice: all.filter((i) => i.startsWith("voice/")) };
for (const id of all) configs[id] = [id];
const compiled = Object.fromEntries(Object.entries(configs).map(([k, ids]) => [k, compilePolicy(definePolicy({ ...base, rules: Object.fromEntries(ids.map((i) => [i, "error"])) } as any))]));
const best: Record<string, number> = {};
for (let round = 0; round < 12; round++) for (const k of Object.keys(configs)) {
  const c = compiled[k]!; const t0 = performance.now();
  for (const it of items) evaluateReply(c, { brand: it.brand, author: { id: "b", roles: ["agent"], initials: "BE" }, text: it.text, ...(it.c ? { inReplyTo: { text: it.c } } : {}) });
  const us = ((performance.now() - t0) * 1000) / items.length; best[k] = Math.min(best[k] ?? Infinity, us);
}
for (const [k, v] of Object.entries(best)) console.log(k.padEnd(36), v.toFixed(1));
