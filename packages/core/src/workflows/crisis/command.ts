import * as z from "zod";
import { LessonSchema } from "./crisis-state.js";
import type { CrisisProtocol } from "./protocol-schema.js";

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

/**
 * A command given to a crisis.
 *
 * @category Workflows
 */
export type CrisisCommand = z.input<typeof CrisisCommandSchema>;

/** The command names of a protocol: a literal union for a typed protocol such as `standardProtocol`, else `string`. */
export type CommandNameOf<P extends CrisisProtocol> = P["transitions"][keyof P["transitions"]]["command"];

/**
 * A command typed from its protocol: for a protocol whose ids the type checker knows (`standardProtocol`, or
 * any `TypedProtocol`), a typo in `type`, `role`, `severity` or `messageId` does not compile. For a protocol
 * loaded at run time (`CrisisProtocol`) it is the plain {@link CrisisCommand}. Commands are validated at run
 * time either way.
 *
 * @example
 * ```ts
 * import { type CrisisCommandOf, type StandardProtocol } from "@normas/core/crisis";
 * const ok: CrisisCommandOf<StandardProtocol> = { type: "set-severity", actor: "jorge", role: "crisis-lead", severity: "sev1" };
 * // { type: "set-seververity", … } or { role: "crisis-leader", … } is a compile error
 * ```
 */
export type CrisisCommandOf<P extends CrisisProtocol> = Omit<
  CrisisCommand,
  "type" | "role" | "severity" | "messageId"
> & {
  /** Command name: one of the protocol's transition commands. */
  type: CommandNameOf<P>;
  /** One of the protocol's roles. */
  role: keyof P["roles"] & string;
  /** One of the protocol's severity ids, for `set-severity`. */
  severity?: (keyof P["severities"] & string) | undefined;
  /** One of the protocol's message ids, for approvals and statements. */
  messageId?: (keyof P["messages"] & string) | undefined;
};
