import { sealCrisisEvents } from "../workflows/crisis/chain.js";
import type { CrisisCommand } from "../workflows/crisis/command.js";
import type { CrisisState } from "../workflows/crisis/crisis-state.js";
import type { CrisisEvent, SealedCrisisEvent } from "../workflows/crisis/event.js";
import { openCrisis } from "../workflows/crisis/lifecycle.js";
import type { CrisisProtocol } from "../workflows/crisis/protocol-schema.js";
import { standardProtocol } from "../workflows/crisis/standard-protocol.js";
import { transition } from "../workflows/crisis/transition.js";
import { CRISIS_GENESIS_HASH } from "../workflows/hash.js";

/** Minutes in milliseconds. @internal */
export const MINUTE = 60_000;
/** The suite's clock origin. @internal */
export const T0 = Date.UTC(2026, 4, 12, 9, 0);

const lead = { actor: "jorge", role: "crisis-lead" } as const;
const comms = { actor: "lucía", role: "communications" } as const;

/**
 * Commands of the standard protocol from monitoring to containment with a holding statement, whose texts
 * carry what a store must keep unchanged: accents, emoji, quotes, a NUL, a lone surrogate, a long reason.
 * @internal
 */
export const PATH: readonly CrisisCommand[] = [
  {
    type: "raise-alert",
    actor: "marta",
    role: "community-manager",
    topics: ["retraso", "délai 🛫", 'say "no"'],
  },
  { type: "start-assessment", ...lead, reason: `long ${"x".repeat(1_500)}` },
  { type: "set-severity", ...lead, severity: "sev2", reason: "nul \u0000 and lone \ud800 surrogate" },
  { type: "assign-lead", ...lead, lead: "jorge" },
  { type: "contain", ...lead },
  {
    type: "publish-holding-statement",
    ...comms,
    messageId: "holding-investigating",
    lang: "es",
    slots: { canal: "X 🐦", fecha: "lunes, 12 de mayo" },
  },
  { type: "respond", ...lead },
];

/** The protocol the suite drives (the standard one, as a plain protocol). @internal */
export const PROTOCOL: CrisisProtocol = standardProtocol;

/** The unsealed events of a crisis opened at T0 and driven through the first `commands` of PATH, one minute apart. @internal */
export function draftEvents(
  crisisId: string,
  commands = PATH.length,
): { events: CrisisEvent[]; state: CrisisState } {
  const opened = openCrisis(
    PROTOCOL,
    { crisisId, brand: "acme-air", actor: "marta", role: "community-manager" },
    T0,
  );
  let state = opened.state;
  const events: CrisisEvent[] = [opened.event];
  PATH.slice(0, commands).forEach((command, i) => {
    const r = transition(PROTOCOL, state, command, T0 + (i + 1) * MINUTE);
    if (!r.accepted) throw new Error(`conformance fixture refused ${command.type}: ${r.refusal.message.en}`);
    events.push(...r.events);
    state = r.state;
  });
  return { events, state };
}

/** Sealed events 1…n of a crisis stream (n = 1 + commands). @internal */
export function sealedStream(crisisId: string, commands = PATH.length): SealedCrisisEvent[] {
  return sealCrisisEvents(draftEvents(crisisId, commands).events, CRISIS_GENESIS_HASH);
}

/** A sealed event at `seq` after `prevHash` that differs from the stream's by its reason (a rival writer's). @internal */
export function rivalEvent(base: SealedCrisisEvent, reason: string): SealedCrisisEvent {
  const [sealed] = sealCrisisEvents(
    [{ ...base, reason, prevHash: undefined, hash: undefined }],
    base.prevHash,
  );
  return sealed as SealedCrisisEvent;
}
