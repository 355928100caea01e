import { describe, expect, it } from "vitest";
import { testServer } from "./fixtures.js";

const refundReply = {
  brand: "acme-es",
  inReplyTo: "¿Me devolvéis el dinero o no?",
  text: "Claro, te devolvemos el importe íntegro mañana.",
};

describe("POST /v1/check", () => {
  it("refuses a request without a valid key with 401 problem details", async () => {
    const { post } = testServer();
    for (const key of [undefined, "nrm_unknownid_aaaaaaaaaaaaaaaaaaaaaaaa", "not-a-key"]) {
      const r = await post("/v1/check", key, refundReply);
      expect(r.status).toBe(401);
      expect(r.headers.get("content-type")).toBe("application/problem+json");
      expect(await r.json()).toMatchObject({ code: "UNAUTHENTICATED", status: 401 });
    }
  });

  it("checks a reply with the key's actor and roles: a tú form and a refund promise the agent may not make", async () => {
    const { post, keys } = testServer();
    const r = await post("/v1/check", keys.agent.key, { id: 7, ...refundReply });
    expect(r.status).toBe(200);
    const body = (await r.json()) as {
      id: string;
      kind: string;
      verdict: { ok: boolean; violations: { ruleId: string }[] };
    };
    expect(body.id).toBe("7");
    expect(body.kind).toBe("reply");
    expect(body.verdict.ok).toBe(false);
    expect(body.verdict.violations.map((v) => v.ruleId).sort()).toEqual([
      "authority/commitment",
      "voice/formality",
    ]);
  });

  it("lets a supervisor's key make the refund promise (the role comes from the key)", async () => {
    const { post, keys } = testServer();
    const r = await post("/v1/check", keys.lead.key, {
      ...refundReply,
      author: { id: "jorge", roles: ["supervisor"] },
    });
    const body = (await r.json()) as { verdict: { violations: { ruleId: string }[] } };
    expect(body.verdict.violations.map((v) => v.ruleId)).toEqual(["voice/formality"]);
  });

  it("refuses a brand the key does not serve, and a role the key was not granted (403 with the path)", async () => {
    const { post, keys } = testServer();
    const brand = await post("/v1/check", keys.agent.key, { ...refundReply, brand: "acme-uk" });
    expect(brand.status).toBe(403);
    expect(await brand.json()).toMatchObject({ code: "FORBIDDEN", path: ["brand"] });
    const role = await post("/v1/check", keys.agent.key, {
      ...refundReply,
      author: { id: "marta", roles: ["supervisor"] },
    });
    expect(role.status).toBe(403);
    expect(await role.json()).toMatchObject({ code: "FORBIDDEN", path: ["author", "roles"] });
  });

  it("answers a bad record with the library's INPUT_INVALID and the path of each field, in Spanish when asked", async () => {
    const { post, keys } = testServer();
    const r = await post(
      "/v1/check",
      keys.agent.key,
      { brand: "acme-es", text: 42 },
      { "accept-language": "es-ES,es;q=0.9" },
    );
    expect(r.status).toBe(400);
    const p = (await r.json()) as { code: string; issues: { path: unknown[]; message: string }[] };
    expect(p.code).toBe("INPUT_INVALID");
    expect(p.issues[0]?.path).toEqual(["text"]);
    expect(p.issues[0]?.message).toMatch(/texto|text/);
  });

  it("answers malformed JSON, a wrong media type and a body over the limit with problem details", async () => {
    const { server, keys, post } = testServer({ bodyLimit: 1024 });
    const bad = await server.app.request("/v1/check", {
      method: "POST",
      body: "{nope",
      headers: { authorization: `Bearer ${keys.agent.key}`, "content-type": "application/json" },
    });
    expect(await bad.json()).toMatchObject({ status: 400, issues: [{ code: "invalid_json" }] });
    const text = await server.app.request("/v1/check", {
      method: "POST",
      body: "hola",
      headers: { authorization: `Bearer ${keys.agent.key}`, "content-type": "text/plain" },
    });
    expect(text.status).toBe(415);
    const big = await post("/v1/check", keys.agent.key, { ...refundReply, text: "a".repeat(2000) });
    expect(big.status).toBe(413);
    expect(await big.json()).toMatchObject({ code: "BODY_TOO_LARGE" });
  });

  it("refuses a record's disable field instead of ignoring it", async () => {
    const { post, keys } = testServer();
    const r = await post("/v1/check", keys.agent.key, { ...refundReply, disable: "voice/formality" });
    expect(r.status).toBe(400);
    expect(await r.json()).toMatchObject({ issues: [{ code: "disable_unsupported", path: ["disable"] }] });
  });

  it("checks a moderation action: deleting criticism is not allowed", async () => {
    const { post, keys } = testServer();
    const r = await post("/v1/check", keys.agent.key, {
      kind: "moderation",
      brand: "acme-es",
      comment: "Vuestro servicio de atención es lentísimo, llevo tres días esperando.",
      action: "delete",
    });
    expect(r.status).toBe(200);
    const body = (await r.json()) as { kind: string; verdict: { ok: boolean } };
    expect(body.kind).toBe("moderation");
    expect(body.verdict.ok).toBe(false);
  });

  it("limits requests per key (429 with Retry-After), other keys unaffected", async () => {
    const { post, keys } = testServer({ rateLimit: { requests: 2, perSeconds: 60 } });
    const body = { brand: "acme-es", text: "Gracias por escribirnos." };
    expect((await post("/v1/check", keys.agent.key, body)).status).toBe(200);
    expect((await post("/v1/check", keys.agent.key, body)).status).toBe(200);
    const third = await post("/v1/check", keys.agent.key, body);
    expect(third.status).toBe(429);
    expect(Number(third.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await post("/v1/check", keys.lead.key, body)).status).toBe(200);
  });
});

