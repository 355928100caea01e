import * as z from "zod";
import { LocalizedTextSchema } from "../localized-text.js";

const id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9._-]*$/, "Use lowercase letters, digits, '.', '_' or '-' (e.g. 'crisis-lead').");

/**
 * Objective criteria of a severity level. A level applies when ANY of its criteria is met
 * (see `classifySeverity`); a level without criteria is only set by hand.
 */
export const SeverityCriteriaSchema = z.strictObject({
  /** People reached by the negative conversation (sum of followers of the authors). */
  minReach: z.int().min(0).optional(),
  /** Share of negative comments in the current window, 0..1. */
  minNegativeShare: z.number().min(0).max(1).optional(),
  /** Comment volume divided by the usual volume (baseline). */
  minVolumeRatio: z.number().min(0).optional(),
  /** Any legal risk (personal data, regulator, lawsuit). */
  legalRisk: z.boolean().optional(),
  /** Any risk to people's safety or health. */
  safetyRisk: z.boolean().optional(),
  /** Picked up by the press or by large media accounts. */
  mediaPickup: z.boolean().optional(),
});

/** A severity level: how bad a crisis is and which roles must approve a statement at that level. */
export const SeverityLevelSchema = z.strictObject({
  /** Readable name. */
  name: LocalizedTextSchema,
  /** Higher is worse; used to pick the worst level whose criteria are met. */
  rank: z.int().min(0).max(100),
  /** When this level applies. */
  criteria: SeverityCriteriaSchema.default({}),
  /** Roles that must approve a statement before it is published at this level. */
  approvals: z.array(id).default([]),
});

/** A role that takes part in the protocol (ids should match the policy's roles). */
export const ProtocolRoleSchema = z.strictObject({
  /** Readable name. */
  name: LocalizedTextSchema,
});

/** Conditions a transition checks on the crisis data before it is taken. */
export const ProtocolGuardSchema = z.enum([
  "severity-set",
  "lead-assigned",
  "holding-statement-published",
  "statement-published",
  "publishing-resumed",
  "lessons-recorded",
]);

/** One guard of a transition. */
export type ProtocolGuard = z.output<typeof ProtocolGuardSchema>;

/**
 * Changes a transition makes to the crisis data, read from the command:
 * `topics`, `severity`, `lead`, `approval` (the command's role approves `messageId`), `holding-statement`
 * and `statement` (publish `messageId` from the library), `lessons`, and `clear` (forget the incident).
 */
export const ProtocolAssignSchema = z.enum([
  "topics",
  "severity",
  "lead",
  "approval",
  "holding-statement",
  "statement",
  "lessons",
  "clear",
]);

/** One assignment of a transition. */
export type ProtocolAssign = z.output<typeof ProtocolAssignSchema>;

/** A side effect declared as data; the runtime returns it for the caller to perform. */
export const ProtocolEffectSchema = z.discriminatedUnion("kind", [
  /** Tell these roles. */
  z.strictObject({ kind: z.literal("notify"), roles: z.array(id).min(1) }),
  /** Tell the roles whose approval the current severity requires. */
  z.strictObject({ kind: z.literal("notify-approvers") }),
  /** Pause scheduled and promotional publishing. */
  z.strictObject({ kind: z.literal("pause-publishing") }),
  /** Resume scheduled and promotional publishing. */
  z.strictObject({ kind: z.literal("resume-publishing") }),
  /** Open the post-mortem document. */
  z.strictObject({ kind: z.literal("open-post-mortem") }),
]);

/** A side effect as declared in a protocol. */
export type ProtocolEffect = z.output<typeof ProtocolEffectSchema>;

/** What happens when a deadline passes unmet. */
export const EscalationSchema = z.strictObject({
  /** Roles to alert. */
  notify: z.array(id).min(1),
  /** State to move to, if the protocol wants the overdue deadline to change the state. */
  to: id.optional(),
});

/** A timer (SLA) that starts when its state is entered. */
export const ProtocolDeadlineSchema = z.strictObject({
  /** Readable name, e.g. "Holding statement". */
  name: LocalizedTextSchema,
  /** Minutes after entering the state. */
  minutes: z.number().positive().max(525_600),
  /** Minutes by severity id, overriding `minutes` when the crisis has that severity on entry. */
  bySeverity: z.record(id, z.number().positive().max(525_600)).default({}),
  /** Commands (transition `command` names) that meet the deadline. Leaving the state cancels it. */
  metBy: z.array(id).min(1),
  /** Who is alerted when the deadline passes; required (a protocol without it is rejected). */
  escalation: EscalationSchema.optional(),
});

