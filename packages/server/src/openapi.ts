// The OpenAPI 3.1 document, generated from the same zod schemas the core and the routes validate with.
import { CaseCommandSchema } from "@normas/core/cases";
import {
  AuthorSchema,
  BrandCrisisStateSchema,
  CommentSchema,
  ModerationInputSchema,
  PostInputSchema,
  ReplyInputSchema,
} from "@normas/core/schemas";
import * as z from "zod";
import { extend } from "zod/mini";
import { OpenCaseRequestSchema } from "./routes/cases.js";
import { CrisisCommandRequestSchema, OpenCrisisRequestSchema } from "./routes/crises.js";

/** A JSON value (the OpenAPI document is plain JSON). */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const recordFields = {
  /** The record's own id, echoed in the answer. */
  id: z.union([z.string().max(200), z.number()]).optional(),
  /** Rules not to report: not applied over HTTP (refused). */
  author: z.union([z.string().min(1).max(200), AuthorSchema]).optional(),
};

const CheckRequestSchema = z.union([
  extend(ReplyInputSchema, {
    ...recordFields,
    kind: z.literal("reply").optional(),
    inReplyTo: z.union([z.string().min(1), CommentSchema]).optional(),
  }),
  extend(PostInputSchema, {
    ...recordFields,
    kind: z.enum(["post", "organic", "scheduled", "promotional", "profile-update"]),
  }),
  extend(ModerationInputSchema, {
    ...recordFields,
    kind: z.literal("moderation").optional(),
    comment: z.union([z.string().min(1), CommentSchema]),
  }),
]);

const schema = (s: z.core.$ZodType): Json =>
  z.toJSONSchema(s, { io: "input", target: "draft-2020-12", unrepresentable: "any" }) as Json;

const problemSchema: Json = {
  type: "object",
  required: ["type", "title", "status", "code", "detail", "issues"],
  properties: {
    type: { type: "string", format: "uri" },
    title: { type: "string" },
    status: { type: "integer" },
    code: {
      type: "string",
      description:
        "Stable code: the library's (INPUT_INVALID, WORKFLOW_NOT_FOUND, a refusal code such as role_not_allowed) or the server's (UNAUTHENTICATED, FORBIDDEN, RATE_LIMITED, BODY_TOO_LARGE, TIMEOUT, NOT_FOUND, INTERNAL).",
    },
    detail: { type: "string" },
    path: { type: "array", items: { type: ["string", "integer"] } },
    details: { type: "object", additionalProperties: { type: ["string", "number"] } },
    issues: {
      type: "array",
      items: {
        type: "object",
        required: ["code", "path", "pathText", "message"],
        properties: {
          code: { type: "string" },
          path: { type: "array", items: { type: ["string", "integer"] } },
          pathText: { type: "string" },
          message: { type: "string" },
        },
      },
    },
  },
};

const errors = (...statuses: number[]): Record<string, Json> =>
  Object.fromEntries(
    statuses.map((s) => [
      String(s),
      {
        description: "Problem details (RFC 9457)",
        content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
      },
    ]),
  );

const ok = (description: string, status = "200"): Record<string, Json> => ({
  [status]: { description, content: { "application/json": { schema: { type: "object" } } } },
});

const body = (ref: string): Json => ({
  required: true,
  content: { "application/json": { schema: { $ref: `#/components/schemas/${ref}` } } },
});

const idParam: Json = { name: "id", in: "path", required: true, schema: { type: "string", maxLength: 200 } };
const commandHeaders: Json[] = [
  {
    name: "Idempotency-Key",
    in: "header",
    required: false,
    schema: { type: "string", maxLength: 200 },
    description:
      "Makes a retry safe: the same key with the same command answers the first result (duplicate: true).",
  },
  {
    name: "If-Match",
    in: "header",
    required: false,
    schema: { type: "string" },
    description: "The version the workflow must be at (else 409 version_conflict).",
  },
];

let cached: Json | undefined;

