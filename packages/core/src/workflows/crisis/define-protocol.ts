import { formatPath, type Issue, NormasError } from "../../model/errors.js";
import type { MessageLocale } from "../../model/locale.js";
import { formatMessage } from "../../model/locale.js";
import { toIssues } from "../../model/validate.js";
import { type CrisisProtocol, type CrisisProtocolInput, CrisisProtocolSchema } from "./protocol-schema.js";

/** A crisis protocol that does not validate; `issues` lists every problem found. */
export class ProtocolError extends NormasError {
  constructor(issues: readonly Issue[], intro = "Invalid crisis protocol") {
    const lines = issues.slice(0, 10).map((i) => `  - ${i.pathText}: ${i.message}`);
    if (issues.length > 10) lines.push(`  … and ${issues.length - 10} more`);
    super("PROTOCOL_INVALID", lines.length > 0 ? `${intro}\n${lines.join("\n")}` : intro, issues);
    this.name = "ProtocolError";
  }
}

const texts = {
  unknown_state: { en: "Unknown state '{id}'.", es: "El estado '{id}' no existe." },
  unknown_role: { en: "Unknown role '{id}'.", es: "El rol '{id}' no existe." },
  unknown_severity: { en: "Unknown severity '{id}'.", es: "La severidad '{id}' no existe." },
  unknown_command: {
    en: "No transition has the command '{id}'.",
    es: "Ninguna transición tiene el comando '{id}'.",
  },
  unreachable_state: {
    en: "State '{id}' cannot be reached from the initial state.",
    es: "No se puede llegar al estado '{id}' desde el estado inicial.",
  },
  dead_end_state: {
    en: "State '{id}' has no way out and is not marked terminal.",
    es: "El estado '{id}' no tiene salida y no está marcado como final.",
  },
  terminal_with_exit: {
    en: "Terminal state '{id}' must not be left by a transition.",
    es: "El estado final '{id}' no puede tener transiciones de salida.",
  },
  deadline_without_escalation: {
    en: "ProtocolDeadline '{id}' has no escalation target.",
    es: "El plazo '{id}' no tiene a quién escalar.",
  },
  ambiguous_transition: {
    en: "Command '{id}' has more than one transition from state '{state}'.",
    es: "El comando '{id}' tiene más de una transición desde el estado '{state}'.",
  },
  no_severity: {
    en: "The protocol needs at least one severity level.",
    es: "El protocolo necesita al menos un nivel de severidad.",
  },
} as const;

type Code = keyof typeof texts;

/** Options of `defineProtocol`. */
export interface DefineProtocolOptions {
  /** Language of the issue messages (default `en`). */
  readonly locale?: MessageLocale;
}

/**
 * Validates a crisis protocol: its shape (zod), then its meaning. Every problem is listed: an unknown
 * state, role, severity or command, an unreachable state, a state with no way out, a deadline without
 * an escalation target, two transitions for one command from one state.
 *
 * @throws {@link ProtocolError} with one issue per problem.
 * @example
 * ```ts
 * import { defineProtocol, standardProtocol } from "@normas/core";
 * const mine = defineProtocol({ ...standardProtocol, id: "acme" });
 * ```
 */
export function defineProtocol(
  input: CrisisProtocolInput,
  options: DefineProtocolOptions = {},
): CrisisProtocol {
  const locale = options.locale ?? "en";
  // Ids first, with a message that says what an id looks like (zod says only "Invalid key", and drops a
  // member named `__proto__` without a word); then the shape, leaving out the keys already reported.
  const ids = idIssues(input, locale);
  const parsed = CrisisProtocolSchema.safeParse(input);
  if (!parsed.success || ids.length > 0) {
    const reported = new Set(ids.map((i) => i.pathText));
    const shape = parsed.success
      ? []
      : toIssues(parsed.error, locale, input).filter((i) => !reported.has(i.pathText));
    throw new ProtocolError([...ids, ...shape]);
  }
  const issues = checkProtocol(parsed.data, locale);
  if (issues.length > 0) throw new ProtocolError(issues);
  return parsed.data;
}

const ID = /^[a-z0-9][a-z0-9._-]*$/;
const BAD_ID = {
  en: "'{id}' is not a valid id: use lowercase letters, digits, '.', '_' or '-' (e.g. 'crisis-lead').",
  es: "'{id}' no es un id válido: use minúsculas, dígitos, '.', '_' o '-' (p. ej. 'crisis-lead').",
} as const;

const own = (value: unknown): [string, unknown][] =>
  typeof value === "object" && value !== null && !Array.isArray(value)
    ? Object.keys(value).map((k) => [k, (value as Record<string, unknown>)[k]])
    : [];