/** A deadline as declared in a protocol. */
export type ProtocolDeadline = z.output<typeof ProtocolDeadlineSchema>;

/** One state of the protocol. */
export const ProtocolStateSchema = z.strictObject({
  /** Readable name. */
  name: LocalizedTextSchema,
  /** What the team does in this state. */
  description: LocalizedTextSchema.optional(),
  /** Whether a crisis is active for the brand in this state (crisis rules apply). */
  active: z.boolean().default(true),
  /** Roles that may speak about the crisis topic freely in this state. */
  rolesAllowed: z.array(id).default([]),
  /** A final state: no transition leaves it. */
  terminal: z.boolean().default(false),
  /** Deadlines started on entering the state, by id. */
  deadlines: z.record(id, ProtocolDeadlineSchema).default({}),
});

/** A state as declared in a protocol. */
export type ProtocolState = z.output<typeof ProtocolStateSchema>;

/** A transition: a command, the states it may be given in, who may give it, and what it does. */
export const ProtocolTransitionSchema = z.strictObject({
  /** The command name, e.g. `contain`. Several transitions may share one command from different states. */
  command: id,
  /** States in which the command is accepted. */
  from: z.array(id).min(1),
  /** Target state; absent to stay in the same state. */
  to: id.optional(),
  /** Roles allowed to give the command. */
  roles: z.array(id).min(1),
  /** Conditions that must hold. */
  guards: z.array(ProtocolGuardSchema).default([]),
  /** Data the command changes. */
  assign: z.array(ProtocolAssignSchema).default([]),
  /** Side effects to perform. */
  effects: z.array(ProtocolEffectSchema).default([]),
  /** Whether the command must carry a reason (e.g. declaring a false alarm). */
  reasonRequired: z.boolean().default(false),
});

/** A transition as declared in a protocol. */
export type ProtocolTransition = z.output<typeof ProtocolTransitionSchema>;

/** An approved statement, with `{slot}` placeholders, and the states it may be used in. */
export const ApprovedMessageSchema = z.strictObject({
  /** `holding` for a first holding statement, `statement` for a response statement. */
  kind: z.enum(["holding", "statement"]),
  /** States in which the statement may be published. */
  states: z.array(id).min(1),
  /** The text per language; slots are written `{name}` (e.g. `{fecha}`, `{channel}`). */
  text: z
    .strictObject({ en: z.string().min(1).max(5000).optional(), es: z.string().min(1).max(5000).optional() })
    .refine((t) => t.en !== undefined || t.es !== undefined, {
      message: "Give the text in at least one language.",
      params: { code: "missing_text", es: "Da el texto al menos en un idioma." },
    }),
});

/** An approved statement of a protocol's library. */
export type ApprovedMessage = z.output<typeof ApprovedMessageSchema>;

/** A crisis protocol: data, validated by `defineProtocol`. */
export const CrisisProtocolSchema = z.strictObject({
  /** Stable id (brands refer to it in `crisisProtocol`). */
  id,
  /** Version of the protocol document. */
  version: z.int().min(1).default(1),
  /** Readable name. */
  name: LocalizedTextSchema,
  /** The state a new crisis record starts in. */
  initial: id,
  /** Roles by id. */
  roles: z.record(id, ProtocolRoleSchema),
  /** Severity levels by id. */
  severities: z.record(id, SeverityLevelSchema),
  /** States by id. */
  states: z.record(id, ProtocolStateSchema),
  /** Transitions by id. */
  transitions: z.record(id, ProtocolTransitionSchema),
  /** The approved message library, by id. */
  messages: z.record(id, ApprovedMessageSchema).default({}),
});

/**
 * A validated crisis protocol (plain JSON data).
 *
 * @category Workflows
 */
export type CrisisProtocol = z.output<typeof CrisisProtocolSchema>;

/** A crisis protocol as written, before defaults. */
export type CrisisProtocolInput = z.input<typeof CrisisProtocolSchema>;
