// The crisis protocol over HTTP: open, command, read, and follow a crisis as Server-Sent Events. The key gives
// the actor and the roles it may act in; which role may give which command is the protocol's decision (a
// refusal such as `role_not_allowed` comes back from the core's runtime as a problem).
import { CrisisCommandSchema, OpenCrisisOptionsSchema, type SealedCrisisEvent } from "@normas/core/crisis";
import type { Hono } from "hono";
import { streamSSE } from "hono/streaming";
import type { ServerContext } from "../context.js";
import { problem, problemOfRefusal } from "../problem.js";
import { readJson, requireActor, requireBrand, requireRoles, type ServerEnv, validate } from "../request.js";

/** Body of `POST /v1/crises`: the actor comes from the key; the id is made when absent. */
export const OpenCrisisRequestSchema = OpenCrisisOptionsSchema.extend({
  crisisId: OpenCrisisOptionsSchema.shape.crisisId.optional(),
  actor: OpenCrisisOptionsSchema.shape.actor.optional(),
  role: OpenCrisisOptionsSchema.shape.role.optional(),
});

/** Body of `POST /v1/crises/{id}/commands`: a crisis command; `actor` comes from the key. */
export const CrisisCommandRequestSchema = CrisisCommandSchema.extend({
  actor: CrisisCommandSchema.shape.actor.optional(),
});

/** `If-Match: 3` (or `"3"`) → expected version 3. @internal */
export function expectedVersionOf(header: string | undefined): number | undefined | "bad" {
  if (header === undefined) return undefined;
  const m = /^\s*(?:W\/)?"?(\d{1,15})"?\s*$/.exec(header);
  return m === null ? "bad" : Number(m[1]);
}

const HEARTBEAT_MS = 15_000;

export function crisisRoutes(app: Hono<ServerEnv>, ctx: ServerContext): void {
  app.post("/v1/crises", async (c) => {
    const key = c.get("key");
    const locale = c.get("locale");
    const body = validate(OpenCrisisRequestSchema, await readJson(c), locale);
    requireActor(key, body.actor, locale, ["actor"]);
    requireBrand(key, body.brand, locale, ["brand"]);
    const role = body.role ?? (key.roles[0] as string);
    requireRoles(key, [role], locale, ["role"]);
    const crisis = await ctx.crises.open(
      { ...body, crisisId: body.crisisId ?? ctx.newId(), actor: key.actor, role },
      ctx.now(),
    );
    c.header("Location", `/v1/crises/${encodeURIComponent(crisis.state.crisisId)}`);
    return c.json({ crisis: crisis.state, version: crisis.version }, 201);
  });

  const load = async (id: string, key: ServerEnv["Variables"]["key"], locale: "en" | "es") => {
    const crisis = await ctx.crises.get(id);
    requireBrand(key, crisis.state.brand, locale, ["brand"]);
    return crisis;
  };

  app.get("/v1/crises/:id", async (c) => {
    const crisis = await load(c.req.param("id"), c.get("key"), c.get("locale"));
    return c.json({ crisis: crisis.state, version: crisis.version });
  });

  app.post("/v1/crises/:id/commands", async (c) => {
    const key = c.get("key");
    const locale = c.get("locale");
    const crisis = await load(c.req.param("id"), key, locale);
    const command = validate(CrisisCommandRequestSchema, await readJson(c), locale);
    requireActor(key, command.actor, locale, ["actor"]);
    requireRoles(key, [command.role], locale, ["role"]);
    const expected = expectedVersionOf(c.req.header("if-match"));
    if (expected === "bad")
      throw problem(400, "INPUT_INVALID", "If-Match carries the expected version, a whole number.", {
        path: ["If-Match"],
      });
    const idempotencyKey = c.req.header("idempotency-key");
    const result = await crisis.execute(
      { ...command, actor: key.actor } as Parameters<typeof crisis.execute>[0],
      {
        now: ctx.now(),
        ...(idempotencyKey === undefined ? {} : { idempotencyKey }),
        ...(expected === undefined ? {} : { expectedVersion: expected }),
      },
    );
    if (!result.accepted) throw problemOfRefusal(result.refusal, locale);
    if (!result.duplicate) ctx.crises.recorded(crisis, result.events);
    return c.json({
      accepted: true,
      duplicate: result.duplicate,
      version: crisis.version,
      crisis: result.state,
      events: result.events,
      effects: result.effects,
    });
  });

  app.get("/v1/brands/:brand/crisis", async (c) => {
    const brand = c.req.param("brand");
    requireBrand(c.get("key"), brand, c.get("locale"), ["brand"]);
    return c.json({ brand, crisis: (await ctx.crises.brandState(brand)) ?? null });
  });

  app.get("/v1/crises/:id/events", async (c) => {
    const id = c.req.param("id");
    await load(id, c.get("key"), c.get("locale"));
    const from = Number(c.req.header("last-event-id") ?? c.req.query("from") ?? "0");
    const start = Number.isInteger(from) && from >= 0 ? from : 0;
    return streamSSE(c, async (stream) => {
      let sent = start;
      const queue: SealedCrisisEvent[] = [];
      let wake: (() => void) | undefined;
      let open = true;
      const stop = () => {
        open = false;
        wake?.();
      };
      const push = (events: readonly SealedCrisisEvent[]) => {
        queue.push(...events);
        wake?.();
      };
      // The store's subscription sees every instance's events; without one, listen to this process's writes
      // before reading the log so that nothing written in between is missed (`sent` drops what comes twice).
      const subscription =
        ctx.subscribe === undefined
          ? undefined
          : await ctx.subscribe(id, (event) => push([event]), { after: start });
      const unlisten =
        subscription === undefined ? ctx.crises.listen(id, push) : () => void subscription.close();
      ctx.streams.add(stop);
      stream.onAbort(stop);
      const heartbeat = setInterval(() => {
        void stream.write(": keep-alive\n\n");
      }, HEARTBEAT_MS);
      try {
        if (subscription === undefined) queue.unshift(...(await ctx.crises.store.read(id, start)));
        while (open) {
          for (const event of queue.splice(0)) {
            if (event.seq <= sent) continue;
            await stream.writeSSE({
              id: String(event.seq),
              event: "crisis-event",
              data: JSON.stringify(event),
            });
            sent = event.seq;
          }
          if (!open) break;
          await new Promise<void>((resolve) => {
            wake = resolve;
            if (queue.length > 0 || !open) resolve();
          });
          wake = undefined;
        }
      } finally {
        clearInterval(heartbeat);
        unlisten();
        ctx.streams.delete(stop);
      }
    });
  });
}
