import { z } from "zod";
import { AnalysisSchema, MeasurementSchema } from "./artifacts.js";
import { CaseEventSchema, CaseSubjectSchema, OpenCaseInputSchema } from "./events.js";
import { CASE_SEVERITIES, CaseSettingsSchema } from "./settings.js";
import { CaseVerdictSchema } from "./verdict.js";

/** The phases of a case, in order. A case is in the phase whose artifact it is waiting for. */
export const CASE_PHASES = ["measure", "analyze", "meditate", "act", "closed"] as const;

/** One phase of a case. */
export type CasePhase = (typeof CASE_PHASES)[number];

const by = z.string().min(1).max(200);
const at = z.iso.datetime();
const stamp = { by, at };

/** One accepted event in a case's history: who, when, and what (`open` is always the first). */
export const CaseHistoryEntrySchema = z.strictObject({
  /** Position in the history, from 0. */
  seq: z.int().min(0),
  /** When it was accepted (ISO 8601, UTC), from the clock passed in. */
  at,
  /** Who did it. */
  by,
  /** The event as accepted (after validation and defaults). */
  event: z.union([z.strictObject({ type: z.literal("open"), input: OpenCaseInputSchema }), CaseEventSchema]),
});

/** One entry of a case's history. */
export type CaseHistoryEntry = z.output<typeof CaseHistoryEntrySchema>;

/**
 * A MAMA case: plain, serialisable data. Store it as JSON; load it back with `parseCaseState`.
 * Change it only with `applyCaseEvent`, which returns a new state.
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
  /** When the last event was accepted. */
  updatedAt: at,
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
  /** Every accepted event, oldest first; replaying it rebuilds this state. */
  history: z.array(CaseHistoryEntrySchema).min(1),
});

/** A MAMA case. */
export type CaseState = z.output<typeof CaseStateSchema>;
