// Errors as RFC 9457 problem details (`application/problem+json`), with the library's codes and paths.
import { type Issue, NormasError } from "@normas/core";
import type { WorkflowRefusal } from "@normas/core/crisis";

/** Language of messages in answers: from `Accept-Language` (Spanish when preferred, else English). */
export type ServerLocale = "en" | "es";

/** One problem in a request, with the JSON path of the field at fault. */
export interface ProblemIssue {
  /** Stable code, e.g. `invalid_type`, `unknown_key`. */
  readonly code: string;
  /** JSON path of the field, e.g. `["author", "roles", 0]`; empty for the request as a whole. */
  readonly path: readonly (string | number)[];
  /** The path as text, e.g. `author.roles[0]`. */
  readonly pathText: string;
  /** What is wrong, in the request's language. */
  readonly message: string;
}

/**
 * The body of every error answer (RFC 9457): `type` is a URI naming the `code`, `title` a short summary,
 * `detail` the full message, `issues` the fields at fault. `code` is the library's (`INPUT_INVALID`,
 * `WORKFLOW_NOT_FOUND`, a refusal code such as `role_not_allowed`) or the server's (`UNAUTHENTICATED`,
 * `FORBIDDEN`, `RATE_LIMITED`, `BODY_TOO_LARGE`, `TIMEOUT`, `NOT_FOUND`, `INTERNAL`).
 */
export interface Problem {
  /** URI of the problem type: `https://normas.dev/problems/<code>`. */
  readonly type: string;
  /** Short summary of the problem type. */
  readonly title: string;
  /** HTTP status. */
  readonly status: number;
  /** Stable code. */
  readonly code: string;
  /** What went wrong, for a person, in the request's language. */
  readonly detail: string;
  /** Every problem found, each with its path. */
  readonly issues: readonly ProblemIssue[];
  /** The field at fault when one is (a workflow refusal's `path`). */
  readonly path?: readonly (string | number)[];
  /** Values the message was built from (a refusal's `details`). */
  readonly details?: Readonly<Record<string, string | number>>;
}

/** An error the server answers with as problem details. @internal */
export class HttpProblem extends Error {
  readonly problem: Problem;
  readonly headers: Readonly<Record<string, string>>;
  constructor(problem: Problem, headers: Readonly<Record<string, string>> = {}) {
    super(problem.detail);
    this.name = "HttpProblem";
    this.problem = problem;
    this.headers = headers;
  }
}

const TITLES: Readonly<Record<number, string>> = {
  400: "Bad request",
  401: "Unauthenticated",
  403: "Forbidden",
  404: "Not found",
  409: "Conflict",
  413: "Content too large",
  415: "Unsupported media type",
  422: "Unprocessable content",
  429: "Too many requests",
  500: "Internal error",
  503: "Service unavailable",
};

/** A problem with a server code. @internal */
export function problem(
  status: number,
  code: string,
  detail: string,
  extra: { issues?: readonly ProblemIssue[]; path?: readonly (string | number)[] } = {},
): HttpProblem {
  return new HttpProblem({
    type: `https://normas.dev/problems/${code}`,
    title: TITLES[status] ?? "Error",
    status,
    code,
    detail,
    issues: extra.issues ?? [],
    ...(extra.path === undefined ? {} : { path: extra.path }),
  });
}

const STATUS_OF_ERROR: Readonly<Record<string, number>> = {
  INPUT_INVALID: 400,
  POLICY_INVALID: 400,
  WORKFLOW_EXISTS: 409,
  WORKFLOW_NOT_FOUND: 404,
  WORKFLOW_LOG_INVALID: 500,
  WORKFLOW_SNAPSHOT_INVALID: 500,
  WORKFLOW_REFUSED: 409,
};

/** The problem of a library error (`InputError`, `WorkflowError`…), with its code and issues. @internal */
export function problemOfError(error: NormasError): HttpProblem {
  const status = STATUS_OF_ERROR[error.code] ?? 400;
  const issues = error.issues.map((i: Issue) => ({
    code: i.code,
    path: i.path,
    pathText: i.pathText,
    message: i.message,
  }));
  // A stored log that fails verification is the server's problem: its detail stays in the logs.
  const detail = status >= 500 ? "The stored record could not be read." : error.message;
  return problem(status, error.code, detail, { issues: status >= 500 ? [] : issues });
}

const REFUSAL_STATUS: Readonly<Record<string, number>> = {
  role_not_allowed: 403,
  invalid_command: 422,
  invalid_options: 422,
  invalid_time: 422,
  invalid_payload: 422,
  unknown_command: 422,
  slot_missing: 422,
};

/** The problem of a refused command: 403 for a role that may not give it, 422 for a bad command, else 409. @internal */
export function problemOfRefusal(refusal: WorkflowRefusal, locale: ServerLocale): HttpProblem {
  const status = REFUSAL_STATUS[refusal.code] ?? 409;
  return new HttpProblem({
    type: `https://normas.dev/problems/${refusal.code}`,
    title: TITLES[status] ?? "Conflict",
    status,
    code: refusal.code,
    detail: refusal.message[locale],
    issues: refusal.issues.map((i) => ({
      code: i.code,
      path: i.path,
      pathText: i.pathText,
      message: i.message[locale],
    })),
    ...(refusal.path === undefined ? {} : { path: refusal.path }),
    details: refusal.details,
  });
}

/** Turns anything thrown into problem details (never a stack). @internal */
export function toProblem(error: unknown): HttpProblem {
  if (error instanceof HttpProblem) return error;
  if (error instanceof NormasError) return problemOfError(error);
  return problem(500, "INTERNAL", "Something went wrong on the server; it has been logged.");
}

/** The locale of a request from its `Accept-Language` header. @internal */
export function localeOf(acceptLanguage: string | undefined): ServerLocale {
  if (acceptLanguage === undefined) return "en";
  let best: ServerLocale = "en";
  let bestQ = -1;
  for (const part of acceptLanguage.slice(0, 200).split(",")) {
    const [tag = "", ...params] = part.trim().split(";");
    const lang = tag.trim().slice(0, 2).toLowerCase();
    if (lang !== "es" && lang !== "en") continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    if (Number.isFinite(weight) && weight > bestQ) {
      best = lang;
      bestQ = weight;
    }
  }
  return best;
}
