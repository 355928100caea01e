import type * as z from "zod";
import { formatPath, type Issue } from "../../model/errors.js";
import { formatMessage, type MessageLocale } from "../../model/locale.js";
import type { LocalizedText } from "../localized-text.js";
import { defineProtocol, ProtocolError } from "./define-protocol.js";
import type {
  ApprovedMessage,
  ApprovedMessageSchema,
  CrisisProtocol,
  CrisisProtocolInput,
  SeverityCriteriaSchema,
} from "./protocol-schema.js";

/**
 * The ids a protocol declares under `K` (`"states"`, `"roles"`…): literal ids for a protocol typed like
 * `standardProtocol`, `string` for any other.
 */
export type ProtocolIdsOf<P, K extends keyof CrisisProtocol> =
  P extends Record<K, infer Rec> ? keyof Rec & string : string;

/** Changes to one deadline. */
export interface DeadlineOverride<Role extends string, Severity extends string> {
  /** Minutes after entering the state. */
  readonly minutes?: number;
  /** Minutes per severity (replaces the whole map). */
  readonly bySeverity?: Partial<Record<Severity, number>>;
  /** Roles alerted when the deadline passes. */
  readonly notify?: readonly Role[];
}

/** Changes to one severity level. */
export interface SeverityOverride<Role extends string> {
  /** Readable name. */
  readonly name?: LocalizedText;
  /** Criteria (replaces the whole set). */
  readonly criteria?: z.input<typeof SeverityCriteriaSchema>;
  /** Roles that must approve a statement at this level. */
  readonly approvals?: readonly Role[];
}

/**
 * What `customizeProtocol` may change, checked against the ids of the protocol it customises: a
 * deadline of a state that does not exist, or a role the protocol does not know, is a compile error
 * (for a protocol typed like `standardProtocol`) and a `ProtocolError` at run time.
 */
export interface ProtocolOverrides<P extends CrisisProtocol> {
  /** New id (brands refer to it). */
  readonly id?: string;
  /** New name. */
  readonly name?: LocalizedText;
  /** Renames roles everywhere they are used, e.g. `{ communications: "comms" }`. */
  readonly renameRoles?: Partial<Record<ProtocolIdsOf<P, "roles">, string>>;
  /** Deadlines by state id, then deadline id. */
  readonly deadlines?: Partial<
    Record<
      ProtocolIdsOf<P, "states">,
      Readonly<Record<string, DeadlineOverride<string, ProtocolIdsOf<P, "severities">>>>
    >
  >;
  /** Severity levels by id. */
  readonly severities?: Partial<
    Record<ProtocolIdsOf<P, "severities">, SeverityOverride<ProtocolIdsOf<P, "roles">>>
  >;
  /** Who may give each transition's command (role ids before renaming). */
  readonly transitionRoles?: Partial<
    Record<ProtocolIdsOf<P, "transitions">, readonly ProtocolIdsOf<P, "roles">[]>
  >;
  /** Roles that may speak on the crisis topic freely, by state (role ids before renaming). */
  readonly rolesAllowed?: Partial<Record<ProtocolIdsOf<P, "states">, readonly ProtocolIdsOf<P, "roles">[]>>;
  /** Changed texts or states of existing messages; `null` removes a message. */
  readonly messages?: Partial<
    Record<
      ProtocolIdsOf<P, "messages">,
      { readonly text?: ApprovedMessage["text"]; readonly states?: readonly string[] } | null
    >
  >;
  /** Messages to add to the library. */
  readonly addMessages?: Readonly<Record<string, z.input<typeof ApprovedMessageSchema>>>;
  /** Language of the issue messages if the result is invalid (default `en`). */
  readonly locale?: MessageLocale;
}

// A member of an id record, own members only (an id may be `constructor`).
const own = <V>(record: Readonly<Record<string, V>>, id: string): V | undefined =>
  Object.hasOwn(record, id) ? record[id] : undefined;

// Sets an own member: `__proto__` stays an ordinary member (so that validation reports it).
function setOwn<V>(record: Record<string, V>, id: string, value: V): void {
  Object.defineProperty(record, id, { value, enumerable: true, writable: true, configurable: true });
}

const entries = <V>(rec: Readonly<Record<string, V | undefined>> | undefined): [string, V][] =>
  Object.entries(rec ?? {}).filter((e): e is [string, V] => e[1] !== undefined);

/**
 * Adapts a protocol (usually {@link standardProtocol}) to an organisation: deadlines, roles, severities
 * and messages. The result is validated as a whole.
 *
 * @throws {@link ProtocolError} listing every problem of the customised protocol.
 * @example
 * ```ts
 * import { customizeProtocol, standardProtocol } from "@normas/core";
 * const acme = customizeProtocol(standardProtocol, {
 *   id: "acme",
 *   renameRoles: { communications: "comms" },
 *   deadlines: { containment: { "holding-statement": { minutes: 20, bySeverity: { sev1: 10 } } } },
 *   severities: { sev2: { approvals: ["communications", "legal"] } },
 * });
 * ```
 */
