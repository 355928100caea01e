import * as z from "zod";
import { GROUNDS } from "../../model/grounds.js";

const count = z.int().min(0).max(1_000_000_000);
const prose = z.string().max(2000);

/** Sentiment labels a measurement records (as a sentiment classifier reports them). */
export const SENTIMENT_LABELS = ["negative", "neutral", "positive", "mixed"] as const;

/**
 * What the measure phase records: plain data an app fills from its classifiers (sentiment, moderation
 * grounds) and from its own records (the author's reach and history, the volume of similar comments).
 */
export const MeasurementSchema = z.strictObject({
  /** The comment's sentiment: a label and a score from -1 (very negative) to 1 (very positive). */
  sentiment: z.strictObject({
    label: z.enum(SENTIMENT_LABELS),
    score: z.number().min(-1).max(1),
  }),
  /** Moderation grounds the comment shows (empty for a legitimate opinion, however negative). */
  grounds: z
    .array(z.enum(GROUNDS))
    .max(GROUNDS.length)
    .default([])
    .refine((list) => new Set(list).size === list.length, {
      message: "Each ground may appear once.",
      params: { code: "duplicate_ground", es: "Cada motivo puede aparecer una sola vez." },
    }),
  /** The author's reach. */
  reach: z.strictObject({
    /** Followers of the author's account. */
    followers: count,
  }),
  /** The author's history with the brand, as counts the app keeps. */
  history: z
    .strictObject({
      /** Earlier comments by the author on the brand's pages. */
      comments: count.default(0),
      /** Earlier complaints among them. */
      complaints: count.default(0),
      /** Earlier comments of theirs that were hidden or removed. */
      removed: count.default(0),
    })
    .default({ comments: 0, complaints: 0, removed: 0 }),
  /** Comments similar to this one in a recent time window (the app decides what "similar" means). */
  similar: z
    .strictObject({
      count,
      windowMinutes: z
        .int()
        .min(1)
        .max(60 * 24 * 30),
    })
    .default({ count: 0, windowMinutes: 60 }),
});

/** A measurement as recorded, with defaults applied. */
export type Measurement = z.output<typeof MeasurementSchema>;

/** A measurement as an app gives it. */
export type MeasurementInput = z.input<typeof MeasurementSchema>;

/** One step of a 5 whys chain: a question and its answer. */
export const WhyStepSchema = z.strictObject({
  /** Why did this happen? */
  why: prose,
  /** Because… */
  because: prose,
});

/** One why/because step. */
export type WhyStep = z.output<typeof WhyStepSchema>;

/**
 * What the analyze phase records: a category, the 5 whys chain in order (first the problem, last the
 * deepest answer), and the root cause with the person or team that owns fixing it.
 */
export const AnalysisSchema = z.strictObject({
  /** A category for the weekly review, e.g. `complaint`, `question`, `praise`, `profile-update`. */
  category: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[a-z0-9][a-z0-9._-]*$/, "Use lowercase letters, digits, '.', '_' or '-' (e.g. 'complaint')."),
  /** The why/because steps, in order. */
  whys: z.array(WhyStepSchema).max(20),
  /** The root cause the chain ends in, and who owns it. */
  rootCause: z
    .strictObject({
      /** The cause, stated so that fixing it prevents the problem. */
      statement: prose,
      /** The person or team that owns fixing it, e.g. `logistics`. */
      owner: z.string().max(200),
    })
    .optional(),
});

/** An analysis as recorded. */
export type Analysis = z.output<typeof AnalysisSchema>;

/** An analysis as an app gives it. */
export type AnalysisInput = z.input<typeof AnalysisSchema>;
