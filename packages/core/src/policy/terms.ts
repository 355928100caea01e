import * as z from "zod";

/**
 * One term of a brand's list: a plain string, or an object asking for Spanish inflection
 * (plural and gender variants are generated) or case-sensitive matching.
 */
export const TermEntrySchema = z.union([
  z.string().min(1).max(200),
  z.strictObject({
    term: z.string().min(1).max(200),
    /** Also match Spanish plural and gender variants (`barato` → `baratos`, `barata`, `baratas`). */
    inflect: z.boolean().default(false),
    /** Why the term is listed; shown in the violation message. */
    reason: z.string().max(500).optional(),
  }),
]);

/** A term entry as written in a policy. */
export type TermEntry = z.output<typeof TermEntrySchema>;

/** A preferred wording and the words it replaces, for `voice/preferred-term`. */
export const PreferredTermSchema = z.strictObject({
  /** The wording the brand prefers. */
  use: z.string().min(1).max(200),
  /** The wordings to replace with `use`. */
  insteadOf: z.array(TermEntrySchema).min(1),
});

/** A preferred-term entry as written in a policy. */
export type PreferredTerm = z.output<typeof PreferredTermSchema>;

/** A brand's own term lists. Lists from `extends` are merged with these (union), never replaced. */
export const TermsSchema = z.strictObject({
  /** Words the brand never uses (`voice/banned-term`). */
  banned: z.array(TermEntrySchema).default([]),
  /** Preferred wordings (`voice/preferred-term`). */
  preferred: z.array(PreferredTermSchema).default([]),
});

/** A brand's term lists after defaults. */
export type Terms = z.output<typeof TermsSchema>;
