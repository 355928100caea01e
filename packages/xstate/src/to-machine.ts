import { InputError } from "@normas/core";
import {
  type CrisisCommandOf,
  type CrisisEffect,
  type CrisisEvent,
  type CrisisProtocol,
  type CrisisRefusal,
  type CrisisState,
  type EpochMs,
  fireDeadlines,
  type OpenCrisisOptions,
  openCrisis,
  type TransitionResult,
  transition,
} from "@normas/core/crisis";
import { enqueueActions, fromCallback, setup } from "xstate";
import { readMachineOptions } from "./options.js";
import { StepMemo } from "./step-memo.js";
import { commandTargets, statesAfterEscalation } from "./targets.js";

/** The context of a crisis machine: the core's crisis state, and the last refusal (null after an accepted step). */
export interface CrisisMachineContext {
  /** The crisis state, exactly as the core's `transition` computes it. */
  readonly crisis: CrisisState;
  /** Why the last command was refused, or `null` when it was accepted. */
  readonly refusal: CrisisRefusal | null;
}

/**
 * What a crisis machine is started with: who opens the crisis, for which brand (as `openCrisis` takes it), and
 * when (`at`, epoch ms; default the machine's `now()`).
 */
export type CrisisMachineInput = OpenCrisisOptions & {
  /** When the crisis is opened, epoch ms (default: the machine's `now()`). */
  readonly at?: EpochMs | undefined;
};

/** What a crisis actor emits (`actor.on(type, listener)`): the events to record, or a refusal. */
export type CrisisMachineEmitted =
  | {
      /** A command was accepted or deadlines escalated. */
      readonly type: "crisis.recorded";
      /** The core's events to record (escalations first, then the command's event), unsealed. */
      readonly events: readonly CrisisEvent[];
    }
  | {
      /** A command was refused; nothing changed. */
      readonly type: "crisis.refused";
      /** The core's refusal. */
      readonly refusal: CrisisRefusal;
    };

/** Handlers of the protocol's effects, one per effect kind (each is also a named action of the machine). */
export type CrisisEffectHandlers = {
  readonly [K in CrisisEffect["kind"]]?: (effect: Extract<CrisisEffect, { kind: K }>) => void;
};

/** Options of {@link toMachine}. */
export interface ToMachineOptions {
  /**
   * The clock, in epoch ms: decides commands and computes deadline delays. Default `Date.now`. With XState's
   * `SimulatedClock`, pass `() => clock.now()` (and `clock.set(start)` first).
   */
  readonly now?: (() => EpochMs) | undefined;
  /** Handlers of the effects (you can also give them later with `machine.provide({ actions })`). */
  readonly effects?: CrisisEffectHandlers | undefined;
  /** The machine id (default: the protocol id). */
  readonly id?: string | undefined;
}

/** Event that re-arms the deadline timer of the current state (sent by the `deadlines` child on start). */
export const REARM_EVENT = "normas.rearm";
/** Name of the delay of the deadline timer (`after: { [DEADLINE_DELAY]: … }`). */
export const DEADLINE_DELAY = "deadline";
// setTimeout takes at most 2^31 - 1 ms; a longer wait re-arms when this one ends.
const MAX_DELAY = 2_147_483_647;

/**
 * Builds the XState v5 machine of a crisis protocol. Every decision stays in `@normas/core`: a command's guard
 * asks the core's `transition` (which checks the command, its role, the protocol's guards, the reason, the
 * message library and approvals, and escalates overdue deadlines first), and the transition's action stores the
 * state the core computed. So the machine accepts and refuses exactly what the core does, and its context holds
 * the core's `CrisisState`.
 *
 * - **States** are the protocol's states (terminal ones are `final`).
 * - **Transitions**: for each state and command, one guarded transition per state the command may lead to (a
 *   deadline's escalation can move the crisis before the command is decided). The guard is `{ type: "allowed",
 *   params }` with the roles, protocol guards and approvals in `params`, for tools that show them; a refused
 *   command stores `context.refusal` and emits `crisis.refused`.
 * - **Effects** are named actions (`notify`, `pause-publishing`, `resume-publishing`, `publish-statement`,
 *   `open-post-mortem`) with the resolved effect as params: give handlers in `options.effects` or with
 *   `machine.provide({ actions })`. Accepted steps also emit `crisis.recorded` with the events to record.
 * - **Deadlines** are one delayed transition per state that declares any, its delay computed from the earliest
 *   `dueAt` of the crisis state, so the timer always matches the state's due times; when it fires the core's
 *   `fireDeadlines` escalates what is overdue. A root child (`deadlines`) re-arms the timer when an actor starts,
 *   also from a persisted snapshot: a restored actor escalates on time (XState does not restore `after` timers).
 *
 * @throws `ProtocolError` (from `@normas/core`) when the protocol does not validate, `InputError` for bad options.
 * @example
 * ```ts
 * import { standardProtocol } from "@normas/core/crisis";
 * import { toMachine } from "@normas/xstate";
 * import { createActor } from "xstate";
 *
 * const machine = toMachine(standardProtocol, { effects: { notify: (e) => console.log("notify", e.roles) } });
 * const actor = createActor(machine, { input: { crisisId: "c1", brand: "acme", actor: "ana", role: "community-manager" } }).start();
 * actor.send({ type: "raise-alert", actor: "ana", role: "community-manager", topics: ["delay"] });
 * actor.getSnapshot().value; // "alert"
 * ```
 */
