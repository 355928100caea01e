// Commands of the standard protocol for the tests and the bench: the whole path to `closed`, and a cycle.
import type { CrisisCommandOf, StandardProtocol } from "@normas/core/crisis";

/** A command of the standard protocol. */
export type Command = CrisisCommandOf<StandardProtocol>;

export const MINUTE = 60_000;
export const T0 = Date.UTC(2026, 4, 12, 9, 0);

export const cm = { actor: "marta", role: "community-manager" } as const;
export const lead = { actor: "jorge", role: "crisis-lead" } as const;
export const comms = { actor: "lucia", role: "communications" } as const;
export const legal = { actor: "pablo", role: "legal" } as const;
export const exec = { actor: "elena", role: "executive" } as const;

export const ROLES = [cm, lead, comms, legal, exec] as const;
export const OPENING = { crisisId: "c1", brand: "acme-air", ...cm } as const;

/** The 15 commands that take a new crisis to `closed` at `severity`. */
export function fullPath(severity: "sev1" | "sev2" | "sev3" = "sev1"): Command[] {
  return [
    { type: "raise-alert", ...cm, topics: ["retraso", "delay"] },
    { type: "start-assessment", ...lead },
    { type: "set-severity", ...lead, severity },
    { type: "assign-lead", ...lead, lead: "jorge" },
    { type: "contain", ...lead },
    {
      type: "publish-holding-statement",
      ...comms,
      messageId: "holding-investigating",
      lang: "en",
      slots: { channel: "X", date: "Monday" },
    },
    { type: "respond", ...lead },
    { type: "approve-statement", ...comms, messageId: "update-measures" },
    { type: "approve-statement", ...legal, messageId: "update-measures" },
    {
      type: "publish-statement",
      ...comms,
      messageId: "update-measures",
      lang: "en",
      slots: { what: "a booking error", measures: "refunds", link: "acme.example/info" },
    },
    { type: "recover", ...lead },
    { type: "resume-publishing", ...lead },
    { type: "start-post-mortem", ...lead },
    { type: "record-lessons", ...lead, lessons: [{ lesson: "Faster holding", owner: "lucia" }] },
    { type: "close", ...lead },
  ];
}

/** Eight commands that leave a recovering crisis in recovery again (containment → response → recovery). */
export const CYCLE: readonly Command[] = [
  { type: "reopen", ...lead, reason: "again" },
  { type: "publish-holding-statement", ...comms, messageId: "holding-contact", lang: "es" },
  { type: "respond", ...lead },
  { type: "set-severity", ...lead, severity: "sev1" },
  { type: "approve-statement", ...comms, messageId: "update-measures" },
  { type: "approve-statement", ...legal, messageId: "update-measures" },
  {
    type: "publish-statement",
    ...comms,
    messageId: "update-measures",
    lang: "en",
    slots: { what: "x", measures: "y", link: "z" },
  },
  { type: "de-escalate", ...lead, reason: "calm" },
];

/** The commands that take a new crisis to `recovery` (where `CYCLE` starts). */
export const TO_RECOVERY: readonly Command[] = fullPath("sev1").slice(0, 11);
