import * as z from "zod/mini";

/**
 * One term of a brand's list: a plain string, or an object asking for Spanish inflection
 * (plural and gender variants are generated) or case-sensitive matching.
 */
export const TermEntrySchema = z.union([
  z.string().check(z.minLength(1), z.maxLength(200)),
  z.strictObject({
    term: z.string().check(z.minLength(1), z.maxLength(200)),
    /** Also match Spanish plural and gender variants (`barato` → `baratos`, `barata`, `baratas`). */
    inflect: z._default(z.boolean(), false),
    /** Why the term is listed; shown in the violation message. */
    reason: z.optional(z.string().check(z.maxLength(500))),
  }),
]);

/** A term entry as written in a policy. */
export type TermEntry = z.output<typeof TermEntrySchema>;

/** A preferred wording and the words it replaces, for `voice/preferred-term`. */
export const PreferredTermSchema = z.strictObject({
  /** The wording the brand prefers. */
  use: z.string().check(z.minLength(1), z.maxLength(200)),
  /** The wordings to replace with `use`. */
  insteadOf: z.array(TermEntrySchema).check(z.minLength(1)),
});

/** A preferred-term entry as written in a policy. */
export type PreferredTerm = z.output<typeof PreferredTermSchema>;

/** A brand's own term lists. Lists from `extends` are merged with these (union), never replaced. */
export const TermsSchema = z.strictObject({
  /** Words the brand never uses (`voice/banned-term`). */
  banned: z._default(z.array(TermEntrySchema), []),
  /** Preferred wordings (`voice/preferred-term`). */
  preferred: z._default(z.array(PreferredTermSchema), []),
});

/** A brand's term lists after defaults. */
export type Terms = z.output<typeof TermsSchema>;
