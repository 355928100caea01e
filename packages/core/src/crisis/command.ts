import { z } from "zod";
import { LessonSchema } from "./crisis-state.js";

/**
 * A command given to a crisis: its `type` (a transition's `command`), who gives it and in which role,
 * why, and the data the transition reads (`severity`, `lead`, `topics`, `messageId` + `lang` + `slots`,
 * `lessons`).
 */
export const CrisisCommandSchema = z.strictObject({
  /** Command name, e.g. `contain`. */
  type: z.string().min(1).max(64),
  /** Who gives it (person id). */
  actor: z.string().min(1).max(200),
  /** The protocol role the actor acts in. */
  role: z.string().min(1).max(64),
  /** Why (required by some transitions). */
  reason: z.string().min(1).max(2000).optional(),
  /** Severity id, for `set-severity`. */
  severity: z.string().min(1).max(64).optional(),
  /** Incident lead, for `assign-lead`. */
  lead: z.string().min(1).max(200).optional(),
  /** Topic keywords, for `raise-alert`. */
  topics: z.array(z.string().min(1).max(200)).max(50).optional(),
  /** Library message id, for approvals and statements. */
  messageId: z.string().min(1).max(64).optional(),
  /** Language of the statement. */
  lang: z.enum(["en", "es"]).optional(),
  /** Values of the statement's `{slot}` placeholders. */
  slots: z.record(z.string().max(64), z.string().min(1).max(500)).optional(),
  /** Lessons, for `record-lessons`. */
  lessons: z.array(LessonSchema).min(1).max(100).optional(),
});

/** A command given to a crisis. */
export type CrisisCommand = z.input<typeof CrisisCommandSchema>;