export function toMachine<const P extends CrisisProtocol>(protocol: P, options: ToMachineOptions = {}) {
  const { protocol: checked, now, effects, id } = readMachineOptions(protocol, options);
  const memo = new StepMemo();
  type Event = CrisisCommandOf<P>;

  const decideCommand = (crisis: CrisisState, event: object): TransitionResult =>
    memo.get(event, crisis, () =>
      transition(checked, crisis, event as CrisisCommandOf<CrisisProtocol>, now()),
    );
  const decideTick = (crisis: CrisisState, event: object): TransitionResult =>
    memo.get(event, crisis, () => fireDeadlines(checked, crisis, now()));

  const machineSetup = setup({
    types: {
      context: {} as CrisisMachineContext,
      events: {} as Event,
      // Optional in the type so that `createActor(machine, { snapshot })` needs none; checked when opening.
      input: {} as CrisisMachineInput | undefined,
      emitted: {} as CrisisMachineEmitted,
    },
    actors: {
      // Started with the actor, fresh or restored: asks the machine to re-arm the current state's deadline timer.
      deadlines: fromCallback(({ sendBack }) => {
        sendBack({ type: REARM_EVENT } as never);
      }),
    },
    guards: {
      /** The core accepts the command, and the crisis ends in `params.to`. */
      allowed: ({ context, event }, params: AllowedParams) => {
        const r = decideCommand(context.crisis, event);
        return r.accepted && r.state.state === params.to;
      },
      /** Escalating the overdue deadlines leaves the crisis in `params.to`. */
      escalates: ({ context, event }, params: { readonly to: string }) => {
        const r = decideTick(context.crisis, event);
        return r.accepted && r.state.state === params.to;
      },
    },
    delays: {
      [DEADLINE_DELAY]: ({ context }) => {
        const first = context.crisis.pending[0];
        if (first === undefined) return MAX_DELAY;
        return Math.min(MAX_DELAY, Math.max(0, first.dueAt - now()));
      },
    },
    actions: {
      notify: (_, effect: Extract<CrisisEffect, { kind: "notify" }>) => effects.notify?.(effect),
      "pause-publishing": (_, effect: Extract<CrisisEffect, { kind: "pause-publishing" }>) =>
        effects["pause-publishing"]?.(effect),
      "resume-publishing": (_, effect: Extract<CrisisEffect, { kind: "resume-publishing" }>) =>
        effects["resume-publishing"]?.(effect),
      "publish-statement": (_, effect: Extract<CrisisEffect, { kind: "publish-statement" }>) =>
        effects["publish-statement"]?.(effect),
      "open-post-mortem": (_, effect: Extract<CrisisEffect, { kind: "open-post-mortem" }>) =>
        effects["open-post-mortem"]?.(effect),
      /** Stores the state the core computed, performs its effects and emits the events to record. */
      apply: enqueueActions(({ context, event, enqueue }) => {
        const r = memo.take(event, context.crisis, () =>
          transition(checked, context.crisis, event as CrisisCommandOf<CrisisProtocol>, now()),
        );
        if (!r.accepted) return;
        enqueue.assign({ crisis: r.state, refusal: null });
        for (const e of r.effects) enqueue({ type: e.kind, params: e } as never);
        enqueue.emit({ type: "crisis.recorded", events: r.events });
      }),
      /** Stores the escalations the core computed and performs their effects. */
      escalate: enqueueActions(({ context, event, enqueue }) => {
        const r = memo.take(event, context.crisis, () => fireDeadlines(checked, context.crisis, now()));
        if (!r.accepted || r.events.length === 0) return;
        enqueue.assign({ crisis: r.state });
        for (const e of r.effects) enqueue({ type: e.kind, params: e } as never);
        enqueue.emit({ type: "crisis.recorded", events: r.events });
      }),
      /** Stores the core's refusal and emits it. */
      refuse: enqueueActions(({ context, event, enqueue }) => {
        const r = memo.take(event, context.crisis, () =>
          transition(checked, context.crisis, event as CrisisCommandOf<CrisisProtocol>, now()),
        );
        if (r.accepted) {
          // Every state a command may lead to has its own guarded transition: reaching here is a bug.
          throw new Error(
            `@normas/xstate: '${event.type}' was accepted into '${r.state.state}', no edge leads there`,
          );
        }
        enqueue.assign({ refusal: r.refusal });
        enqueue.emit({ type: "crisis.refused", refusal: r.refusal });
      }),
    },
  });

  return machineSetup.createMachine({
    id,
    initial: checked.initial,
    /** The opened crisis, from the input (who opens it, for which brand, when). */
    context: ({ input }) => {
      if (input === undefined || input === null)
        throw new InputError(
          [
            {
              code: "required",
              path: ["input"],
              pathText: "input",
              message:
                "Start a new crisis actor with `input` (who opens the crisis), or restore one with `snapshot`.",
            },
          ],
          "Missing crisis machine input",
        );
      const { at, ...opening } = input;
      return { crisis: openCrisis(checked, opening, at ?? now()).state, refusal: null };
    },
    invoke: { id: "deadlines", src: "deadlines" },
    on: { "*": { actions: "refuse" } },
    states: buildStates(checked) as never,
  });
}

