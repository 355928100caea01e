/**
 * Rule id of the MAMA refusal given when an action is attempted before a required phase is complete
 * (publishing before the analysis, a draft whose verdict has errors, acting during the cool-down…).
 * It is a refusal of the case workflow (`applyCaseEvent`), not a text check of the engine.
 */
export const MAMA_PHASE_SKIPPED = "mama/phase-skipped" as const;

/** One-sentence description of {@link MAMA_PHASE_SKIPPED}, in both languages. */
export const mamaPhaseSkippedDescription = {
  en: "A case may not act before it has measured, analysed to a root cause and meditated (clean draft, cool-down, review).",
  es: "Un caso no puede actuar sin haber medido, analizado hasta la causa raíz y meditado (borrador limpio, enfriamiento, revisión).",
} as const;
