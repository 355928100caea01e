import type { MessageLocale } from "../../../model/locale.js";
import type { CrisisProtocol, ProtocolEffect } from "../protocol-schema.js";

/** A state of a protocol diagram. */
export interface GraphNode {
  /** The state id. */
  readonly id: string;
  /** Its name in the diagram's language. */
  readonly name: string;
  /** What the team does there, in the diagram's language. */
  readonly description: string | undefined;
  /** The initial state. */
  readonly initial: boolean;
  /** A final state. */
  readonly terminal: boolean;
}

/** A command's edge: one protocol transition from one state. */
export interface CommandEdge {
  /** `command`. */
  readonly kind: "command";
  /** Source state. */
  readonly from: string;
  /** Target state (the source itself for a transition that stays). */
  readonly to: string;
  /** The command name. */
  readonly command: string;
  /** The transition id. */
  readonly transition: string;
  /** Roles that may give it. */
  readonly roles: readonly string[];
  /** Protocol guards that must hold. */
  readonly guards: readonly string[];
  /** Whether a reason is required. */
  readonly reasonRequired: boolean;
  /** For a statement: the roles whose approval each severity requires (severity id → roles). */
  readonly approvals: Readonly<Record<string, readonly string[]>> | undefined;
  /** Effects it declares. */
  readonly effects: readonly ProtocolEffect[];
}

/** A deadline's edge: what happens when a state's deadline passes unmet. */
export interface DeadlineEdge {
  /** `deadline`. */
  readonly kind: "deadline";
  /** The state that starts the deadline. */
  readonly from: string;
  /** Where the escalation moves the crisis (the state itself when it does not). */
  readonly to: string;
  /** The deadline id. */
  readonly deadline: string;
  /** Its name in the diagram's language. */
  readonly name: string;
  /** Minutes after entering the state. */
  readonly minutes: number;
  /** Minutes by severity, where they differ. */
  readonly bySeverity: Readonly<Record<string, number>>;
  /** Commands that meet it. */
  readonly metBy: readonly string[];
  /** Roles alerted when it passes. */
  readonly notify: readonly string[];
}

/** A protocol as a graph: what every renderer draws. Plain data. */
export interface ProtocolGraph {
  /** The protocol id. */
  readonly id: string;
  /** The protocol version. */
  readonly version: number;
  /** Its name in the diagram's language. */
  readonly name: string;
  /** States, in declaration order. */
  readonly nodes: readonly GraphNode[];
  /** Command edges, then deadline edges, in declaration order. */
  readonly edges: readonly (CommandEdge | DeadlineEdge)[];
}

const text = (
  t: { readonly en?: string | undefined; readonly es?: string | undefined },
  locale: MessageLocale,
) => t[locale] ?? t.en ?? t.es ?? "";

/** The graph of `protocol`, with names in `locale`. Pure and linear in the protocol's size. */
export function protocolGraph(protocol: CrisisProtocol, locale: MessageLocale = "en"): ProtocolGraph {
  const approvals: Record<string, readonly string[]> = {};
  for (const [id, level] of Object.entries(protocol.severities)) approvals[id] = level.approvals;
  const nodes: GraphNode[] = Object.entries(protocol.states).map(([id, s]) => ({
    id,
    name: text(s.name, locale),
    description: s.description !== undefined ? text(s.description, locale) : undefined,
    initial: id === protocol.initial,
    terminal: s.terminal,
  }));
  const edges: (CommandEdge | DeadlineEdge)[] = [];
  for (const [id, t] of Object.entries(protocol.transitions)) {
    for (const from of t.from) {
      edges.push({
        kind: "command",
        from,
        to: t.to ?? from,
        command: t.command,
        transition: id,
        roles: t.roles,
        guards: t.guards,
        reasonRequired: t.reasonRequired,
        approvals: t.assign.includes("statement") ? approvals : undefined,
        effects: t.effects,
      });
    }
  }
  for (const [sid, s] of Object.entries(protocol.states)) {
    for (const [did, d] of Object.entries(s.deadlines)) {
      edges.push({
        kind: "deadline",
        from: sid,
        to: d.escalation?.to ?? sid,
        deadline: did,
        name: text(d.name, locale),
        minutes: d.minutes,
        bySeverity: d.bySeverity,
        metBy: d.metBy,
        notify: d.escalation?.notify ?? [],
      });
    }
  }
  return { id: protocol.id, version: protocol.version, name: text(protocol.name, locale), nodes, edges };
}
