// `pnpm bench` (server): checks per second and latency over HTTP on loopback, with autocannon, bounded in time.
// The server runs in a child process; the peer is a bare Hono app on the same adapter parsing the same bodies,
// measured in the same run. Goal on 2 cores: ≥ 5,000 checks/s with p99 < 20 ms. Reports, never fails on time.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const LOG_LEVEL = process.env.BENCH_LOG_LEVEL ?? "warn";

// The child runs the built packages: refuse to measure a missing or stale build.
const newest = (dir: URL): number =>
  Math.max(
    ...readdirSync(dir, { recursive: true, encoding: "utf8" }).map((f) => statSync(new URL(f, dir)).mtimeMs),
  );
for (const pkg of ["../", "../../core/"]) {
  const dist = new URL(`${pkg}dist/index.js`, import.meta.url);
  if (!existsSync(dist) || statSync(dist).mtimeMs < newest(new URL(`${pkg}src/`, import.meta.url))) {
    console.error(`${fileURLToPath(dist)} is missing or older than its sources: run \`pnpm build\` first.`);
    process.exit(1);
  }
}

const replies = [
  {
    brand: "acme-es",
    inReplyTo: "¿Me devolvéis el dinero o no?",
    text: "Claro, te devolvemos el importe íntegro mañana.",
  },
  {
    brand: "acme-es",
    inReplyTo: "Llevo una hora esperando.",
    text: "Lamentamos la espera. ¿Nos facilita su número de pedido por mensaje privado?",
  },
  { brand: "acme-mx", text: "¡Hola! Gracias por escribirnos, revisamos tu pedido y te contamos hoy mismo." },
  {
    brand: "acme-uk",
    inReplyTo: "My parcel never arrived.",
    text: "We are sorry your parcel has not arrived. Could you send us your order number by direct message?",
  },
  { brand: "acme-uk", text: "Calm down, you idiot. Patience is a virtue." },
];

async function start(mode: string): Promise<{ child: ChildProcess; url: string; key: string }> {
  const child = spawn(
    process.execPath,
    [fileURLToPath(new URL("./serve-child.mjs", import.meta.url)), mode],
    {
      stdio: ["ignore", "pipe", "inherit"],
      env: { ...process.env, BENCH_LOG_LEVEL: LOG_LEVEL },
    },
  );
  const [line] = (await once(createInterface({ input: child.stdout! }), "line")) as [string];
  return { child, ...(JSON.parse(line) as { url: string; key: string }) };
}

async function load(mode: string) {
  const { child, url, key } = await start(mode);
  const headers = { authorization: `Bearer ${key}`, "content-type": "application/json" };
  // Warm-up: let the JIT see every kind of text first.
  await autocannon({
    url: `${url}/v1/check`,
    duration: 2,
    connections: 8,
    requests: replies.map((r) => ({ method: "POST", headers, body: JSON.stringify(r) })),
  });
  const result = await autocannon({
    url: `${url}/v1/check`,
    duration: SECONDS,
    connections: CONNECTIONS,
    requests: replies.map((r) => ({ method: "POST", headers, body: JSON.stringify(r) })),
  });
  child.kill("SIGTERM");
  await once(child, "exit");
  return {
    perSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx + result.errors + result.timeouts,
    total: result.requests.total,
  };
}

const normas = await load("normas");
const bare = await load("bare");
const row = (name: string, r: typeof normas) =>
  `${name.padEnd(28)} ${r.perSecond.toFixed(0).padStart(8)} req/s   p50 ${String(r.p50).padStart(3)} ms   p99 ${String(r.p99).padStart(3)} ms   errors ${r.non2xx}`;
console.log(
  `\nHTTP load on loopback: ${SECONDS} s, ${CONNECTIONS} connections, autocannon in the parent, server (dist, log level ${LOG_LEVEL}) in a child process\n`,
);
console.log(row("POST /v1/check (normas)", normas));
console.log(row("bare Hono JSON echo (peer)", bare));
console.log(
  `\nchecks/s ${normas.perSecond.toFixed(0)} (goal ≥ 5000), p99 ${normas.p99} ms (goal < 20 ms); ${(normas.perSecond / bare.perSecond).toFixed(2)}× the bare peer's throughput`,
);
