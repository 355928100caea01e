// POST /v1/check: one record (the shape `normas check` reads from JSON Lines) checked as a reply, a post or a
// moderation action. The key's brands and roles bound what a record may claim; the brand's open crisis, when
// this server runs one, is passed in as the crisis input.
import { evaluateModeration, evaluatePost, evaluateReply, type Verdict } from "@normas/core";
import { parseRecord } from "@normas/core/schemas";
import type { Hono } from "hono";
import type { ServerContext } from "../context.js";
import { problem } from "../problem.js";
import { readJson, requireBrand, requireRoles, type ServerEnv } from "../request.js";

export function checkRoutes(app: Hono<ServerEnv>, ctx: ServerContext): void {
  app.post("/v1/check", async (c) => {
    const key = c.get("key");
    const locale = c.get("locale");
    const body = await readJson(c);
    // The evaluation validates the input (same paths and messages): the record is read without doing it twice.
    const record = parseRecord(body, {
      defaults: { author: { id: key.actor, roles: [...key.roles] } },
      locale,
      validate: false,
    });
    if (record.disable.length > 0) {
      const message =
        locale === "es"
          ? "El servicio HTTP no aplica directivas disable: quita el campo y filtra el veredicto en tu aplicación."
          : "The HTTP service does not apply disable directives: leave the field out and filter the verdict in your app.";
      throw problem(400, "INPUT_INVALID", message, {
        issues: [{ code: "disable_unsupported", path: ["disable"], pathText: "disable", message }],
      });
    }
    const input = record.input;
    // A brand or roles of the wrong type are left to the evaluation's INPUT_INVALID.
    if (typeof input.brand === "string") requireBrand(key, input.brand, locale, ["brand"]);
    const roles = (input.author as { roles?: unknown } | undefined)?.roles;
    if (Array.isArray(roles))
      requireRoles(
        key,
        roles.filter((r) => typeof r === "string"),
        locale,
        ["author", "roles"],
      );
    let verdict: Verdict;
    if (record.kind === "moderation") verdict = evaluateModeration(ctx.compiled, record.input);
    else {
      // The crisis this server runs for the brand wins over one the record describes: a client cannot check a
      // reply as if its brand were not in crisis.
      const crisis = (await ctx.crises.brandState(String(input.brand))) ?? record.input.crisis;
      verdict =
        record.kind === "reply"
          ? evaluateReply(ctx.compiled, crisis === undefined ? record.input : { ...record.input, crisis })
          : evaluatePost(ctx.compiled, crisis === undefined ? record.input : { ...record.input, crisis });
    }
    return c.json({ ...(record.id === undefined ? {} : { id: record.id }), kind: record.kind, verdict });
  });
}
