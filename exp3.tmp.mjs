import { Worker } from "node:worker_threads";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
const lines = readFileSync("/tmp/r20k.jsonl", "utf8").split("\n").filter(Boolean);
const settings = { cwd: process.cwd(), policyFile: resolve("examples/normas.config.yaml"), ruleModules: [], sources: [], author: "cli", roles: [], as: "reply", ignoreUnknownFields: false, reportUnusedDirectives: false, fix: "off", format: "json", colour: false, version: "x", markdown: false };
const n = Number(process.argv[2] ?? 1);
const workers = Array.from({ length: n }, () => new Worker(new URL("./packages/cli/dist/worker.js", import.meta.url), { workerData: { settings } }));
await Promise.all(workers.map((w) => new Promise((r) => w.once("message", r))));
const t0 = performance.now();
let next = 0, done = 0;
const batches = [];
for (let i = 0; i < lines.length; i += 256) batches.push(lines.slice(i, i + 256).map((raw, k) => ({ kind: "line", file: "x", line: i + k + 1, raw })));
await new Promise((resolveAll) => {
  const send = (w) => { if (next >= batches.length) return; w.postMessage({ id: next, units: batches[next++] }); };
  for (const w of workers) { w.on("message", () => { done++; if (done === batches.length) resolveAll(); else send(w); }); send(w); }
});
console.log(`${n} workers: ${Math.round(lines.length / ((performance.now() - t0) / 1000))} texts/s`);
for (const w of workers) w.terminate();
