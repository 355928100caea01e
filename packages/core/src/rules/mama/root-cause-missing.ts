/**
 * Rule id of the MAMA refusal given when an analysis is closed without a valid root cause: a 5 whys chain
 * that is too short, has empty or circular steps, or lacks a root cause with an owner.
 * It is a refusal of the case workflow (`applyCaseEvent`), not a text check of the engine.
 */
export const MAMA_ROOT_CAUSE_MISSING = "mama/root-cause-missing" as const;

/** One-sentence description of {@link MAMA_ROOT_CAUSE_MISSING}, in both languages. */
export const mamaRootCauseMissingDescription = {
  en: "An analysis ends in a root cause with an owner, reached through enough non-empty, non-circular whys.",
  es: "Un análisis termina en una causa raíz con responsable, a la que se llega con suficientes porqués no vacíos ni circulares.",
} as const;
