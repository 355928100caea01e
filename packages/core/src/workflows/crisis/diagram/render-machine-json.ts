import type { MessageLocale } from "../../../model/locale.js";
import type { CrisisProtocol } from "../protocol-schema.js";
import { commandLabel, deadlineLabel } from "./edge-label.js";
import type { CommandEdge, DeadlineEdge, ProtocolGraph } from "./protocol-graph.js";

/** A transition of the machine config: target, named guard, named actions and a readable description. */
interface ConfigTransition {
  target: string;
  guard?: { type: string; params: Record<string, unknown> };
  actions: { type: string; params?: Record<string, unknown> }[];
  description: string;
}

/** A state of the machine config. */
interface ConfigState {
  type?: "final";
  description?: string;
  meta: Record<string, unknown>;
  on?: Record<string, ConfigTransition>;
  after?: Record<string, ConfigTransition[]>;
}

// Every transition names its target, its own state included (a self-loop that does not re-enter): a transition
// with neither target nor actions would read as no transition at all.
function commandTransition(e: CommandEdge, locale: MessageLocale): ConfigTransition {
  return {
    target: e.to,
    guard: {
      type: "allowed",
      params: {
        transition: e.transition,
        roles: e.roles,
        guards: e.guards,
        reasonRequired: e.reasonRequired,
        ...(e.approvals !== undefined ? { approvals: e.approvals } : {}),
      },
    },
    actions: e.effects.map((f) => {
      const { kind, ...params } = f;
      return Object.keys(params).length > 0 ? { type: kind, params } : { type: kind };
    }),
    description: commandLabel(e, locale).slice(1).join("\n"),
  };
}

function deadlineTransition(e: DeadlineEdge, locale: MessageLocale): ConfigTransition {
  return {
    target: e.to,
    actions: [{ type: "escalate", params: { deadline: e.deadline, notify: e.notify } }],
    description: deadlineLabel(e, locale).join("\n"),
  };
}

/**
 * The graph as an XState v5 machine config (plain JSON): what Stately's editor imports as
 * `createMachine(<this JSON>)`, and what `createMachine` from `xstate` accepts. Guards and actions are named
 * (`allowed` with the transition's roles, guards and approvals as params; effects by kind; `escalate`), deadlines
 * are `after` delays in milliseconds (the default minutes; minutes by severity are in the description and
 * `meta`). It draws the protocol; to run it on XState use `toMachine` from `@normas/xstate`.
 */
export function renderMachineJson(
  graph: ProtocolGraph,
  protocol: CrisisProtocol,
  locale: MessageLocale,
): string {
  const states: Record<string, ConfigState> = {};
  for (const n of graph.nodes) {
    const declared = protocol.states[n.id];
    states[n.id] = {
      ...(n.terminal ? { type: "final" as const } : {}),
      ...(n.description !== undefined ? { description: n.description } : {}),
      meta: { name: n.name, active: declared?.active ?? true, rolesAllowed: declared?.rolesAllowed ?? [] },
    };
  }
  for (const e of graph.edges) {
    const state = states[e.from];
    if (state === undefined) continue;
    if (e.kind === "command") {
      state.on ??= {};
      state.on[e.command] = commandTransition(e, locale);
    } else {
      state.after ??= {};
      const delay = String(Math.round(e.minutes * 60_000));
      state.after[delay] = [...(state.after[delay] ?? []), deadlineTransition(e, locale)];
      state.meta.deadlines = [
        ...((state.meta.deadlines as unknown[] | undefined) ?? []),
        { id: e.deadline, name: e.name, minutes: e.minutes, bySeverity: e.bySeverity, metBy: e.metBy },
      ];
    }
  }
  const config = {
    id: graph.id,
    initial: protocol.initial,
    description: `${graph.name} (v${graph.version})`,
    states,
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}
