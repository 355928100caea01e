import * as z from "zod";
import { EpochMsSchema } from "../clock.js";
import { AnalysisSchema, MeasurementSchema } from "./artifacts.js";
import { CaseCommandSchema, CaseSubjectSchema, OpenCaseInputSchema } from "./commands.js";
import { CASE_SEVERITIES, CaseSettingsSchema } from "./settings.js";
import { CaseVerdictSchema } from "./verdict.js";

/** The phases of a case, in order. A case is in the phase whose artifact it is waiting for. */
export const CASE_PHASES = ["measure", "analyze", "meditate", "act", "closed"] as const;

/** One phase of a case. */
export type CasePhase = (typeof CASE_PHASES)[number];

const by = z.string().min(1).max(200);
const stamp = { by, at: EpochMsSchema };

/**
 * One recorded fact of a case: a command that was accepted, who gave it and when. `open` is always the first
 * (seq 1); `seq` is also the case's version after the event.
 */
export const CaseEventSchema = z.strictObject({
  /** Position in the history, from 1. */
  seq: z.int().min(1),
  /** When it was accepted, whole epoch milliseconds, from the time passed in. */
  at: EpochMsSchema,
  /** Who gave the command. */
  by,
  /** The command as accepted (after validation and defaults); `open` for the opening. */
  command: z.union([
    z.strictObject({ type: z.literal("open"), input: OpenCaseInputSchema }),
    CaseCommandSchema,
  ]),
  /** The idempotency key the command was given with, if any. */
  idempotencyKey: z.string().min(1).max(200).optional(),
});

/** One recorded fact of a case. */
export type CaseEvent = z.output<typeof CaseEventSchema>;

/**
 * A MAMA case: plain, serialisable data. Store it as JSON; load it back with `parseCaseState`.
 * Change it only with `applyCaseCommand`, which returns a new state. Times are whole epoch milliseconds.
 */
export const CaseStateSchema = z.strictObject({
  /** The case id. */
  id: z.string().min(1).max(200),
  /** The brand concerned. */
  brand: z.string().min(1).max(64),
  /** The comment or planned profile update the case is about. */
  subject: CaseSubjectSchema,
  /** The thresholds fixed when the case was opened. */
  settings: CaseSettingsSchema,
  /** The phase the case is in. */
  phase: z.enum(CASE_PHASES),
  /** Set by the measurement: `high` for a high-reach author or a high volume of similar comments. */
  severity: z.enum(CASE_SEVERITIES).optional(),
  /** Who opened the case and when. */
  opened: z.strictObject(stamp),
  /** When the last event was recorded. */
  updatedAt: EpochMsSchema,
  /** The measure artifact. */
  measurement: MeasurementSchema.extend(stamp).optional(),
  /** The analyze artifact. */
  analysis: AnalysisSchema.extend(stamp).optional(),
  /** The current draft (the meditate artifact) with its verdict. */
  draft: z.strictObject({ ...stamp, text: z.string(), verdict: CaseVerdictSchema }).optional(),
  /** The reviewer's approval of the current draft, when one was required. */
  approval: z.strictObject({ ...stamp, note: z.string().max(2000).optional() }).optional(),
  /** Whether the current draft needs a reviewer's approval (author's reach above the threshold). */
  reviewRequired: z.boolean(),
  /** The act artifact: what was published. */
  publication: z
    .strictObject({
      ...stamp,
      text: z.string(),
      verdict: CaseVerdictSchema.optional(),
      postId: z.string().max(200).optional(),
    })
    .optional(),
  /** Every recorded event, oldest first; replaying them rebuilds this state. Its length is the version. */
  history: z.array(CaseEventSchema).min(1),
});

/**
 * A MAMA case.
 *
 * @category Workflows
 */
export type CaseState = z.output<typeof CaseStateSchema>;
