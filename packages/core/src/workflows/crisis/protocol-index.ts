import { type CompiledTemplate, compileTemplate } from "../../text/statement-template.js";
import type { CrisisProtocol, ProtocolDeadline, ProtocolTransition } from "./protocol-schema.js";

/** A transition with its id. */
export interface IndexedTransition extends ProtocolTransition {
  /** The transition's id in the protocol. */
  readonly id: string;
}

/** Lookup tables of a protocol, built once per protocol object (the protocol is never changed). */
export interface ProtocolIndex {
  /** Transition by command, then by source state. */
  readonly byCommand: ReadonlyMap<string, ReadonlyMap<string, IndexedTransition>>;
  /** Transition by id. */
  readonly byId: ReadonlyMap<string, IndexedTransition>;
  /** Deadlines declared by each state that has any, as `[id, deadline]` pairs. */
  readonly deadlines: ReadonlyMap<string, readonly (readonly [string, ProtocolDeadline])[]>;
  /** Approved statement templates compiled for matching, by message id and language. */
  readonly templates: ReadonlyMap<string, { readonly en?: CompiledTemplate; readonly es?: CompiledTemplate }>;
}

const cache = new WeakMap<CrisisProtocol, ProtocolIndex>();

/** The lookup tables of `protocol` (memoised per object: pure, the protocol is treated as immutable). */
export function indexProtocol(protocol: CrisisProtocol): ProtocolIndex {
  const hit = cache.get(protocol);
  if (hit !== undefined) return hit;
  const byCommand = new Map<string, Map<string, IndexedTransition>>();
  const byId = new Map<string, IndexedTransition>();
  for (const [id, t] of Object.entries(protocol.transitions)) {
    const it: IndexedTransition = { ...t, id };
    byId.set(id, it);
    let m = byCommand.get(t.command);
    if (m === undefined) {
      m = new Map();
      byCommand.set(t.command, m);
    }
    for (const s of t.from) if (!m.has(s)) m.set(s, it);
  }
  const templates = new Map<string, { en?: CompiledTemplate; es?: CompiledTemplate }>();
  for (const [id, m] of Object.entries(protocol.messages)) {
    templates.set(id, {
      ...(m.text.en !== undefined ? { en: compileTemplate(m.text.en) } : {}),
      ...(m.text.es !== undefined ? { es: compileTemplate(m.text.es) } : {}),
    });
  }
  const deadlines = new Map<string, [string, ProtocolDeadline][]>();
  for (const [id, state] of Object.entries(protocol.states)) {
    const list = Object.entries(state.deadlines);
    if (list.length > 0) deadlines.set(id, list);
  }
  const index: ProtocolIndex = { byCommand, byId, deadlines, templates };
  cache.set(protocol, index);
  return index;
}
