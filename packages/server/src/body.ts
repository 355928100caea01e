// Request bodies on Node without the Fetch API's machinery. Under `@hono/node-server`, reading a body through
// `c.req` first builds a whole WHATWG `Request` (a web stream over the socket, an `AbortController`, a copy of
// the headers), which costs more than the rest of the request's HTTP work together. When the body's size is
// known from `Content-Length`, the limit is checked from the header and the route reads the bytes straight from
// Node's `IncomingMessage`. Anything else (a chunked body, `app.request` in tests, another runtime) takes Hono's
// path as before: the same limits, the same answers.
import type { IncomingMessage } from "node:http";
import type { Context, MiddlewareHandler } from "hono";
import { bodyLimit as honoBodyLimit } from "hono/body-limit";
import type { ServerEnv } from "./request.js";

/** Requests whose body is still unread in Node's `IncomingMessage`, read directly by {@link readBodyText}. */
const direct = new WeakMap<Request, IncomingMessage>();

/** Whether `@hono/node-server` gives a request of this method a body (it gives GET, HEAD and TRACE none). */
const hasBody = (method: string): boolean => method !== "GET" && method !== "HEAD" && method !== "TRACE";

/** The Node request behind a Hono context under `@hono/node-server`, when its body is still in the socket. */
function incomingOf(c: Context<ServerEnv>): IncomingMessage | undefined {
  const env = c.env as { incoming?: unknown } | undefined;
  const incoming = env?.incoming as (IncomingMessage & { rawBody?: unknown }) | undefined;
  if (incoming === undefined || typeof incoming.on !== "function" || typeof incoming.headers !== "object")
    return undefined;
  // A body some platform already buffered (Cloud Functions' `rawBody`), or one already read, is not in the socket.
  if (incoming.rawBody instanceof Buffer || incoming.readableDidRead || incoming.readableEnded)
    return undefined;
  return incoming;
}

/** Options of {@link bodyLimit}. @internal */
export interface BodyLimitOptions {
  /** Largest body, in bytes. */
  readonly maxSize: number;
  /** The answer to a body over the limit. */
  readonly onError: (c: Context<ServerEnv>) => Response | Promise<Response>;
}

/**
 * Hono's body limit, answering exactly as `hono/body-limit` does, that leaves a body whose size `Content-Length`
 * gives unread for {@link readBodyText} on Node. @internal
 */
export function bodyLimit(options: BodyLimitOptions): MiddlewareHandler<ServerEnv> {
  const hono = honoBodyLimit(options);
  return async (c, next) => {
    const incoming = hasBody(c.req.method) ? incomingOf(c) : undefined;
    const length = incoming === undefined ? undefined : c.req.header("content-length");
    // `hono/body-limit` trusts `Content-Length` unless `Transfer-Encoding` is also sent; so does this.
    if (incoming === undefined || length === undefined || c.req.header("transfer-encoding") !== undefined)
      return hono(c, next);
    if (Number.parseInt(length || "0", 10) > options.maxSize) return options.onError(c);
    direct.set(c.req.raw, incoming);
    await next();
  };
}

const utf8 = new TextDecoder();

/** Reads a Node request's body to its end. */
function readIncoming(incoming: IncomingMessage): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.length;
    };
    const onEnd = () => {
      done();
      resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, size));
    };
    const onError = (error: Error) => {
      done();
      reject(error);
    };
    const onClose = () => {
      if (incoming.readableEnded) return;
      done();
      reject(new Error("The client closed the connection before sending the whole body."));
    };
    const done = () => {
      incoming.off("data", onData);
      incoming.off("end", onEnd);
      incoming.off("error", onError);
      incoming.off("close", onClose);
    };
    incoming.on("data", onData);
    incoming.on("end", onEnd);
    incoming.on("error", onError);
    incoming.on("close", onClose);
  });
}

/**
 * The body of a request as text, decoded as the Fetch API's `text()` decodes it (UTF-8, a leading byte order
 * mark dropped, invalid bytes replaced): from Node's `IncomingMessage` when {@link bodyLimit} left it there,
 * else from `c.req`. @internal
 */
export async function readBodyText(c: Context<ServerEnv>): Promise<string> {
  const incoming = direct.get(c.req.raw);
  if (incoming === undefined) return c.req.text();
  direct.delete(c.req.raw);
  return utf8.decode(await readIncoming(incoming));
}
