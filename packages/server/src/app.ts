// The Hono application: middleware (request log, locale, body limit, time-out, API key, rate limit), the routes,
// and problem details for every error.
import { randomUUID } from "node:crypto";
import { compilePolicy } from "@normas/core";
import { standardProtocol } from "@normas/core/crisis";
import { Hono, type MiddlewareHandler } from "hono";
import { pino } from "pino";
import { bodyLimit } from "./body.js";
import { defaultComposerDir, loadAssets } from "./composer-assets.js";
import type { ServerContext } from "./context.js";
import { CrisisRegistry } from "./crisis-registry.js";
import { type ApiKeyRecord, servesBrand, verifyApiKey } from "./keys.js";
import { openApiDocument } from "./openapi.js";
import type { ServerOptions } from "./options.js";
import { HttpProblem, localeOf, problem, toProblem } from "./problem.js";
import { RateLimiter } from "./rate-limit.js";
import type { ServerEnv } from "./request.js";
import { caseRoutes } from "./routes/cases.js";
import { checkRoutes } from "./routes/check.js";
import { crisisRoutes } from "./routes/crises.js";
import { memoryStores, type ServerStores } from "./stores.js";

/** The application and what its lifecycle needs. @internal */
export interface BuiltApp {
  readonly app: Hono<ServerEnv>;
  readonly ctx: ServerContext;
  readonly stores: ServerStores;
}

const problemResponse = (p: HttpProblem): Response =>
  new Response(JSON.stringify(p.problem), {
    status: p.problem.status,
    headers: { "content-type": "application/problem+json", ...p.headers },
  });

const say = (locale: "en" | "es", en: string, es: string): string => (locale === "es" ? es : en);

/** Builds the Hono app. @internal */
export function buildApp(options: ServerOptions): BuiltApp {
  const stores = options.stores ?? memoryStores();
  const logger = options.logger ?? pino({ name: "normas" });
  const protocol = options.protocol ?? standardProtocol;
  const ctx: ServerContext = {
    policy: options.policy,
    compiled: compilePolicy(options.policy),
    crises: new CrisisRegistry(stores.crises, protocol),
    cases: stores.cases,
    now: options.now ?? Date.now,
    newId: options.newId ?? randomUUID,
    logger,
    subscribe: stores.subscribe?.bind(stores),
    streams: new Set(),
  };
  const keys = new Map<string, ApiKeyRecord>(options.keys.map((k) => [k.id, k]));
  const limiter =
    options.rateLimit === false
      ? undefined
      : new RateLimiter(options.rateLimit ?? { requests: 600, perSeconds: 10 });
  const timeoutMs = options.timeoutMs ?? 10_000;
  const assets =
    options.composer === false ? new Map() : loadAssets(options.composer ?? defaultComposerDir());

  const app = new Hono<ServerEnv>();

  app.onError((error, c) => {
    const p = toProblem(error);
    if (p.problem.status >= 500) logger.error({ err: error, path: c.req.path }, "request failed");
    return problemResponse(p);
  });
  app.notFound((c) => problemResponse(problem(404, "NOT_FOUND", `No route ${c.req.method} ${c.req.path}.`)));

  const log: MiddlewareHandler<ServerEnv> = async (c, next) => {
    const start = performance.now();
    await next();
    if (logger.isLevelEnabled("info"))
      logger.info({
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round((performance.now() - start) * 10) / 10,
        key: c.get("key")?.id,
      });
  };
  app.use("*", log);
  app.use("*", async (c, next) => {
    c.set("locale", localeOf(c.req.header("accept-language")));
    await next();
  });

  app.get("/healthz", (c) => c.json({ status: "ok" }));
  app.get("/readyz", async (c) => {
    // Ready when the storage answers a read (of a stream that does not exist).
    const ready = await stores.crises.head("__readyz__").then(
      () => true,
      () => false,
    );
    return ready
      ? c.json({ status: "ready" })
      : problemResponse(problem(503, "NOT_READY", "The storage does not answer."));
  });
  app.get("/openapi.json", (c) => c.json(openApiDocument()));

  const apiKey: MiddlewareHandler<ServerEnv> = async (c, next) => {
    const locale = c.get("locale");
    const auth = c.req.header("authorization");
    const presented = auth?.startsWith("Bearer ") ? auth.slice(7).trim() : c.req.header("x-api-key");
    const key = presented === undefined ? undefined : verifyApiKey(presented, keys);
    if (key === undefined)
      return problemResponse(
        problem(
          401,
          "UNAUTHENTICATED",
          say(
            locale,
            "Send a valid API key: Authorization: Bearer nrm_…",
            "Envía una clave de API válida: Authorization: Bearer nrm_…",
          ),
        ),
      );
    if (limiter !== undefined) {
      const wait = limiter.take(key.id, ctx.now());
      if (wait > 0) {
        const p = problem(
          429,
          "RATE_LIMITED",
          say(
            locale,
            `Too many requests for this key: retry in ${wait} s.`,
            `Demasiadas peticiones con esta clave: reintenta en ${wait} s.`,
          ),
        );
        return problemResponse(new HttpProblem(p.problem, { "retry-after": String(wait) }));
      }
    }
    c.set("key", key);
    await next();
  };
  app.use("/v1/*", apiKey);
  app.use(
    "/v1/*",
    bodyLimit({
      maxSize: options.bodyLimit ?? 262_144,
      onError: (c) =>
        problemResponse(
          problem(
            413,
            "BODY_TOO_LARGE",
            say(c.get("locale"), "The body is too large.", "El cuerpo es demasiado grande."),
          ),
        ),
    }),
  );
  app.use("/v1/*", async (c, next) => {
    if (c.req.path.endsWith("/events")) return next();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            problem(
              503,
              "TIMEOUT",
              say(c.get("locale"), "The request took too long.", "La petición tardó demasiado."),
            ),
          ),
        timeoutMs,
      );
    });
    try {
      await Promise.race([next(), expired]);
    } finally {
      clearTimeout(timer);
    }
  });

  app.get("/v1/session", (c) => {
    const key = c.get("key");
    return c.json({
      actor: key.actor,
      roles: key.roles,
      brands: ctx.policy.brands.map((b) => b.id).filter((id) => servesBrand(key, id)),
      policy: ctx.policy,
    });
  });
  checkRoutes(app, ctx);
  crisisRoutes(app, ctx);
  caseRoutes(app, ctx);

  app.get("*", (c, next) => {
    const asset = assets.get(c.req.path);
    if (asset === undefined) return next();
    c.header("content-type", asset.type);
    c.header(
      "content-security-policy",
      "default-src 'self'; img-src 'self' data:; base-uri 'none'; frame-ancestors 'none'",
    );
    c.header("x-content-type-options", "nosniff");
    if (c.req.path.startsWith("/assets/")) c.header("cache-control", "public, max-age=31536000, immutable");
    return c.body(asset.body as Uint8Array<ArrayBuffer>);
  });

  return { app, ctx, stores };
}
