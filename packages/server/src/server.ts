// createServer: the app plus its lifecycle on Node (listen, graceful shutdown).
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import type { Hono } from "hono";
import { buildApp } from "./app.js";
import type { ServerOptions } from "./options.js";
import type { ServerEnv } from "./request.js";

/** Where to listen. */
export interface ListenOptions {
  /** Port (default 8787; 0 picks a free one). */
  readonly port?: number;
  /** Interface (default `127.0.0.1`: only this machine). */
  readonly host?: string;
}

/** A server that is listening. */
export interface RunningServer {
  /** Its base URL, e.g. `http://127.0.0.1:8787`. */
  readonly url: string;
  /** The port it listens on. */
  readonly port: number;
  /**
   * Graceful shutdown: stops accepting connections, ends the event streams, lets requests in flight finish
   * (up to `graceMs`, default 10 s), then closes the stores.
   */
  close(graceMs?: number): Promise<void>;
}

/** The normas HTTP service: a Hono app to mount or call, and `listen` to run it on Node. */
export interface NormasServer {
  /** The Hono application (`app.request(...)` in tests, or mount it in another Hono app). */
  readonly app: Hono<ServerEnv>;
  /**
   * The fetch handler (Request → Response). `env` is the adapter's bindings, passed on to the app: under
   * `@hono/node-server`'s `serve({ fetch })` they are Node's request and response, from which a request body
   * is read without building a Fetch API body stream.
   */
  readonly fetch: (request: Request, env?: unknown) => Response | Promise<Response>;
  /** Listens on a port (Node). */
  listen(options?: ListenOptions): Promise<RunningServer>;
}

/**
 * Creates the normas HTTP service over a policy, the core's store ports and a set of API keys.
 *
 * @example
 * ```ts
 * import { definePolicy } from "@normas/core";
 * import { createApiKey, createServer } from "@normas/server";
 * const policy = definePolicy({ brands: [{ id: "acme", name: "Acme", locale: "es" }] });
 * const { key, record } = createApiKey({ actor: "ana", roles: ["community-manager"], brands: ["acme"] });
 * const running = await createServer({ policy, keys: [record] }).listen({ port: 8787 });
 * // curl -H "Authorization: Bearer $KEY" -d '{"brand":"acme","text":"Hola"}' -H 'content-type: application/json' http://127.0.0.1:8787/v1/check
 * await running.close();
 * ```
 */
export function createServer(options: ServerOptions): NormasServer {
  const { app, ctx, stores } = buildApp(options);
  const fetch = (request: Request, env?: unknown) => app.fetch(request, env);
  return {
    app,
    fetch,
    listen(listen: ListenOptions = {}) {
      const host = listen.host ?? "127.0.0.1";
      return new Promise<RunningServer>((resolve, reject) => {
        const server = serve({ fetch, port: listen.port ?? 8787, hostname: host }, (info: AddressInfo) => {
          const shownHost = host.includes(":") ? `[${host}]` : host;
          ctx.logger.info({ url: `http://${shownHost}:${info.port}` }, "listening");
          const tickMs = options.tickMs ?? 30_000;
          const ticker =
            tickMs === false
              ? undefined
              : setInterval(() => {
                  ctx.crises
                    .tickAll(ctx.now())
                    .catch((error: unknown) => ctx.logger.error({ err: error }, "deadline tick failed"));
                }, tickMs);
          ticker?.unref();
          let closing: Promise<void> | undefined;
          resolve({
            url: `http://${shownHost}:${info.port}`,
            port: info.port,
            close(graceMs = 10_000) {
              closing ??= (async () => {
                clearInterval(ticker);
                for (const stop of [...ctx.streams]) stop();
                const http = server as {
                  closeIdleConnections?: () => void;
                  closeAllConnections?: () => void;
                };
                await new Promise<void>((done) => {
                  // Connections whose request is done (kept alive, or an ended stream) close at once; the
                  // others when their answer is sent, or at the end of the grace period.
                  const idle = setInterval(() => http.closeIdleConnections?.(), 50);
                  const force = setTimeout(() => http.closeAllConnections?.(), graceMs);
                  force.unref();
                  server.close(() => {
                    clearInterval(idle);
                    clearTimeout(force);
                    done();
                  });
                  http.closeIdleConnections?.();
                });
                await stores.close?.();
              })();
              return closing;
            },
          });
        });
        server.once("error", reject);
      });
    },
  };
}
