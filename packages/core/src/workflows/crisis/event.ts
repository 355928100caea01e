import * as z from "zod";
import { EpochMsSchema } from "../clock.js";
import { LessonSchema } from "./crisis-state.js";

/** A side effect the caller must perform, resolved from the protocol (roles and texts are concrete). */
export const CrisisEffectSchema = z.discriminatedUnion("kind", [
  /** Alert these roles. */
  z.strictObject({ kind: z.literal("notify"), roles: z.array(z.string()) }),
  /** Pause scheduled and promotional publishing of the brand. */
  z.strictObject({ kind: z.literal("pause-publishing") }),
  /** Resume scheduled and promotional publishing. */
  z.strictObject({ kind: z.literal("resume-publishing") }),
  /** Publish this approved statement. */
  z.strictObject({
    kind: z.literal("publish-statement"),
    messageId: z.string(),
    lang: z.enum(["en", "es"]),
    text: z.string(),
  }),
  /** Open the post-mortem document. */
  z.strictObject({ kind: z.literal("open-post-mortem") }),
]);

/** A side effect to perform. */
export type CrisisEffect = z.output<typeof CrisisEffectSchema>;

/** The data an event carries (what the command set, or which deadline escalated). */
export const CrisisEventDataSchema = z.strictObject({
  brand: z.string().optional(),
  protocolId: z.string().optional(),
  severity: z.string().optional(),
  lead: z.string().optional(),
  topics: z.array(z.string()).optional(),
  messageId: z.string().optional(),
  lang: z.enum(["en", "es"]).optional(),
  text: z.string().optional(),
  lessons: z.array(LessonSchema).optional(),
  /** Key of the escalated deadline. */
  deadline: z.string().optional(),
  /** When the escalated deadline was due. */
  dueAt: EpochMsSchema.optional(),
});

/**
 * One fact of a crisis log. `kind` is `opened`, `command` (a transition taken) or `escalation` (a
 * deadline passed). Each records actor, role, time and reason. `prevHash` and `hash` chain the log
 * (see `verifyCrisisLog`); an unsealed event (from the pure `transition`) has neither.
 */
export const CrisisEventSchema = z.strictObject({
  /** The crisis id. */
  crisisId: z.string(),
  /** Position in the log, from 1; also the state's version after the event. */
  seq: z.int().min(1),
  /** What happened. */
  kind: z.enum(["opened", "command", "escalation"]),
  /** Command name (`open` and `escalate` for the other kinds). */
  command: z.string(),
  /** Transition id taken, for `command` events. */
  transition: z.string().optional(),
  /** When, epoch ms. */
  at: EpochMsSchema,
  /** Who (person id, or `system` for escalations). */
  actor: z.string(),
  /** In which role (`system` for escalations). */
  role: z.string(),
  /** Why. */
  reason: z.string().optional(),
  /** State before (empty for `opened`). */
  from: z.string(),
  /** State after. */
  to: z.string(),
  /** What the command set. */
  data: CrisisEventDataSchema,
  /** Keys of the deadlines the event met. */
  met: z.array(z.string()),
  /** Effects to perform. */
  effects: z.array(CrisisEffectSchema),
  /** Idempotency key of the command, if given. */
  idempotencyKey: z.string().optional(),
  /** Hash of the previous event (`0000000000000000` for the first). */
  prevHash: z.string().optional(),
  /** Hash of this event (see `hashCrisisEvent`). */
  hash: z.string().optional(),
});

/** One event of a crisis log. */
export type CrisisEvent = z.output<typeof CrisisEventSchema>;

/** An event stored in a log: sealed with its hashes. */
export type SealedCrisisEvent = CrisisEvent & { readonly prevHash: string; readonly hash: string };
