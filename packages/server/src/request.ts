// Reading requests: JSON bodies, zod validation with paths, and the key's rights.
import { formatPath } from "@normas/core/text";
import type { Context } from "hono";
import type * as z from "zod";
import { readBodyText } from "./body.js";
import type { ApiKeyRecord } from "./keys.js";
import { servesBrand } from "./keys.js";
import { type ProblemIssue, problem, type ServerLocale } from "./problem.js";

/** The Hono environment of the server's app: what its middleware puts on each request (`c.get("key")`). */
export interface ServerEnv {
  /** Request variables. */
  Variables: {
    /** The caller's API key record (on `/v1/*`). */
    key: ApiKeyRecord;
    /** The language of messages, from `Accept-Language`. */
    locale: ServerLocale;
  };
}

const say = (locale: ServerLocale, en: string, es: string): string => (locale === "es" ? es : en);

/** The JSON body of a request, or a 400/415 problem. @internal */
export async function readJson(c: Context<ServerEnv>): Promise<unknown> {
  const locale = c.get("locale");
  const type = c.req.header("content-type") ?? "";
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type))
    throw problem(
      415,
      "UNSUPPORTED_MEDIA_TYPE",
      say(
        locale,
        "Send a JSON body (Content-Type: application/json).",
        "Envía un cuerpo JSON (Content-Type: application/json).",
      ),
    );
  const text = await readBodyText(c);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw problem(
      400,
      "INPUT_INVALID",
      say(locale, "The body is not valid JSON.", "El cuerpo no es JSON válido."),
      {
        issues: [
          {
            code: "invalid_json",
            path: [],
            pathText: "(root)",
            message: say(locale, "The body is not valid JSON.", "El cuerpo no es JSON válido."),
          },
        ],
      },
    );
  }
}

/** Validates a body against a zod schema, or throws a 400 `INPUT_INVALID` with every issue and its path. @internal */
export function validate<S extends z.ZodType>(schema: S, value: unknown, locale: ServerLocale): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues: ProblemIssue[] = parsed.error.issues.map((i) => ({
    code: i.code,
    path: i.path.filter((p): p is string | number => typeof p !== "symbol"),
    pathText: formatPath(i.path),
    message: i.message,
  }));
  throw problem(
    400,
    "INPUT_INVALID",
    say(locale, "The request body is not valid.", "El cuerpo de la petición no es válido."),
    { issues },
  );
}

/** Throws 403 unless the key serves the brand. @internal */
export function requireBrand(
  key: ApiKeyRecord,
  brand: string,
  locale: ServerLocale,
  path: readonly (string | number)[],
): void {
  if (servesBrand(key, brand)) return;
  throw problem(
    403,
    "FORBIDDEN",
    say(
      locale,
      `This API key does not serve the brand "${brand}".`,
      `Esta clave de API no atiende la marca "${brand}".`,
    ),
    {
      path,
      issues: [
        {
          code: "brand_not_served",
          path,
          pathText: formatPath(path),
          message: say(
            locale,
            `Brand "${brand}" is not one of this key's brands.`,
            `La marca "${brand}" no es una de las marcas de esta clave.`,
          ),
        },
      ],
    },
  );
}

/** Throws 403 unless the key may act in every one of `roles`. @internal */
export function requireRoles(
  key: ApiKeyRecord,
  roles: readonly string[],
  locale: ServerLocale,
  path: readonly (string | number)[],
): void {
  const missing = roles.filter((r) => !key.roles.includes(r));
  if (missing.length === 0) return;
  throw problem(
    403,
    "FORBIDDEN",
    say(
      locale,
      `This API key may not act as ${missing.join(", ")} (its roles: ${key.roles.join(", ")}).`,
      `Esta clave de API no puede actuar como ${missing.join(", ")} (sus roles: ${key.roles.join(", ")}).`,
    ),
    {
      path,
      issues: [
        {
          code: "role_not_granted",
          path,
          pathText: formatPath(path),
          message: say(
            locale,
            `Role not granted to this key: ${missing.join(", ")}.`,
            `Rol no concedido a esta clave: ${missing.join(", ")}.`,
          ),
        },
      ],
    },
  );
}

/** Throws 403 when a body names an actor other than the key's. @internal */
export function requireActor(
  key: ApiKeyRecord,
  actor: unknown,
  locale: ServerLocale,
  path: readonly (string | number)[],
): void {
  if (actor === undefined || actor === key.actor) return;
  throw problem(
    403,
    "FORBIDDEN",
    say(
      locale,
      `This API key acts as "${key.actor}" only.`,
      `Esta clave de API solo actúa como "${key.actor}".`,
    ),
    {
      path,
      issues: [
        {
          code: "actor_mismatch",
          path,
          pathText: formatPath(path),
          message: say(locale, `Expected "${key.actor}" or nothing.`, `Se esperaba "${key.actor}" o nada.`),
        },
      ],
    },
  );
}
