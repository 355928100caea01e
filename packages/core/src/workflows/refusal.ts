import type * as z from "zod";
import { formatPath } from "../model/errors.js";
import { formatMessage } from "../model/locale.js";
import { toIssues } from "../model/validate.js";
import type { LocalizedText } from "./localized-text.js";

/** A JSON path into the refused command (or the runtime options), e.g. `["analysis", "whys", 2, "because"]`. */
export type RefusalPath = readonly (string | number)[];

/** One problem behind a refusal: a stable code, the path of the bad field, and what is wrong in both languages. */
export interface RefusalIssue {
  /** Stable snake_case code, e.g. `too_short` or a zod code such as `invalid_type`. */
  readonly code: string;
  /** JSON path of the bad field; empty for the command as a whole. */
  readonly path: RefusalPath;
  /** The path as text, e.g. `analysis.whys[2].because` (`(root)` for the command itself). */
  readonly pathText: string;
  /** What is wrong, in English and Spanish. */
  readonly message: LocalizedText;
}

/**
 * Why a workflow refused a command: the one refusal shape of cases and crisis. Plain data (log it, show it,
 * send it over the wire); nothing was changed or written.
 */
export interface WorkflowRefusal<Code extends string = string> {
  /** Stable snake_case code, e.g. `role_not_allowed`, `cool_down`, `clock_went_back`. */
  readonly code: Code;
  /** The refused command's `type`, when it had a readable one. */
  readonly command: string | null;
  /** Where the workflow is (and stays): the crisis state id, or the case phase. */
  readonly state: string;
  /** The field at fault, when one field is (e.g. `["severity"]`, `["now"]`, `["idempotencyKey"]`). */
  readonly path?: RefusalPath;
  /** Values the message was built from (role, guard, minutes left, versions…). */
  readonly details: Readonly<Record<string, string | number>>;
  /** Every problem found, each with its path (empty when the code says it all). */
  readonly issues: readonly RefusalIssue[];
  /** What went wrong, in English and Spanish. */
  readonly message: LocalizedText;
}

/**
 * Refusal codes shared by both workflows:
 * - `invalid_command`: the command does not validate (see `issues`);
 * - `invalid_time`: `now` is not whole epoch milliseconds from 0 to `MAX_EPOCH_MS`;
 * - `clock_went_back`: `now` is earlier than the last recorded event;
 * - `invalid_options`: the runtime options are not an object, or `idempotencyKey` / `expectedVersion` are wrong;
 * - `version_conflict`: the stored log or case moved on since the state the command was decided on
 *   (or since `expectedVersion`); the runtime has reloaded it;
 * - `idempotency_conflict`: the idempotency key was already used for a different command.
 */
export const WORKFLOW_REFUSAL_CODES = [
  "invalid_command",
  "invalid_time",
  "clock_went_back",
  "invalid_options",
  "version_conflict",
  "idempotency_conflict",
] as const;

/** A refusal code shared by both workflows (see {@link WORKFLOW_REFUSAL_CODES}). */
export type WorkflowRefusalCode = (typeof WORKFLOW_REFUSAL_CODES)[number];

const kernelTemplates: Readonly<Record<WorkflowRefusalCode, LocalizedText>> = {
  invalid_command: {
    en: "The command is not valid: {problem}",
    es: "El comando no es válido: {problemEs}",
  },
  invalid_time: {
    en: "The time passed in is not valid: expected whole epoch milliseconds from 0 to 8640000000000000, got {got}.",
    es: "La hora indicada no es válida: se esperaban milisegundos enteros desde 1970 (de 0 a 8640000000000000) y se recibió {got}.",
  },
  clock_went_back: {
    en: "The time passed in ({now}) is earlier than the last event ({last}).",
    es: "La hora indicada ({now}) es anterior al último evento ({last}).",
  },
  invalid_options: {
    en: "The options are not valid: {problem}",
    es: "Las opciones no son válidas: {problemEs}",
  },
  version_conflict: {
    en: "The record is at version {actual}, not {expected}: check its current state and retry.",
    es: "El registro está en la versión {actual}, no en la {expected}: revise su estado actual y reintente.",
  },
  idempotency_conflict: {
    en: "The idempotency key '{key}' was already used for a different command; give a new command a new key.",
    es: "La clave de idempotencia '{key}' ya se usó para otro comando; use una clave nueva para cada comando nuevo.",
  },
};

/** Where a refusal happens: the command's type (or null) and the state the workflow stays in. */
export interface RefusalSite {
  /** The command's `type`, when readable. */
  readonly command: string | null;
  /** The crisis state id or case phase. */
  readonly state: string;
}

/** What a refusal carries besides its code and site. */
export interface RefusalParts {
  /** Values for the message and `details`. */
  readonly details?: Readonly<Record<string, string | number>>;
  /** Problems, each with its path. */
  readonly issues?: readonly RefusalIssue[];
  /** The field at fault. */
  readonly path?: RefusalPath;
  /** Values used only to fill the message (translated words), not kept in `details`. */
  readonly words?: Readonly<Record<string, string | number>>;
}

/**
 * Builds a refusal from a template in both languages. `{slot}`s are filled from `details` and `words`; a
 * Spanish template may use `{nameEs}` for a value that differs by language.
 * @internal
 */
export function buildRefusal<Code extends string>(
  code: Code,
  template: LocalizedText,
  site: RefusalSite,
  parts: RefusalParts = {},
): WorkflowRefusal<Code> {
  const details = parts.details ?? {};
  const data = { command: site.command ?? "?", state: site.state, ...details, ...parts.words };
  return {
    code,
    command: site.command,
    state: site.state,
    ...(parts.path !== undefined ? { path: parts.path } : {}),
    details,
    issues: parts.issues ?? [],
    message: { en: formatMessage(template.en, data), es: formatMessage(template.es, data) },
  };
}

/**
 * A refusal with one of the shared codes ({@link WORKFLOW_REFUSAL_CODES}); `problem` texts come from `issues`.
 * @internal
 */
export function kernelRefusal(
  code: WorkflowRefusalCode,
  site: RefusalSite,
  parts: RefusalParts = {},
): WorkflowRefusal<WorkflowRefusalCode> {
  const issues = parts.issues ?? [];
  const words =
    issues.length > 0
      ? {
          problem: issues.map((i) => `${i.pathText}: ${i.message.en}`).join("; "),
          problemEs: issues.map((i) => `${i.pathText}: ${i.message.es}`).join("; "),
          ...parts.words,
        }
      : parts.words;
  return buildRefusal(code, kernelTemplates[code], site, { ...parts, ...(words ? { words } : {}) });
}

/** One issue with its message in both languages. @internal */
export function refusalIssue(code: string, path: RefusalPath, message: LocalizedText): RefusalIssue {
  return { code, path, pathText: formatPath(path), message };
}

/**
 * The issues of a failed zod parse, each with its message in both languages and its path prefixed by `at`.
 * @internal
 */
export function zodRefusalIssues(error: z.ZodError, value: unknown, at: RefusalPath = []): RefusalIssue[] {
  const en = toIssues(error, "en", value);
  const es = toIssues(error, "es", value);
  return en.map((issue, i) =>
    refusalIssue(issue.code, [...at, ...issue.path], {
      en: issue.message,
      es: es[i]?.message ?? issue.message,
    }),
  );
}

/** The `type` of a command, if it has a readable one (first 64 characters). @internal */
export function commandTypeOf(command: unknown): string | null {
  if (typeof command !== "object" || command === null) return null;
  const type = (command as { type?: unknown }).type;
  return typeof type === "string" ? type.slice(0, 64) : null;
}