/** The params of the `allowed` guard: where the command leads, and what the core checks, for tools to show. */
export interface AllowedParams {
  /** The state the crisis ends in. */
  readonly to: string;
  /** The protocol transitions the command may take from this state. */
  readonly transitions: readonly string[];
  /** Roles allowed to give the command. */
  readonly roles: readonly string[];
  /** Protocol guards that must hold. */
  readonly guards: readonly string[];
  /** Whether the approvals the crisis severity requires are checked (statements). */
  readonly approvals: boolean;
}

function buildStates(protocol: CrisisProtocol): Record<string, unknown> {
  const states: Record<string, unknown> = {};
  for (const [sid, s] of Object.entries(protocol.states)) {
    if (s.terminal) {
      states[sid] = { type: "final", on: { [REARM_EVENT]: {} } };
      continue;
    }
    const escalations = statesAfterEscalation(protocol, sid);
    const hasDeadlines = escalations.some((e) => Object.keys(protocol.states[e]?.deadlines ?? {}).length > 0);
    const on: Record<string, unknown> = {};
    for (const [command, { targets, transitions }] of commandTargets(protocol, sid)) {
      const ts = transitions.map((t) => protocol.transitions[t]).filter((t) => t !== undefined);
      const params = {
        transitions,
        roles: [...new Set(ts.flatMap((t) => t.roles))],
        guards: [...new Set(ts.flatMap((t) => t.guards))],
        approvals: ts.some((t) => t.assign.includes("statement")),
      };
      on[command] = [
        ...targets.map((to) => ({
          target: to,
          // Staying in a state with deadlines re-enters it, which re-arms its timer from the new due times.
          ...(to === sid && hasDeadlines ? { reenter: true } : {}),
          guard: { type: "allowed", params: { to, ...params } },
          actions: "apply",
        })),
        { actions: "refuse" },
      ];
    }
    // The timer and the re-arm event escalate what is overdue (which may move the crisis), then re-enter the
    // state the crisis is in, which arms the timer again from the earliest due time.
    const tick = [
      ...escalations.map((to) => ({
        target: to,
        reenter: true,
        guard: { type: "escalates", params: { to } },
        actions: "escalate",
      })),
      { target: sid, reenter: true, actions: "escalate" },
    ];
    states[sid] = {
      ...(s.description !== undefined ? { description: s.description.en } : {}),
      on: { ...on, [REARM_EVENT]: hasDeadlines ? tick : {} },
      ...(hasDeadlines ? { after: { [DEADLINE_DELAY]: tick } } : {}),
    };
  }
  return states;
}
