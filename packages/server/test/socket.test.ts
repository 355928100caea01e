import { afterEach, describe, expect, it } from "vitest";
import type { RunningServer } from "../src/server.js";
import { testServer } from "./fixtures.js";

/**
 * How long to wait for what the page or the server delivers later: as long as the test itself may run (the server
 * project's 30 s in vitest.config.ts), so the waits add no time budget of their own on a loaded machine.
 */
const EVENTUALLY = 30_000;

let running: RunningServer | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

/** Reads Server-Sent Events until `count` events came in. */
async function readEvents(
  response: Response,
  count: number,
): Promise<{ id: string; data: { seq: number; type: string } }[]> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  const events: { id: string; data: { seq: number; type: string } }[] = [];
  while (events.length < count) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let end = buffer.indexOf("\n\n");
    while (end !== -1) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const id = /^id: (.*)$/m.exec(block)?.[1];
      const data = /^data: (.*)$/m.exec(block)?.[1];
      if (id !== undefined && data !== undefined) events.push({ id, data: JSON.parse(data) });
      end = buffer.indexOf("\n\n");
    }
  }
  await reader.cancel();
  return events;
}

describe("over a real socket", () => {
  it("checks a reply over HTTP on loopback", async () => {
    const t = testServer();
    running = await t.server.listen({ port: 0 });
    expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const r = await fetch(`${running.url}/v1/check`, {
      method: "POST",
      headers: { authorization: `Bearer ${t.keys.agent.key}`, "content-type": "application/json" },
      body: JSON.stringify({ brand: "acme-es", text: "Hola, te escribo por tu pedido." }),
    });
    expect(r.status).toBe(200);
    const body = (await r.json()) as { verdict: { violations: { ruleId: string }[] } };
    expect(body.verdict.violations.map((v) => v.ruleId)).toContain("voice/formality");
  });

  it("streams a crisis's events as SSE, live and resumed from Last-Event-ID", async () => {
    const t = testServer();
    running = await t.server.listen({ port: 0 });
    const url = running.url;
    const auth = { authorization: `Bearer ${t.keys.lead.key}` };
    const json = { ...auth, "content-type": "application/json" };
    await fetch(`${url}/v1/crises`, {
      method: "POST",
      headers: json,
      body: JSON.stringify({ crisisId: "c1", brand: "acme-es", role: "crisis-lead" }),
    });
    const live = await fetch(`${url}/v1/crises/c1/events`, { headers: auth });
    expect(live.headers.get("content-type")).toMatch(/text\/event-stream/);
    const reading = readEvents(live, 3);
    await fetch(`${url}/v1/crises/c1/commands`, {
      method: "POST",
      headers: json,
      body: JSON.stringify({ type: "raise-alert", role: "crisis-lead", topics: ["fuga"] }),
    });
    await fetch(`${url}/v1/crises/c1/commands`, {
      method: "POST",
      headers: json,
      body: JSON.stringify({ type: "start-assessment", role: "crisis-lead" }),
    });
    const seen = await reading;
    expect(seen.map((e) => e.id)).toEqual(["1", "2", "3"]);
    expect(seen.map((e) => e.data.seq)).toEqual([1, 2, 3]);

    const resumed = await fetch(`${url}/v1/crises/c1/events`, { headers: { ...auth, "last-event-id": "2" } });
    const rest = await readEvents(resumed, 1);
    expect(rest.map((e) => e.id)).toEqual(["3"]);
  });

  it("fires overdue deadlines of the crises it holds (the core escalates)", async () => {
    const t = testServer({ tickMs: 20 });
    running = await t.server.listen({ port: 0 });
    await t.post("/v1/crises", t.keys.lead.key, { crisisId: "d1", brand: "acme-es", role: "crisis-lead" });
    await t.post("/v1/crises/d1/commands", t.keys.agent.key, {
      type: "raise-alert",
      role: "community-manager",
      topics: ["x"],
    });
    const version = async () =>
      ((await (await t.call("/v1/crises/d1", t.keys.lead.key)).json()) as { version: number }).version;
    expect(await version()).toBe(2);
    t.advance(6 * 60 * 60_000);
    await expect.poll(version, { timeout: EVENTUALLY }).toBeGreaterThan(2);
  });

  it("shuts down gracefully while an event stream is open", async () => {
    const t = testServer();
    running = await t.server.listen({ port: 0 });
    const auth = { authorization: `Bearer ${t.keys.lead.key}`, "content-type": "application/json" };
    await fetch(`${running.url}/v1/crises`, {
      method: "POST",
      headers: auth,
      body: JSON.stringify({ crisisId: "c2", brand: "acme-es", role: "crisis-lead" }),
    });
    const stream = await fetch(`${running.url}/v1/crises/c2/events`, { headers: auth });
    const reader = stream.body!.getReader();
    await reader.read();
    const closing = running.close(2_000);
    running = undefined;
    await closing;
    // The stream ended: the reader gets the end (or an error), never hangs.
    const end = await reader.read().catch(() => ({ done: true }));
    expect(end.done).toBe(true);
  });
});
