import * as z from "zod";
import { CommentSchema } from "../../engine/input.js";
import { AnalysisSchema, MeasurementSchema } from "./artifacts.js";
import { CaseSettingsSchema } from "./settings.js";
import { CaseVerdictSchema } from "./verdict.js";

/** Id of the person behind a command (an agent, a reviewer). */
const by = z.string().min(1).max(200);

const draftText = z.string().min(1).max(100_000);

/** What a case is about: a community comment, or a planned update of the brand's profiles. */
export const CaseSubjectSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("comment"),
    /** The comment that opened the case. */
    comment: CommentSchema,
  }),
  z.strictObject({
    kind: z.literal("profile-update"),
    /** What is to change on the brand's profiles, e.g. "new bio and header for the summer sale". */
    description: z.string().min(1).max(5000),
  }),
]);

/** What a case is about. */
export type CaseSubject = z.output<typeof CaseSubjectSchema>;

/** What `openCase` takes. */
export const OpenCaseInputSchema = z.strictObject({
  /** The case id (the app makes ids; normas never invents one). */
  id: z.string().min(1).max(200),
  /** Id of the brand the case concerns. */
  brand: z.string().min(1).max(64),
  /** Who opens the case. */
  by,
  /** The comment or the planned profile update. */
  subject: CaseSubjectSchema,
  /** Thresholds for this case; defaults apply to anything left out. */
  settings: CaseSettingsSchema.default(CaseSettingsSchema.parse({})),
});

/**
 * What `openCase` takes.
 *
 * @category Workflows
 */
export type OpenCaseInput = z.input<typeof OpenCaseInputSchema>;

/**
 * A command that moves a case along (what an agent asks for; the recorded fact is a `CaseEvent`). Each phase
 * has its commands:
 * - `measure`: records the measurement (measure → analyze);
 * - `analyze`: records the category, the 5 whys and the root cause (analyze → meditate);
 * - `draft`: records a draft reply with its verdict; `approve`: a reviewer approves it (meditate → act);
 * - `publish`: records the published text (act → closed).
 */
export const CaseCommandSchema = z.discriminatedUnion("type", [
  z.strictObject({
    type: z.literal("measure"),
    /** Who measured. */
    by,
    /** The measurement. */
    measurement: MeasurementSchema,
  }),
  z.strictObject({
    type: z.literal("analyze"),
    /** Who analysed. */
    by,
    /** The analysis. */
    analysis: AnalysisSchema,
  }),
  z.strictObject({
    type: z.literal("draft"),
    /** Who wrote the draft. */
    by,
    /** The draft reply (or profile text). */
    text: draftText,
    /** `evaluateReply`'s verdict on exactly this text; it must have no errors. */
    verdict: CaseVerdictSchema,
  }),
  z.strictObject({
    type: z.literal("approve"),
    /** The reviewer: never the person who wrote the draft. */
    by,
    /** An optional note from the reviewer. */
    note: z.string().max(2000).optional(),
  }),
  z.strictObject({
    type: z.literal("publish"),
    /** Who published. */
    by,
    /** The text as published. */
    text: draftText,
    /** A fresh verdict, required when the published text differs from the meditated draft. */
    verdict: CaseVerdictSchema.optional(),
    /** Platform id of the published reply, when known. */
    postId: z.string().max(200).optional(),
  }),
]);

/** A validated case command. */
export type CaseCommand = z.output<typeof CaseCommandSchema>;

/**
 * A case command as an app gives it (an engine `Verdict` fits the `verdict` fields).
 *
 * @category Workflows
 */
export type CaseCommandInput = z.input<typeof CaseCommandSchema>;

/** The type of a case command, e.g. `analyze`. */
export type CaseCommandType = CaseCommand["type"];

/** Every command type, in the order a case uses them. */
export const CASE_COMMAND_TYPES = [
  "measure",
  "analyze",
  "draft",
  "approve",
  "publish",
] as const satisfies readonly CaseCommandType[];

/**
 * What the caller must do after an accepted case command:
 * - `request-review`: a clean draft waits for a reviewer other than its author (`drafter`): ask one;
 * - `cool-down`: the analysis is recorded; publishing is possible from `until` (epoch ms).
 */
export type CaseEffect =
  | { readonly kind: "request-review"; readonly drafter: string }
  | { readonly kind: "cool-down"; readonly until: number };
