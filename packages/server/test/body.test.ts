// Bodies over a real socket: a body whose size Content-Length gives is read from Node's request, a chunked one
// through Hono; both answer as `app.request` (the Fetch API path) does, limits included.
import { request } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import type { RunningServer } from "../src/server.js";
import { testServer } from "./fixtures.js";

let running: RunningServer | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

interface Sent {
  readonly status: number;
  readonly body: unknown;
}

/** POSTs raw bytes, with Content-Length (`chunked: false`) or in chunks (Transfer-Encoding: chunked). */
function send(url: string, key: string, chunks: readonly Buffer[], chunked: boolean): Promise<Sent> {
  return new Promise((resolve, reject) => {
    const length = chunks.reduce((n, c) => n + c.length, 0);
    const req = request(
      `${url}/v1/check`,
      {
        method: "POST",
        headers: {
          authorization: `Bearer ${key}`,
          "content-type": "application/json",
          ...(chunked ? { "transfer-encoding": "chunked" } : { "content-length": String(length) }),
        },
      },
      (res) => {
        const parts: Buffer[] = [];
        res.on("data", (d: Buffer) => parts.push(d));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(parts).toString("utf8")) }),
        );
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

const reply = {
  id: "r1",
  brand: "acme-es",
  inReplyTo: "¿Y mi pedido?",
  text: "Hola, te escribo por tu pedido.",
};

describe("request bodies over a socket", () => {
  it("answers a body sent with Content-Length or in chunks exactly as app.request does", async () => {
    const t = testServer();
    const expected = await (await t.post("/v1/check", t.keys.agent.key, reply)).json();
    running = await t.server.listen({ port: 0 });
    const bytes = Buffer.from(JSON.stringify(reply), "utf8");
    // Split inside a multi-byte character: the text is decoded from the whole body.
    const at = bytes.indexOf(Buffer.from("¿", "utf8")) + 1;
    for (const chunked of [false, true]) {
      const r = await send(
        running.url,
        t.keys.agent.key,
        [bytes.subarray(0, at), bytes.subarray(at)],
        chunked,
      );
      expect(r).toEqual({ status: 200, body: expected });
    }
  });

  it("drops a leading byte order mark, as the Fetch API's text() does", async () => {
    const t = testServer();
    running = await t.server.listen({ port: 0 });
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const r = await send(running.url, t.keys.agent.key, [bom, Buffer.from(JSON.stringify(reply))], false);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ id: "r1", kind: "reply" });
  });

  it("refuses a body over the limit with 413, whether Content-Length gives its size or not", async () => {
    const t = testServer({ bodyLimit: 1024 });
    running = await t.server.listen({ port: 0 });
    const big = Buffer.from(JSON.stringify({ ...reply, text: "a".repeat(2000) }));
    for (const chunked of [false, true]) {
      const r = await send(running.url, t.keys.agent.key, [big], chunked);
      expect(r).toMatchObject({ status: 413, body: { code: "BODY_TOO_LARGE" } });
    }
    const small = await send(running.url, t.keys.agent.key, [Buffer.from(JSON.stringify(reply))], false);
    expect(small.status).toBe(200);
  });

  it("answers malformed JSON sent with Content-Length with the same 400 problem", async () => {
    const t = testServer();
    running = await t.server.listen({ port: 0 });
    const r = await send(running.url, t.keys.agent.key, [Buffer.from("{nope")], false);
    expect(r).toMatchObject({
      status: 400,
      body: { code: "INPUT_INVALID", issues: [{ code: "invalid_json" }] },
    });
  });
});
