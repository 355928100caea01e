/**
 * The verb forms stored per verb in `verbs.data.ts`, in order. First letter: p present, v vos present,
 * s present subjunctive, i affirmative imperative, f future, c conditional, t preterite, m imperfect;
 * then the person: 1s yo, 1p nosotros, 2s tú, 3s usted (and él/ella), 2p vosotros, 3p ustedes (and ellos).
 * `ger` is the gerund and `part` the participle. The first 27 slots (second and third person) are the ones the
 * address check (`voice/formality`) reads; the clause analysis reads them all.
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
  "p1s",
  "p1p",
  "s1s",
  "s1p",
  "f1s",
  "f1p",
  "c1s",
  "c1p",
  "t1s",
  "t1p",
  "m1s",
  "m1p",
  "ger",
  "part",
] as const;

/** How many of `VERB_SLOTS` (the first ones) hold second- and third-person forms. */
export const ADDRESS_SLOT_COUNT = 27;

/** One stored verb form: tense or mood, and person. */
export type VerbSlot = (typeof VERB_SLOTS)[number];
