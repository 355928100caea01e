// The server under load, in its own process (the load generator runs in the parent): the built packages (what a
// user runs; plain JavaScript, since tsx would map `@normas/*` to the sources through tsconfig paths), no rate limit, memory stores, logs at BENCH_LOG_LEVEL (default `warn`;
// `info` writes the line per request, to /dev/null so that no pipe slows it). Prints the URL and the agent's key
// on its first line.
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { loadPolicyFile } from "@normas/core/node";
import { createApiKey, createServer } from "@normas/server";
import { Hono } from "hono";
import { pino } from "pino";

const mode = process.argv[2] ?? "normas";
if (mode === "bare") {
  // The peer: a bare Hono app on the same adapter that parses the same JSON body and answers a small object.
  const app = new Hono();
  app.post("/v1/check", async (c) => c.json({ ok: true, length: JSON.stringify(await c.req.json()).length }));
  const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, (info) => {
    process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${info.port}`, key: "none" })}\n`);
  });
  process.on("SIGTERM", () => server.close());
} else {
  const { policy } = await loadPolicyFile(
    fileURLToPath(new URL("../../../examples/normas.config.yaml", import.meta.url)),
  );
  const { key, record } = createApiKey({ actor: "marta", roles: ["agent"], brands: ["*"] });
  const running = await createServer({
    policy,
    keys: [record],
    rateLimit: false,
    composer: false,
    logger: pino({ level: process.env.BENCH_LOG_LEVEL ?? "warn" }, pino.destination({ dest: "/dev/null" })),
  }).listen({ port: 0 });
  process.stdout.write(`${JSON.stringify({ url: running.url, key })}\n`);
  process.on("SIGTERM", () => void running.close(1000));
}