export function customizeProtocol<P extends CrisisProtocol>(
  base: P,
  typed: ProtocolOverrides<P>,
): CrisisProtocol {
  // The ids were checked by the type of `typed`; inside, every id is a string (and checked again below).
  const overrides = typed as unknown as ProtocolOverrides<CrisisProtocol>;
  const locale = overrides.locale ?? "en";
  const p = structuredClone(base) as CrisisProtocol;
  const issues: Issue[] = [];
  const unknown = (what: keyof typeof unknownTexts, path: (string | number)[], id: string) =>
    issues.push({
      code: `unknown_${what}`,
      path,
      pathText: formatPath(path),
      message: formatMessage(unknownTexts[what][locale], { id }),
    });
  if (overrides.id !== undefined) p.id = overrides.id;
  if (overrides.name !== undefined) p.name = overrides.name;
  for (const [sid, byId] of entries(overrides.deadlines)) {
    const state = own(p.states, sid);
    if (state === undefined) {
      unknown("state", ["deadlines", sid], sid);
      continue;
    }
    for (const [did, o] of entries(byId)) {
      const d = own(state.deadlines, did);
      if (d === undefined) {
        unknown("deadline", ["deadlines", sid, did], did);
        continue;
      }
      if (o.minutes !== undefined) d.minutes = o.minutes;
      if (o.bySeverity !== undefined) d.bySeverity = { ...(o.bySeverity as Record<string, number>) };
      if (o.notify !== undefined) d.escalation = { ...d.escalation, notify: [...o.notify] };
    }
  }
  for (const [sev, o] of entries(overrides.severities)) {
    const level = own(p.severities, sev);
    if (level === undefined) {
      unknown("severity", ["severities", sev], sev);
      continue;
    }
    if (o.name !== undefined) level.name = o.name;
    if (o.criteria !== undefined) level.criteria = { ...o.criteria };
    if (o.approvals !== undefined) level.approvals = [...o.approvals];
  }
  for (const [tid, roles] of entries(overrides.transitionRoles)) {
    const tr = own(p.transitions, tid);
    if (tr === undefined) unknown("transition", ["transitionRoles", tid], tid);
    else tr.roles = [...roles];
  }
  for (const [sid, roles] of entries(overrides.rolesAllowed)) {
    const state = own(p.states, sid);
    if (state === undefined) unknown("state", ["rolesAllowed", sid], sid);
    else state.rolesAllowed = [...roles];
  }
  for (const [mid, o] of Object.entries(overrides.messages ?? {})) {
    const m = own(p.messages, mid);
    if (o === undefined) continue;
    if (m === undefined) unknown("message", ["messages", mid], mid);
    else if (o === null) delete p.messages[mid];
    else {
      if (o.text !== undefined) m.text = { ...o.text };
      if (o.states !== undefined) m.states = [...o.states];
    }
  }
  for (const [rid] of entries(overrides.renameRoles)) {
    if (!Object.hasOwn(p.roles, rid)) unknown("role", ["renameRoles", rid], rid);
  }
  if (issues.length > 0) throw new ProtocolError(issues, "Invalid protocol overrides");
  const input = p as CrisisProtocolInput;
  const messages: NonNullable<CrisisProtocolInput["messages"]> = input.messages ?? {};
  input.messages = messages;
  for (const [mid, m] of entries(overrides.addMessages)) setOwn(messages, mid, m);
  const renames = new Map(entries(overrides.renameRoles));
  if (renames.size > 0) renameRoles(p, renames);
  return defineProtocol(input, { locale });
}

const unknownTexts = {
  state: { en: "Unknown state '{id}'.", es: "El estado '{id}' no existe." },
  deadline: { en: "Unknown deadline '{id}'.", es: "El plazo '{id}' no existe." },
  severity: { en: "Unknown severity '{id}'.", es: "La severidad '{id}' no existe." },
  transition: { en: "Unknown transition '{id}'.", es: "La transición '{id}' no existe." },
  message: { en: "Unknown message '{id}'.", es: "El mensaje '{id}' no existe." },
  role: { en: "Unknown role '{id}'.", es: "El rol '{id}' no existe." },
} as const;

function renameRoles(p: CrisisProtocol, renames: Map<string, string>): void {
  const r = (roles: string[]) => roles.map((x) => renames.get(x) ?? x);
  const roles: CrisisProtocol["roles"] = {};
  for (const [id, role] of Object.entries(p.roles)) setOwn(roles, renames.get(id) ?? id, role);
  p.roles = roles;
  for (const level of Object.values(p.severities)) level.approvals = r(level.approvals);
  for (const state of Object.values(p.states)) {
    state.rolesAllowed = r(state.rolesAllowed);
    for (const d of Object.values(state.deadlines))
      if (d.escalation) d.escalation.notify = r(d.escalation.notify);
  }
  for (const tr of Object.values(p.transitions)) {
    tr.roles = r(tr.roles);
    tr.effects = tr.effects.map((e) => (e.kind === "notify" ? { ...e, roles: r(e.roles) } : e));
  }
}
