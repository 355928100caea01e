import type {
  ApprovedMessage,
  CrisisProtocol,
  ProtocolDeadline,
  ProtocolState,
  ProtocolTransition,
} from "./protocol-schema.js";

/** A transition with its id. */
export interface IndexedTransition extends ProtocolTransition {
  /** The transition's id in the protocol. */
  readonly id: string;
}

/** A deadline with its id and its minutes per severity as a map. */
export interface IndexedDeadline {
  /** The deadline id within its state. */
  readonly id: string;
  /** The deadline as declared. */
  readonly deadline: ProtocolDeadline;
  /** `bySeverity` as a map (a severity id such as `constructor` is an ordinary key). */
  readonly bySeverity: ReadonlyMap<string, number>;
  /** `metBy` as a set. */
  readonly metBy: ReadonlySet<string>;
}

/**
 * Lookup tables of a protocol, built once per protocol object (the protocol is never changed). Every id is
 * looked up in a `Map`, never on a plain object, so ids such as `constructor` or `toString` are ordinary ids.
 */
export interface ProtocolIndex {
  /** Transition by command, then by source state. */
  readonly byCommand: ReadonlyMap<string, ReadonlyMap<string, IndexedTransition>>;
  /** Transition by id. */
  readonly byId: ReadonlyMap<string, IndexedTransition>;
  /** States by id. */
  readonly states: ReadonlyMap<string, ProtocolState>;
  /** Severity levels' approvals by severity id. */
  readonly approvals: ReadonlyMap<string, readonly string[]>;
  /** Approved messages by id. */
  readonly messages: ReadonlyMap<string, ApprovedMessage>;
  /** Deadlines declared by each state that has any. */
  readonly deadlines: ReadonlyMap<string, readonly IndexedDeadline[]>;
  /** A deadline by state id and deadline id. */
  readonly deadline: (state: string, id: string) => IndexedDeadline | undefined;
  /** Deadlines by state id, then deadline id. */
  readonly deadlineById: ReadonlyMap<string, ReadonlyMap<string, IndexedDeadline>>;
}

const cache = new WeakMap<CrisisProtocol, ProtocolIndex>();

const entriesOf = <V>(record: Readonly<Record<string, V>> | undefined): [string, V][] =>
  record === undefined || record === null ? [] : Object.entries(record);

/** The lookup tables of `protocol` (memoised per object: pure, the protocol is treated as immutable). */
export function indexProtocol(protocol: CrisisProtocol): ProtocolIndex {
  const hit = cache.get(protocol);
  if (hit !== undefined) return hit;
  const byCommand = new Map<string, Map<string, IndexedTransition>>();
  const byId = new Map<string, IndexedTransition>();
  for (const [id, t] of entriesOf(protocol.transitions)) {
    const it: IndexedTransition = { ...t, id };
    byId.set(id, it);
    let m = byCommand.get(t.command);
    if (m === undefined) {
      m = new Map();
      byCommand.set(t.command, m);
    }
    for (const s of t.from) if (!m.has(s)) m.set(s, it);
  }
  const messages = new Map(entriesOf(protocol.messages));
  const states = new Map(entriesOf(protocol.states));
  const deadlines = new Map<string, IndexedDeadline[]>();
  const byState = new Map<string, Map<string, IndexedDeadline>>();
  for (const [sid, state] of states) {
    const list = entriesOf(state.deadlines).map(
      ([id, deadline]): IndexedDeadline => ({
        id,
        deadline,
        bySeverity: new Map(entriesOf(deadline.bySeverity)),
        metBy: new Set(deadline.metBy),
      }),
    );
    if (list.length > 0) deadlines.set(sid, list);
    byState.set(sid, new Map(list.map((d) => [d.id, d])));
  }
  const approvals = new Map<string, readonly string[]>();
  for (const [id, level] of entriesOf(protocol.severities)) approvals.set(id, level.approvals);
  const index: ProtocolIndex = {
    byCommand,
    byId,
    states,
    approvals,
    messages,
    deadlines,
    deadline: (state, id) => byState.get(state)?.get(id),
    deadlineById: byState,
  };
  cache.set(protocol, index);
  return index;
}
