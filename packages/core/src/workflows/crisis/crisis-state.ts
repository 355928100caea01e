import * as z from "zod";
import { EpochMsSchema } from "../clock.js";

/** A deadline that is running: started when its state was entered, due at `dueAt` (epoch ms). */
export const PendingDeadlineSchema = z.strictObject({
  /** Unique within the crisis: `<state>.<deadline>#<seq of the event that entered the state>`. */
  key: z.string(),
  /** The state that declared it. */
  state: z.string(),
  /** The deadline id within that state. */
  deadline: z.string(),
  /** When it is due, epoch milliseconds. */
  dueAt: EpochMsSchema,
});

/** A running deadline. */
export type PendingDeadline = z.output<typeof PendingDeadlineSchema>;

/** A statement published during the crisis. */
export const PublishedStatementSchema = z.strictObject({
  /** Message id in the protocol's library. */
  messageId: z.string(),
  /** `holding` or `statement`. */
  kind: z.enum(["holding", "statement"]),
  /** Language it was published in. */
  lang: z.enum(["en", "es"]),
  /** The text as published, slots filled. */
  text: z.string(),
  /** When, epoch ms. */
  at: EpochMsSchema,
});

/** A lesson of the post-mortem and who owns its follow-up. */
export const LessonSchema = z.strictObject({
  /** What was learnt. */
  lesson: z.string().min(1).max(2000),
  /** Who follows it up. */
  owner: z.string().min(1).max(200),
});

/**
 * The state of one crisis record: plain, serialisable data, rebuilt identically by `replayCrisis` from the
 * event log. Times are epoch milliseconds.
 */
export const CrisisStateSchema = z.strictObject({
  /** The crisis id. */
  crisisId: z.string(),
  /** The brand it concerns. */
  brand: z.string(),
  /** Id of the protocol it follows. */
  protocolId: z.string(),
  /** Number of events applied (the log version). */
  version: z.int().min(0),
  /** Current protocol state id. */
  state: z.string(),
  /** When the current state was entered. */
  enteredAt: EpochMsSchema,
  /** When the record was opened. */
  openedAt: EpochMsSchema,
  /** Time of the last event. */
  updatedAt: EpochMsSchema,
  /** Severity id, once set. */
  severity: z.string().nullable(),
  /** Incident lead, once assigned. */
  lead: z.string().nullable(),
  /** Keywords of the crisis topic. */
  topics: z.array(z.string()),
  /** Whether scheduled and promotional publishing is paused. */
  publishingPaused: z.boolean(),
  /** Whether publishing was paused and then resumed in this crisis. */
  publishingResumed: z.boolean(),
  /** Whether the post-mortem document was opened. */
  postMortemOpen: z.boolean(),
  /** Roles that approved each message id. */
  approvals: z.record(z.string(), z.array(z.string())),
  /** Statements published, oldest first. */
  statements: z.array(PublishedStatementSchema),
  /** Lessons recorded in the post-mortem. */
  lessons: z.array(LessonSchema),
  /** Running deadlines, by due time. */
  pending: z.array(PendingDeadlineSchema),
});

/**
 * The state of one crisis record.
 *
 * @category Workflows
 */
export type CrisisState = z.output<typeof CrisisStateSchema>;
