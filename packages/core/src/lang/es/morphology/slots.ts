/**
 * The verb forms stored per verb in `verbs.data.ts`, in order. First letter: p present, v vos present,
 * s present subjunctive, i affirmative imperative, f future, c conditional, t preterite, m imperfect;
 * then the person: 2s tú, 3s usted (and él/ella), 2p vosotros, 3p ustedes (and ellos).
 */
export const VERB_SLOTS = [
  "p2s",
  "p3s",
  "p2p",
  "p3p",
  "pv",
  "s2s",
  "s3s",
  "s2p",
  "s3p",
  "i2s",
  "i2p",
  "f2s",
  "f3s",
  "f2p",
  "f3p",
  "c2s",
  "c3s",
  "c2p",
  "c3p",
  "t2s",
  "t3s",
  "t2p",
  "t3p",
  "m2s",
  "m3s",
  "m2p",
  "m3p",
] as const;

/** One stored verb form: tense or mood, and person. */
export type VerbSlot = (typeof VERB_SLOTS)[number];
