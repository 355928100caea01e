// The server on the embedded store `normas serve` uses by default (PGlite through @normas/postgres).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createEmbeddedStores } from "@normas/postgres";
import { afterAll, describe, expect, it } from "vitest";
import { testServer } from "./fixtures.js";

const dataDir = mkdtempSync(join(tmpdir(), "normas-server-pglite-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe("on embedded PGlite", () => {
  it("keeps crises and cases across a restart, and streams the events from the store", async () => {
    const first = await createEmbeddedStores({ dataDir });
    const a = testServer({ stores: first });
    expect(
      (await a.post("/v1/crises", a.keys.lead.key, { crisisId: "p1", brand: "acme-es", role: "crisis-lead" }))
        .status,
    ).toBe(201);
    expect(
      (
        await a.post("/v1/crises/p1/commands", a.keys.agent.key, {
          type: "raise-alert",
          role: "community-manager",
          topics: ["fuga"],
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await a.post("/v1/cases", a.keys.agent.key, {
          id: "k1",
          brand: "acme-es",
          subject: { kind: "comment", comment: { text: "¿Hola?" } },
        })
      ).status,
    ).toBe(201);
    expect((await a.call("/readyz", undefined)).status).toBe(200);
    await first.close();

    const second = await createEmbeddedStores({ dataDir });
    const b = testServer({ stores: second });
    const crisis = await b.call("/v1/crises/p1", b.keys.lead.key);
    expect(await crisis.json()).toMatchObject({ version: 2, crisis: { state: "alert", topics: ["fuga"] } });
    expect(await (await b.call("/v1/cases/k1", b.keys.agent.key)).json()).toMatchObject({
      case: { id: "k1" },
    });

    const stream = await b.call("/v1/crises/p1/events", b.keys.lead.key, {
      headers: { "last-event-id": "1" },
    });
    const reader = stream.body!.getReader();
    let text = "";
    while (!text.includes("\n\n")) text += new TextDecoder().decode((await reader.read()).value);
    expect(text).toMatch(/^id: 2$/m);
    await reader.cancel();
    await second.close();
  });
});
