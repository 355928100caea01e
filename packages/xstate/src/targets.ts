import type { CrisisProtocol } from "@normas/core/crisis";

/**
 * The states a crisis in `state` may be in when a command is decided: the state itself and every state an
 * overdue deadline's escalation can move it to first (the core escalates overdue deadlines before deciding).
 */
export function statesAfterEscalation(protocol: CrisisProtocol, state: string): string[] {
  const seen = new Set<string>([state]);
  const queue = [state];
  for (let s = queue.shift(); s !== undefined; s = queue.shift()) {
    const declared = Object.hasOwn(protocol.states, s) ? protocol.states[s] : undefined;
    for (const d of Object.values(declared?.deadlines ?? {})) {
      const to = d.escalation?.to;
      if (to !== undefined && !seen.has(to)) {
        seen.add(to);
        queue.push(to);
      }
    }
  }
  return [...seen];
}

/** One command's transitions from one state: the states the crisis may end in, and the transition ids. */
export interface CommandTargets {
  /** States the accepted command may leave the crisis in (more than one only when an escalation moves it first). */
  readonly targets: readonly string[];
  /** The protocol transitions the command may take. */
  readonly transitions: readonly string[];
}

/** For each command that may be accepted in `state`: where it may lead and through which transitions. */
export function commandTargets(protocol: CrisisProtocol, state: string): Map<string, CommandTargets> {
  const out = new Map<string, { targets: string[]; transitions: string[] }>();
  for (const from of statesAfterEscalation(protocol, state)) {
    for (const [id, t] of Object.entries(protocol.transitions)) {
      if (!t.from.includes(from)) continue;
      let entry = out.get(t.command);
      if (entry === undefined) {
        entry = { targets: [], transitions: [] };
        out.set(t.command, entry);
      }
      const to = t.to ?? from;
      if (!entry.targets.includes(to)) entry.targets.push(to);
      if (!entry.transitions.includes(id)) entry.transitions.push(id);
    }
  }
  return out;
}
