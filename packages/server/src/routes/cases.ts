// MAMA cases over HTTP: open, command, read. The key gives who acts (`by`); the phases, the cool-down and the
// reviewer rule are the core's decisions, returned as problems when it refuses.
import { type CaseCommandSchema, MamaCase, OpenCaseInputSchema } from "@normas/core/cases";
import type { Hono } from "hono";
import * as z from "zod";
import type { ServerContext } from "../context.js";
import { problem, problemOfRefusal } from "../problem.js";
import { readJson, requireActor, requireBrand, type ServerEnv, validate } from "../request.js";
import { expectedVersionOf } from "./crises.js";

/** Body of `POST /v1/cases`: `by` comes from the key. */
export const OpenCaseRequestSchema = OpenCaseInputSchema.extend({
  by: OpenCaseInputSchema.shape.by.optional(),
});

/** Body of `POST /v1/cases/{id}/commands`: a case command; `by` comes from the key. */
export const CaseCommandRequestSchema = z.looseObject({
  type: z.string().min(1).max(64),
  by: z.string().min(1).max(200).optional(),
});

export function caseRoutes(app: Hono<ServerEnv>, ctx: ServerContext): void {
  const load = async (id: string, key: ServerEnv["Variables"]["key"], locale: "en" | "es") => {
    const found = await MamaCase.load(ctx.cases, id);
    requireBrand(key, found.state.brand, locale, ["brand"]);
    return found;
  };

  app.post("/v1/cases", async (c) => {
    const key = c.get("key");
    const locale = c.get("locale");
    const body = validate(OpenCaseRequestSchema, await readJson(c), locale);
    requireActor(key, body.by, locale, ["by"]);
    requireBrand(key, body.brand, locale, ["brand"]);
    const opened = await MamaCase.open(ctx.cases, { ...body, by: key.actor }, ctx.now());
    c.header("Location", `/v1/cases/${encodeURIComponent(opened.state.id)}`);
    return c.json({ case: opened.state, version: opened.version }, 201);
  });

  app.get("/v1/cases/:id", async (c) => {
    const found = await load(c.req.param("id"), c.get("key"), c.get("locale"));
    return c.json({ case: found.state, version: found.version });
  });

  app.post("/v1/cases/:id/commands", async (c) => {
    const key = c.get("key");
    const locale = c.get("locale");
    const found = await load(c.req.param("id"), key, locale);
    const raw = await readJson(c);
    const head = validate(CaseCommandRequestSchema, raw, locale);
    requireActor(key, head.by, locale, ["by"]);
    const expected = expectedVersionOf(c.req.header("if-match"));
    if (expected === "bad")
      throw problem(400, "INPUT_INVALID", "If-Match carries the expected version, a whole number.", {
        path: ["If-Match"],
      });
    const idempotencyKey = c.req.header("idempotency-key");
    // The core validates the command itself (its refusal carries the paths).
    const command = { ...(raw as Record<string, unknown>), by: key.actor } as z.input<
      typeof CaseCommandSchema
    >;
    const result = await found.execute(command, {
      now: ctx.now(),
      ...(idempotencyKey === undefined ? {} : { idempotencyKey }),
      ...(expected === undefined ? {} : { expectedVersion: expected }),
    });
    if (!result.accepted) throw problemOfRefusal(result.refusal, locale);
    return c.json({
      accepted: true,
      duplicate: result.duplicate,
      version: found.version,
      case: result.state,
      events: result.events,
      effects: result.effects,
    });
  });
}
