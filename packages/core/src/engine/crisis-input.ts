import * as z from "zod/mini";

/**
 * What evaluation needs to know of a brand's open crisis: a plain object the crisis runtime produces,
 * passed in the input so that evaluation stays pure.
 */
export const BrandCrisisStateSchema = z.strictObject({
  /** Whether a crisis is open for the brand. */
  active: z.boolean(),
  /** The crisis id. */
  crisisId: z.optional(z.string().check(z.maxLength(200))),
  /** The protocol state the crisis is in, e.g. `containment`. */
  state: z.optional(z.string().check(z.maxLength(64))),
  /** Severity level id, e.g. `sev1`. */
  severity: z.optional(z.string().check(z.maxLength(64))),
  /** Keywords of the crisis topic; replies that mention them must be approved statements. */
  topics: z._default(z.array(z.string().check(z.minLength(1), z.maxLength(200))), []),
  /** Whether scheduled and promotional publishing is paused. */
  publishingPaused: z._default(z.boolean(), false),
  /** Roles that may speak on the topic freely in this state. */
  rolesAllowed: z._default(z.array(z.string().check(z.minLength(1), z.maxLength(64))), []),
  /** Approved statements usable now, with `{slot}` placeholders. */
  approvedMessages: z._default(
    z.array(
      z.strictObject({
        id: z.string().check(z.minLength(1), z.maxLength(200)),
        /** Language of the text (`es`, `en`, or a tag such as `es-MX`); absent for any. */
        locale: z.optional(z.string().check(z.maxLength(16))),
        text: z.string().check(z.minLength(1), z.maxLength(5000)),
      }),
    ),
    [],
  ),
});

/**
 * A brand's crisis state as evaluation sees it.
 *
 * @category Evaluation
 */
export type BrandCrisisState = z.output<typeof BrandCrisisStateSchema>;
