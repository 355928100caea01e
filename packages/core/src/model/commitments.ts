/** Categories of commitment a role may or may not make on a brand's behalf (`authority/*` rules). */
export const COMMITMENT_CATEGORIES = [
  "refund",
  "compensation",
  "discount",
  "delivery-date",
  "legal-statement",
  "official-statement",
] as const;

/**
 * One commitment category, e.g. `refund` or `official-statement`.
 *
 * @category Verdicts and errors
 */
export type CommitmentCategory = (typeof COMMITMENT_CATEGORIES)[number];
