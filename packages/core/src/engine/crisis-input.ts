import * as z from "zod";

/**
 * What evaluation needs to know of a brand's open crisis: a plain object the crisis runtime produces,
 * passed in the input so that evaluation stays pure.
 */
export const BrandCrisisStateSchema = z.strictObject({
  /** Whether a crisis is open for the brand. */
  active: z.boolean(),
  /** The crisis id. */
  crisisId: z.string().max(200).optional(),
  /** The protocol state the crisis is in, e.g. `containment`. */
  state: z.string().max(64).optional(),
  /** Severity level id, e.g. `sev1`. */
  severity: z.string().max(64).optional(),
  /** Keywords of the crisis topic; replies that mention them must be approved statements. */
  topics: z.array(z.string().min(1).max(200)).default([]),
  /** Whether scheduled and promotional publishing is paused. */
  publishingPaused: z.boolean().default(false),
  /** Roles that may speak on the topic freely in this state. */
  rolesAllowed: z.array(z.string().min(1).max(64)).default([]),
  /** Approved statements usable now, with `{slot}` placeholders. */
  approvedMessages: z
    .array(
      z.strictObject({
        id: z.string().min(1).max(200),
        /** Language of the text (`es`, `en`, or a tag such as `es-MX`); absent for any. */
        locale: z.string().max(16).optional(),
        text: z.string().min(1).max(5000),
      }),
    )
    .default([]),
});

/**
 * A brand's crisis state as evaluation sees it.
 *
 * @category Evaluation
 */
export type BrandCrisisState = z.output<typeof BrandCrisisStateSchema>;
