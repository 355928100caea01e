import * as z from "zod";

/** How exposed a case is: `high` when the author's reach or the volume of similar comments is high. */
export const CASE_SEVERITIES = ["low", "high"] as const;

/** One case severity. */
export type CaseSeverity = (typeof CASE_SEVERITIES)[number];

const minutes = z
  .number()
  .min(0)
  .max(7 * 24 * 60);

/**
 * The thresholds a case is held to. They are fixed when the case is opened and stored in it,
 * so that replaying its history always applies the same rules.
 */
export const CaseSettingsSchema = z.strictObject({
  /** Followers from which the author's reach is high (severity `high`). */
  highReachFollowers: z.int().min(0).default(10_000),
  /** Similar comments in the measured window from which the volume alone makes the case `high`. */
  highVolume: z.int().min(1).default(50),
  /** Followers from which a reviewer other than the drafter must approve the draft. */
  reviewFromFollowers: z.int().min(0).default(10_000),
  /** Minimum number of why/because steps in the analysis. */
  minWhys: z.int().min(1).max(20).default(3),
  /** Minimum number of steps for a complaint (negative sentiment or category `complaint`) of severity `high`. */
  minWhysHighReachComplaint: z.int().min(1).max(20).default(5),
  /** Minutes that must pass between the end of the analysis and publishing, by severity. */
  coolDownMinutes: z
    .strictObject({
      low: minutes.default(0),
      high: minutes.default(10),
    })
    .default({ low: 0, high: 10 }),
});

/** Settings of a case, with defaults applied. */
export type CaseSettings = z.output<typeof CaseSettingsSchema>;

/** Settings as `openCase` accepts them: every field is optional. */
export type CaseSettingsInput = z.input<typeof CaseSettingsSchema>;