describe("service endpoints", () => {
  it("serves /healthz, /readyz and an OpenAPI 3.1 document without a key", async () => {
    const { call } = testServer();
    expect((await call("/healthz", undefined)).status).toBe(200);
    expect(await (await call("/readyz", undefined)).json()).toEqual({ status: "ready" });
    const doc = (await (await call("/openapi.json", undefined)).json()) as {
      openapi: string;
      paths: Record<string, unknown>;
      components: { schemas: Record<string, { anyOf?: unknown[] }> };
    };
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/v1/check",
        "/v1/crises",
        "/v1/crises/{id}/commands",
        "/v1/crises/{id}/events",
        "/v1/cases",
      ]),
    );
    expect(doc.components.schemas.CheckRequest?.anyOf).toHaveLength(3);
  });

  it("answers 503 on /readyz when the stores do not answer", async () => {
    const { MemoryCaseStore, MemoryCrisisEventStore } = await import("@normas/core");
    const crises = new MemoryCrisisEventStore();
    crises.head = () => Promise.reject(new Error("connection refused"));
    const { call } = testServer({ stores: { crises, cases: new MemoryCaseStore() } });
    const r = await call("/readyz", undefined);
    expect(r.status).toBe(503);
    expect(await r.json()).toMatchObject({ code: "NOT_READY" });
  });

  it("answers 503 TIMEOUT when the storage does not answer in time", async () => {
    const { MemoryCaseStore, MemoryCrisisEventStore } = await import("@normas/core");
    const crises = new MemoryCrisisEventStore();
    crises.append = () => new Promise(() => {});
    const { post, keys } = testServer({ stores: { crises, cases: new MemoryCaseStore() }, timeoutMs: 50 });
    const r = await post("/v1/crises", keys.lead.key, { brand: "acme-es", role: "crisis-lead" });
    expect(r.status).toBe(503);
    expect(await r.json()).toMatchObject({ code: "TIMEOUT" });
  });

  it("answers an unknown route with a 404 problem", async () => {
    const { call, keys } = testServer();
    const r = await call("/v1/nothing", keys.agent.key);
    expect(r.status).toBe(404);
    expect(await r.json()).toMatchObject({ code: "NOT_FOUND" });
  });
});
