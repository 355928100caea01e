export { MAMA_PHASE_SKIPPED, mamaPhaseSkippedDescription } from "./phase-skipped.js";
export { MAMA_ROOT_CAUSE_MISSING, mamaRootCauseMissingDescription } from "./root-cause-missing.js";

/**
 * The built-in `mama/*` rules of the engine's catalogue: none. `mama/phase-skipped` and
 * `mama/root-cause-missing` are refusals of the case workflow (`applyCaseEvent`), which sees the
 * whole case; a single reply or post carries no case to check, so a text rule could only guess.
 */
export const mamaRules = [] as const;