// Every key of the protocol's id records that is not an id (a `__proto__` key too: JSON and YAML parsers
// make it an own member).
function idIssues(input: unknown, locale: MessageLocale): Issue[] {
  const issues: Issue[] = [];
  const check = (record: unknown, path: (string | number)[]) => {
    for (const [key] of own(record)) {
      if (key.length <= 64 && ID.test(key)) continue;
      const at = [...path, key];
      const message = formatMessage(BAD_ID[locale], { id: key.slice(0, 64) });
      issues.push({
        code: key === "__proto__" ? "reserved_id" : "invalid_id",
        path: at,
        pathText: formatPath(at),
        message,
      });
    }
  };
  const root = Object.fromEntries(own(input));
  for (const field of ["roles", "severities", "states", "transitions", "messages"])
    check(root[field], [field]);
  for (const [sid, state] of own(root.states)) {
    const deadlines = Object.fromEntries(own(state)).deadlines;
    check(deadlines, ["states", sid, "deadlines"]);
    for (const [did, d] of own(deadlines)) {
      check(Object.fromEntries(own(d)).bySeverity, ["states", sid, "deadlines", did, "bySeverity"]);
    }
  }
  return issues;
}

/** Lists the meaning problems of a protocol whose shape is valid (empty when it is sound). */
export function checkProtocol(protocol: CrisisProtocol, locale: MessageLocale = "en"): Issue[] {
  const issues: Issue[] = [];
  const add = (code: Code, path: (string | number)[], data: Record<string, string>) =>
    issues.push({
      code,
      path,
      pathText: formatPath(path),
      message: formatMessage(texts[code][locale], data),
    });
  const hasState = (s: string) => Object.hasOwn(protocol.states, s);
  const checkRoles = (roles: readonly string[], path: (string | number)[]) =>
    roles.forEach((r, i) => {
      if (!Object.hasOwn(protocol.roles, r)) add("unknown_role", [...path, i], { id: r });
    });
  const commands = new Set(Object.values(protocol.transitions).map((t) => t.command));

  if (!hasState(protocol.initial)) add("unknown_state", ["initial"], { id: protocol.initial });
  if (Object.keys(protocol.severities).length === 0) add("no_severity", ["severities"], {});
  for (const [sev, level] of Object.entries(protocol.severities)) {
    checkRoles(level.approvals, ["severities", sev, "approvals"]);
  }

  const exits = new Map<string, Set<string>>();
  const seen = new Map<string, string>();
  for (const [tid, t] of Object.entries(protocol.transitions)) {
    t.from.forEach((s, i) => {
      if (!hasState(s)) add("unknown_state", ["transitions", tid, "from", i], { id: s });
      const key = `${t.command}\u0000${s}`;
      if (seen.has(key))
        add("ambiguous_transition", ["transitions", tid, "from", i], { id: t.command, state: s });
      seen.set(key, tid);
      if (!exits.has(s)) exits.set(s, new Set());
      exits.get(s)?.add(t.to ?? s);
    });
    if (t.to !== undefined && !hasState(t.to)) add("unknown_state", ["transitions", tid, "to"], { id: t.to });
    checkRoles(t.roles, ["transitions", tid, "roles"]);
    t.effects.forEach((e, i) => {
      if (e.kind === "notify") checkRoles(e.roles, ["transitions", tid, "effects", i, "roles"]);
    });
  }

  for (const [sid, state] of Object.entries(protocol.states)) {
    checkRoles(state.rolesAllowed, ["states", sid, "rolesAllowed"]);
    for (const [did, d] of Object.entries(state.deadlines)) {
      const base = ["states", sid, "deadlines", did];
      d.metBy.forEach((c, i) => {
        if (!commands.has(c)) add("unknown_command", [...base, "metBy", i], { id: c });
      });
      for (const sev of Object.keys(d.bySeverity)) {
        if (!Object.hasOwn(protocol.severities, sev))
          add("unknown_severity", [...base, "bySeverity", sev], { id: sev });
      }
      if (d.escalation === undefined) {
        add("deadline_without_escalation", base, { id: `${sid}.${did}` });
        continue;
      }
      checkRoles(d.escalation.notify, [...base, "escalation", "notify"]);
      const to = d.escalation.to;
      if (to !== undefined) {
        if (!hasState(to)) add("unknown_state", [...base, "escalation", "to"], { id: to });
        if (!exits.has(sid)) exits.set(sid, new Set());
        exits.get(sid)?.add(to);
      }
    }
  }

  for (const [mid, m] of Object.entries(protocol.messages)) {
    m.states.forEach((s, i) => {
      if (!hasState(s)) add("unknown_state", ["messages", mid, "states", i], { id: s });
    });
  }

  // Reachability from the initial state, through transitions and escalations.
  const reached = new Set<string>();
  const queue = hasState(protocol.initial) ? [protocol.initial] : [];
  while (queue.length > 0) {
    const s = queue.pop() as string;
    if (reached.has(s)) continue;
    reached.add(s);
    for (const next of exits.get(s) ?? []) if (hasState(next) && !reached.has(next)) queue.push(next);
  }
  for (const [sid, state] of Object.entries(protocol.states)) {
    if (hasState(protocol.initial) && !reached.has(sid))
      add("unreachable_state", ["states", sid], { id: sid });
    const leaves = [...(exits.get(sid) ?? [])].some((s) => s !== sid);
    if (state.terminal && (exits.get(sid)?.size ?? 0) > 0)
      add("terminal_with_exit", ["states", sid], { id: sid });
    if (!state.terminal && !leaves) add("dead_end_state", ["states", sid], { id: sid });
  }
  return issues;
}
