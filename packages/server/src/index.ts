/**
 * normas over HTTP: `POST /v1/check` for replies, posts and moderation actions, the crisis protocol and MAMA
 * cases, an OpenAPI 3.1 document, API keys bound to an actor, roles and brands, and the reply composer at `/`.
 * Every judgement is the core's: the server translates HTTP to `@normas/core` and back.
 *
 * @packageDocumentation
 */

export { loadKeyFile, saveKeyFile } from "./key-file.js";
export {
  type ApiKeyGrant,
  type ApiKeyRecord,
  ApiKeyRecordSchema,
  createApiKey,
  type IssuedApiKey,
} from "./keys.js";
export { type Json, openApiDocument } from "./openapi.js";
export type { ServerOptions } from "./options.js";
export type { Problem, ProblemIssue, ServerLocale } from "./problem.js";
export type { RateLimit } from "./rate-limit.js";
export type { ServerEnv } from "./request.js";
export { createServer, type ListenOptions, type NormasServer, type RunningServer } from "./server.js";
export { memoryStores, type ServerStores, type StoreSubscription } from "./stores.js";