/** The OpenAPI 3.1 document of the HTTP API (served at `GET /openapi.json`). */
export function openApiDocument(): Json {
  cached ??= {
    openapi: "3.1.0",
    info: {
      title: "normas HTTP API",
      version: "1",
      description:
        "Community-management policy as code over HTTP: check replies, posts and moderation actions; run the crisis protocol and MAMA cases. Errors are application/problem+json with the library's codes and paths. Send `Accept-Language: es` for Spanish messages.",
    },
    security: [{ apiKey: [] }],
    paths: {
      "/v1/check": {
        post: {
          summary: "Check a reply, post or moderation action",
          requestBody: body("CheckRequest"),
          responses: { ...ok("The verdict"), ...errors(400, 401, 403, 413, 415, 429) },
        },
      },
      "/v1/session": {
        get: {
          summary: "The key's actor, roles and brands, and the policy (for the composer)",
          responses: { ...ok("Session"), ...errors(401) },
        },
      },
      "/v1/brands/{brand}/crisis": {
        get: {
          summary: "The brand's open crisis as evaluation sees it (null when none)",
          parameters: [{ name: "brand", in: "path", required: true, schema: { type: "string" } }],
          responses: { ...ok("Brand crisis state"), ...errors(401, 403) },
        },
      },
      "/v1/crises": {
        post: {
          summary: "Open a crisis",
          requestBody: body("OpenCrisisRequest"),
          responses: { ...ok("Opened", "201"), ...errors(400, 401, 403, 409) },
        },
      },
      "/v1/crises/{id}": {
        get: {
          summary: "A crisis's state and version",
          parameters: [idParam],
          responses: { ...ok("Crisis"), ...errors(401, 403, 404) },
        },
      },
      "/v1/crises/{id}/commands": {
        post: {
          summary: "Give a crisis a command",
          parameters: [idParam, ...commandHeaders],
          requestBody: body("CrisisCommandRequest"),
          responses: { ...ok("Accepted"), ...errors(400, 401, 403, 404, 409, 422) },
        },
      },
      "/v1/crises/{id}/events": {
        get: {
          summary: "The crisis's events as Server-Sent Events (resumable with Last-Event-ID)",
          parameters: [
            idParam,
            { name: "Last-Event-ID", in: "header", required: false, schema: { type: "string" } },
          ],
          responses: {
            "200": {
              description: "event: crisis-event, id: the event's seq, data: the sealed event",
              content: { "text/event-stream": { schema: { type: "string" } } },
            },
            ...errors(401, 403, 404),
          },
        },
      },
      "/v1/cases": {
        post: {
          summary: "Open a MAMA case",
          requestBody: body("OpenCaseRequest"),
          responses: { ...ok("Opened", "201"), ...errors(400, 401, 403, 409) },
        },
      },
      "/v1/cases/{id}": {
        get: {
          summary: "A case's state and version",
          parameters: [idParam],
          responses: { ...ok("Case"), ...errors(401, 403, 404) },
        },
      },
      "/v1/cases/{id}/commands": {
        post: {
          summary: "Give a case a command",
          parameters: [idParam, ...commandHeaders],
          requestBody: body("CaseCommand"),
          responses: { ...ok("Accepted"), ...errors(400, 401, 403, 404, 409, 422) },
        },
      },
      "/healthz": { get: { summary: "The process is up", security: [], responses: ok("ok") } },
      "/readyz": {
        get: { summary: "The storage answers", security: [], responses: { ...ok("ready"), ...errors(503) } },
      },
    },
    components: {
      securitySchemes: {
        apiKey: {
          type: "http",
          scheme: "bearer",
          description: "An API key (nrm_…), also accepted as the X-API-Key header.",
        },
      },
      schemas: {
        CheckRequest: schema(CheckRequestSchema),
        OpenCrisisRequest: schema(OpenCrisisRequestSchema),
        CrisisCommandRequest: schema(CrisisCommandRequestSchema),
        OpenCaseRequest: schema(OpenCaseRequestSchema),
        CaseCommand: schema(CaseCommandSchema),
        BrandCrisisState: schema(BrandCrisisStateSchema),
        Problem: problemSchema,
      },
    },
  };
  return cached;
}
