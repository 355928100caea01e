import { describe, expect, it } from "vitest";
import { testServer } from "./fixtures.js";

type Json = Record<string, unknown>;

async function openCrisis(t: ReturnType<typeof testServer>) {
  const r = await t.post("/v1/crises", t.keys.lead.key, {
    crisisId: "leak-1",
    brand: "acme-es",
    role: "crisis-lead",
    reason: "Filtración",
  });
  expect(r.status).toBe(201);
  return (await r.json()) as { crisis: Json; version: number };
}

describe("crisis endpoints", () => {
  it("opens a crisis as the key's actor and reads it back", async () => {
    const t = testServer();
    const opened = await openCrisis(t);
    expect(opened.crisis).toMatchObject({ crisisId: "leak-1", brand: "acme-es" });
    const r = await t.call("/v1/crises/leak-1", t.keys.lead.key);
    expect(await r.json()).toMatchObject({ version: 1, crisis: { crisisId: "leak-1" } });
    expect((await t.call("/v1/crises/none", t.keys.lead.key)).status).toBe(404);
  });

  it("leaves which role may give which command to the protocol: an agent's key cannot start the assessment", async () => {
    const t = testServer();
    await openCrisis(t);
    const alert = await t.post("/v1/crises/leak-1/commands", t.keys.agent.key, {
      type: "raise-alert",
      role: "community-manager",
      topics: ["filtración"],
    });
    expect(alert.status).toBe(200);
    expect(await alert.json()).toMatchObject({ accepted: true, version: 2 });

    const refused = await t.post("/v1/crises/leak-1/commands", t.keys.agent.key, {
      type: "start-assessment",
      role: "community-manager",
    });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({
      code: "role_not_allowed",
      details: { role: "community-manager" },
    });

    const borrowed = await t.post("/v1/crises/leak-1/commands", t.keys.agent.key, {
      type: "start-assessment",
      role: "crisis-lead",
    });
    expect(borrowed.status).toBe(403);
    expect(await borrowed.json()).toMatchObject({ code: "FORBIDDEN", path: ["role"] });

    const impersonated = await t.post("/v1/crises/leak-1/commands", t.keys.agent.key, {
      type: "raise-alert",
      role: "community-manager",
      actor: "jorge",
    });
    expect(await impersonated.json()).toMatchObject({ code: "FORBIDDEN", path: ["actor"] });
  });

  it("answers a retry with the same Idempotency-Key as a duplicate, and a stale If-Match with 409", async () => {
    const t = testServer();
    await openCrisis(t);
    const command = { type: "raise-alert", role: "community-manager", topics: ["filtración"] };
    const first = await t.post("/v1/crises/leak-1/commands", t.keys.agent.key, command, {
      "idempotency-key": "k1",
    });
    const again = await t.post("/v1/crises/leak-1/commands", t.keys.agent.key, command, {
      "idempotency-key": "k1",
    });
    expect(await first.json()).toMatchObject({ duplicate: false });
    expect(await again.json()).toMatchObject({ accepted: true, duplicate: true, version: 2 });
    const stale = await t.post(
      "/v1/crises/leak-1/commands",
      t.keys.lead.key,
      { type: "start-assessment", role: "crisis-lead" },
      { "if-match": "1" },
    );
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ code: "version_conflict", path: ["expectedVersion"] });
  });

  it("gives refusals in Spanish with Accept-Language: es", async () => {
    const t = testServer();
    await openCrisis(t);
    const r = await t.post(
      "/v1/crises/leak-1/commands",
      t.keys.lead.key,
      { type: "contain", role: "crisis-lead" },
      { "accept-language": "es" },
    );
    expect(r.status).toBe(409);
    const p = (await r.json()) as { code: string; detail: string };
    expect(p.code).toBe("not_allowed_in_state");
    expect(p.detail).toMatch(/estado|no se puede|no está/i);
  });

  it("passes the brand's open crisis into checks of its replies", async () => {
    const t = testServer();
    await openCrisis(t);
    const lead = (body: Json) =>
      t.post("/v1/crises/leak-1/commands", t.keys.lead.key, { role: "crisis-lead", ...body });
    await t.post("/v1/crises/leak-1/commands", t.keys.agent.key, {
      type: "raise-alert",
      role: "community-manager",
      topics: ["filtración"],
    });
    expect((await lead({ type: "start-assessment" })).status).toBe(200);
    expect((await lead({ type: "set-severity", severity: "sev1", reason: "Datos expuestos" })).status).toBe(
      200,
    );
    expect((await lead({ type: "assign-lead", lead: "jorge" })).status).toBe(200);
    expect((await lead({ type: "contain" })).status).toBe(200);
    const state = (await (await t.call("/v1/brands/acme-es/crisis", t.keys.agent.key)).json()) as {
      crisis: Json | null;
    };
    expect(state.crisis).toMatchObject({ active: true, crisisId: "leak-1", topics: ["filtración"] });
    const check = await t.post("/v1/check", t.keys.agent.key, {
      brand: "acme-es",
      text: "Sobre la filtración: estamos revisando qué ha pasado y le informaremos.",
    });
    const verdict = ((await check.json()) as { verdict: { violations: { ruleId: string }[] } }).verdict;
    expect(verdict.violations.some((v) => v.ruleId.startsWith("crisis/"))).toBe(true);
    const pretending = await t.post("/v1/check", t.keys.agent.key, {
      brand: "acme-es",
      text: "Sobre la filtración: estamos revisando qué ha pasado y le informaremos.",
      crisis: { active: false },
    });
    const second = ((await pretending.json()) as { verdict: { violations: { ruleId: string }[] } }).verdict;
    expect(second.violations.some((v) => v.ruleId.startsWith("crisis/"))).toBe(true);
  });

  it("lets legal approve a statement and refuses an agent's key (role_not_allowed, decided by the protocol)", async () => {
    const t = testServer();
    await openCrisis(t);
    const lead = (body: Json) =>
      t.post("/v1/crises/leak-1/commands", t.keys.lead.key, { role: "crisis-lead", ...body });
    await t.post("/v1/crises/leak-1/commands", t.keys.agent.key, {
      type: "raise-alert",
      role: "community-manager",
      topics: ["filtración"],
    });
    await lead({ type: "start-assessment" });
    await lead({ type: "set-severity", severity: "sev1", reason: "Datos expuestos" });
    await lead({ type: "assign-lead", lead: "jorge" });
    await lead({ type: "contain" });
    const holding = await lead({
      type: "publish-holding-statement",
      role: "communications",
      messageId: "holding-investigating",
      lang: "es",
      slots: { canal: "nuestra web", fecha: "12 de mayo a las 14:00" },
    });
    expect(holding.status).toBe(200);
    expect((await lead({ type: "respond" })).status).toBe(200);
    const approve = { type: "approve-statement", messageId: "update-measures" };
    const agent = await t.post("/v1/crises/leak-1/commands", t.keys.agent.key, {
      ...approve,
      role: "community-manager",
    });
    expect(agent.status).toBe(403);
    expect(await agent.json()).toMatchObject({ code: "role_not_allowed" });
    const legal = await t.post("/v1/crises/leak-1/commands", t.keys.legal.key, { ...approve, role: "legal" });
    expect(legal.status).toBe(200);
    expect(await legal.json()).toMatchObject({ accepted: true, events: [{ actor: "lucia", role: "legal" }] });
  });
});

describe("MAMA case endpoints", () => {
  it("opens a case as the key's actor, refuses skipping a phase, and keeps other brands out", async () => {
    const t = testServer();
    const opened = await t.post("/v1/cases", t.keys.agent.key, {
      id: "case-1",
      brand: "acme-es",
      subject: { kind: "comment", comment: { text: "Llevo tres días sin respuesta." } },
    });
    expect(opened.status).toBe(201);
    expect(await opened.json()).toMatchObject({ version: 1, case: { id: "case-1", brand: "acme-es" } });
    const skip = await t.post("/v1/cases/case-1/commands", t.keys.agent.key, { type: "approve" });
    expect(skip.status).toBe(409);
    expect(((await skip.json()) as { code: string }).code).toMatch(/phase|not_allowed|skipped/);
    const other = await t.post("/v1/cases", t.keys.agent.key, {
      id: "case-2",
      brand: "acme-uk",
      subject: { kind: "comment", comment: { text: "Hello?" } },
    });
    expect(other.status).toBe(403);
    expect((await t.call("/v1/cases/case-1", t.keys.agent.key)).status).toBe(200);
  });
});
