import type { CrisisProtocol } from "./protocol-schema.js";

/** Measured signals of a possible crisis, compared with the protocol's severity criteria. */
export interface CrisisSignals {
  /** People reached. */
  readonly reach?: number;
  /** Share of negative comments, 0..1. */
  readonly negativeShare?: number;
  /** Volume divided by the baseline volume. */
  readonly volumeRatio?: number;
  /** Legal risk spotted. */
  readonly legalRisk?: boolean;
  /** Safety risk spotted. */
  readonly safetyRisk?: boolean;
  /** Picked up by the media. */
  readonly mediaPickup?: boolean;
}

/**
 * The worst severity level whose criteria the signals meet (any criterion of a level is enough), or
 * `null` when none is met.
 *
 * @example
 * ```ts
 * classifySeverity(standardProtocol, { legalRisk: true }); // "sev1"
 * ```
 */
export function classifySeverity(protocol: CrisisProtocol, signals: CrisisSignals): string | null {
  let best: string | null = null;
  let bestRank = -1;
  for (const [id, level] of Object.entries(protocol.severities)) {
    const c = level.criteria;
    const met =
      (c.minReach !== undefined && (signals.reach ?? 0) >= c.minReach) ||
      (c.minNegativeShare !== undefined && (signals.negativeShare ?? 0) >= c.minNegativeShare) ||
      (c.minVolumeRatio !== undefined && (signals.volumeRatio ?? 0) >= c.minVolumeRatio) ||
      (c.legalRisk === true && signals.legalRisk === true) ||
      (c.safetyRisk === true && signals.safetyRisk === true) ||
      (c.mediaPickup === true && signals.mediaPickup === true);
    if (met && level.rank > bestRank) {
      best = id;
      bestRank = level.rank;
    }
  }
  return best;
}
