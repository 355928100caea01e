import { z } from "zod";
import { LessonSchema } from "./crisis-state.js";

/**
 * Whether `value` is a valid slot map (see `SlotValuesSchema`).
 * @internal
 */
export const isSlotMap = (value: unknown): boolean => {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  for (const [key, text] of Object.entries(value)) {
    if (key.length > 64 || typeof text !== "string" || text.length < 1 || text.length > 500) return false;
  }
  return true;
};

/**
 * Values of a statement's `{slot}` placeholders: slot name (up to 64 characters) → non-empty text (up to
 * 500). Checked by one predicate rather than `z.record`, which costs more than the whole transition.
 */
export const SlotValuesSchema = z.custom<Record<string, string>>(isSlotMap, {
  message: "Slots map a slot name (up to 64 characters) to a non-empty text (up to 500 characters).",
  params: {
    code: "invalid_slots",
    es: "Los huecos asocian un nombre (hasta 64 caracteres) a un texto no vacío (hasta 500 caracteres).",
  },
});

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
  slots: SlotValuesSchema.optional(),
  /** Lessons, for `record-lessons`. */
  lessons: z.array(LessonSchema).min(1).max(100).optional(),
});

/** A command given to a crisis. */
export type CrisisCommand = z.input<typeof CrisisCommandSchema>;
