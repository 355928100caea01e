import * as z from "zod";
import type { JsonValue } from "../../model/violation.js";

const JsonValueSchema = z.custom<JsonValue>((value) => z.json().safeParse(value).success, {
  message: "Expected a JSON value.",
});

const SpanSchema = z.strictObject({ start: z.int().min(0), end: z.int().min(0) }).readonly();

const ViolationSchema = z
  .strictObject({
    ruleId: z.string().min(1).max(200),
    norm: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]),
    severity: z.enum(["error", "warning", "info"]),
    messageId: z.string().max(200),
    message: z.string().max(5000),
    span: SpanSchema.optional(),
    excerpt: z.string().max(5000).optional(),
    suggestions: z
      .array(
        z
          .strictObject({
            description: z.string().max(2000),
            edits: z.array(SpanSchema.and(z.strictObject({ text: z.string() }).readonly())).readonly(),
          })
          .readonly(),
      )
      .readonly()
      .optional(),
    evidence: z.record(z.string(), JsonValueSchema).readonly().optional(),
    docsUrl: z.string().max(2000),
  })
  .readonly();

/**
 * A `Verdict` carried in a case command: the result of `evaluateReply` (or `evaluatePost`) on a draft.
 * Its counts must agree with its violations, so a verdict cannot claim `ok` while listing errors.
 */
export const CaseVerdictSchema = z
  .strictObject({
    ok: z.boolean(),
    violations: z.array(ViolationSchema).max(10_000).readonly(),
    errorCount: z.int().min(0),
    warningCount: z.int().min(0),
  })
  .readonly()
  .superRefine((verdict, ctx) => {
    const errors = verdict.violations.filter((v) => v.severity === "error").length;
    const warnings = verdict.violations.filter((v) => v.severity === "warning").length;
    if (verdict.errorCount !== errors || verdict.warningCount !== warnings || verdict.ok !== (errors === 0)) {
      ctx.addIssue({
        code: "custom",
        path: ["errorCount"],
        message: "The verdict's counts and `ok` do not match its violations.",
        params: {
          code: "inconsistent_verdict",
          es: "Los recuentos y `ok` del veredicto no cuadran con sus infracciones.",
        },
      });
    }
  });

/** A verdict as a case stores it. */
export type CaseVerdict = z.output<typeof CaseVerdictSchema>;
