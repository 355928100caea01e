// Test helpers for the crisis protocol (internal: not exported from the package).
import type { CrisisCommand } from "./command.js";
import type { CrisisState } from "./crisis-state.js";
import { openCrisis } from "./lifecycle.js";
import type { CrisisProtocol } from "./protocol-schema.js";
import { transition } from "./transition.js";

export const MINUTE = 60_000;
export const T0 = Date.UTC(2026, 4, 12, 9, 0);

export const cm = { actor: "marta", role: "community-manager" } as const;
export const lead = { actor: "jorge", role: "crisis-lead" } as const;
export const comms = { actor: "lucia", role: "communications" } as const;
export const legal = { actor: "pablo", role: "legal" } as const;
export const exec = { actor: "elena", role: "executive" } as const;

const statementSlots = { what: "a booking error", measures: "refunds", link: "acme.example/info" };

/** The commands that take a new crisis of the standard protocol into `target` (`*`: the whole path to `closed`). */
export function pathTo(target: string, severity = "sev2"): CrisisCommand[] {
  const steps: [string, CrisisCommand][] = [
    ["alert", { type: "raise-alert", ...cm, topics: ["retraso", "delay"] }],
    ["assessment", { type: "start-assessment", ...lead }],
    ["assessment", { type: "set-severity", ...lead, severity }],
    ["assessment", { type: "assign-lead", ...lead, lead: "jorge" }],
    ["containment", { type: "contain", ...lead }],
    [
      "containment",
      {
        type: "publish-holding-statement",
        ...comms,
        messageId: "holding-investigating",
        lang: "en",
        slots: { channel: "X", date: "Monday" },
      },
    ],
    ["response", { type: "respond", ...lead }],
    ["response", { type: "approve-statement", ...comms, messageId: "update-measures" }],
    ["response", { type: "approve-statement", ...legal, messageId: "update-measures" }],
    [
      "response",
      {
        type: "publish-statement",
        ...comms,
        messageId: "update-measures",
        lang: "en",
        slots: statementSlots,
      },
    ],
    ["recovery", { type: "recover", ...lead }],
    ["recovery", { type: "resume-publishing", ...lead }],
    ["post-mortem", { type: "start-post-mortem", ...lead }],
    [
      "post-mortem",
      { type: "record-lessons", ...lead, lessons: [{ lesson: "Faster holding", owner: "lucia" }] },
    ],
    ["closed", { type: "close", ...lead }],
  ];
  if (target === "monitoring") return [];
  if (target === "*") return steps.map(([, c]) => c);
  const firstIndex = steps.findIndex(([s]) => s === target);
  if (firstIndex === -1) throw new Error(`no path to ${target}`);
  return steps.slice(0, firstIndex + 1).map(([, c]) => c);
}

/** Opens a crisis and applies `commands` one minute apart; throws on a refusal. */
export function drive(protocol: CrisisProtocol, commands: readonly CrisisCommand[], start = T0): CrisisState {
  let state = openCrisis(protocol, { crisisId: "c1", brand: "acme-es", ...cm }, start).state;
  commands.forEach((c, i) => {
    const r = transition(protocol as CrisisProtocol, state, c, start + (i + 1) * MINUTE);
    if (!r.accepted) throw new Error(`${c.type}: ${r.refusal.message.en}`);
    state = r.state;
  });
  return state;
}
