import * as z from "zod";
import { InputError } from "../../model/errors.js";
import { toIssues } from "../../model/validate.js";
import type { CrisisProtocol } from "./protocol-schema.js";
import { classifySeverity } from "./severity.js";

/** Settings of a {@link SpikeDetector}; every one has a default. */
export const SpikeDetectorOptionsSchema = z.strictObject({
  /** Width of a time bucket, minutes. */
  bucketMinutes: z.number().positive().max(1440).default(10),
  /** EWMA smoothing factor of the baseline (higher forgets faster). */
  alpha: z.number().gt(0).lt(1).default(0.2),
  /** z-score above the baseline that counts as a spike. */
  zThreshold: z.number().positive().default(3),
  /** Buckets seen before any alert (to learn the baseline). */
  warmupBuckets: z.int().min(1).default(6),
  /** Fewest comments in a bucket for an alert (a spike from 1 to 3 comments is noise). */
  minVolume: z.int().min(1).default(20),
  /** Fewest negative share for an alert on negativity alone, 0..1. */
  minNegativeShare: z.number().min(0).max(1).default(0.4),
  /** After an alert, no other alert for this many minutes. */
  cooldownMinutes: z.number().min(0).default(120),
  /** Negative comments quoted as evidence (ids). */
  evidenceSize: z.int().min(0).max(50).default(5),
});

/** Settings of a spike detector, as written. */
export type SpikeDetectorOptions = z.input<typeof SpikeDetectorOptionsSchema>;

/** A comment already classified (by the moderation classifiers or yours). */
export interface ClassifiedComment {
  /** When it was written, epoch ms. */
  readonly at: number;
  /** Whether its sentiment is negative. */
  readonly negative: boolean;
  /** Platform id, quoted in the evidence. */
  readonly id?: string;
  /** Followers of its author. */
  readonly reach?: number;
  /** Mentions a legal risk (data, lawsuit, regulator). */
  readonly legalRisk?: boolean;
  /** Mentions a safety risk. */
  readonly safetyRisk?: boolean;
  /** Comes from a media account or cites press coverage. */
  readonly mediaPickup?: boolean;
}

/** A proposed alert: the bucket that spiked, the baseline it was compared with, and a suggested severity. */
export interface SpikeAlert {
  /** Start of the bucket, epoch ms. */
  readonly bucketStart: number;
  /** End of the bucket (exclusive), epoch ms. */
  readonly bucketEnd: number;
  /** What spiked: `volume`, `negative-share`, or both. */
  readonly reasons: readonly ("volume" | "negative-share")[];
  /** Comments in the bucket. */
  readonly volume: number;
  /** Negative share in the bucket, 0..1. */
  readonly negativeShare: number;
  /** Baseline volume per bucket (EWMA). */
  readonly baselineVolume: number;
  /** Baseline negative share (EWMA). */
  readonly baselineNegativeShare: number;
  /** z-score of the volume. */
  readonly volumeZ: number;
  /** z-score of the negative share. */
  readonly negativeShareZ: number;
  /** Volume divided by the baseline. */
  readonly volumeRatio: number;
  /** Sum of the negative authors' followers. */
  readonly reach: number;
  /** Any comment flagged a legal risk. */
  readonly legalRisk: boolean;
  /** Any comment flagged a safety risk. */
  readonly safetyRisk: boolean;
  /** Any comment flagged media pick-up. */
  readonly mediaPickup: boolean;
  /** Worst severity of the protocol whose criteria are met (null without a protocol or when none is). */
  readonly suggestedSeverity: string | null;
  /** Ids of some negative comments of the bucket. */
  readonly evidence: readonly string[];
}

interface Bucket {
  start: number;
  volume: number;
  negative: number;
  reach: number;
  legalRisk: boolean;
  safetyRisk: boolean;
  mediaPickup: boolean;
  evidence: string[];
}

const MINUTE = 60_000;
const emptyBucket = (start: number): Bucket => ({
  start,
  volume: 0,
  negative: 0,
  reach: 0,
  legalRisk: false,
  safetyRisk: false,
  mediaPickup: false,
  evidence: [],
});

/**
 * Watches a stream of classified comments and proposes a crisis alert when a time bucket's volume or
 * negative share rises far above the rolling baseline (EWMA mean and variance, z-score), with a cooldown
 * so that one spike gives one alert. Deterministic: time comes from the comments (and `flush(now)`).
 * Comments older than the current bucket are counted in it.
 *
 * @example
 * ```ts
 * const detector = new SpikeDetector({ bucketMinutes: 10 }, standardProtocol);
 * for (const c of comments) for (const alert of detector.observe(c)) console.log(alert.suggestedSeverity, alert.reasons);
 * ```
 */
export class SpikeDetector {
  readonly #o: z.output<typeof SpikeDetectorOptionsSchema>;
  readonly #protocol: CrisisProtocol | undefined;
  readonly #width: number;
  #bucket: Bucket | undefined;
  #seen = 0;
  #volMean = 0;
  #volVar = 0;
  #shareMean = 0;
  #shareVar = 0;
  #lastAlert: number | undefined;

  /** @throws `InputError` when an option is invalid. */
  constructor(options: SpikeDetectorOptions = {}, protocol?: CrisisProtocol) {
    const parsed = SpikeDetectorOptionsSchema.safeParse(options);
    if (!parsed.success)
      throw new InputError(toIssues(parsed.error, "en", options), "Invalid spike detector options");
    this.#o = parsed.data;
    this.#protocol = protocol;
    this.#width = parsed.data.bucketMinutes * MINUTE;
  }

  /** Adds a comment; returns the alerts of the buckets it closed (usually none). */
  observe(comment: ClassifiedComment): SpikeAlert[] {
    const alerts = this.flush(comment.at);
    const b = this.#bucket ?? emptyBucket(Math.floor(comment.at / this.#width) * this.#width);
    this.#bucket = b;
    b.volume++;
    if (comment.negative) {
      b.negative++;
      b.reach += comment.reach ?? 0;
      if (comment.id !== undefined && b.evidence.length < this.#o.evidenceSize) b.evidence.push(comment.id);
    }
    b.legalRisk ||= comment.legalRisk === true;
    b.safetyRisk ||= comment.safetyRisk === true;
    b.mediaPickup ||= comment.mediaPickup === true;
    return alerts;
  }

  /** Closes every bucket that ended at or before `now`; returns their alerts. */
  flush(now: number): SpikeAlert[] {
    const alerts: SpikeAlert[] = [];
    const target = Math.floor(now / this.#width) * this.#width;
    // An empty stretch longer than this settles the EWMA anyway; skip the rest.
    for (let n = 0; this.#bucket !== undefined && this.#bucket.start < target && n < 1000; n++) {
      const alert = this.#close(this.#bucket);
      if (alert !== undefined) alerts.push(alert);
      this.#bucket = emptyBucket(this.#bucket.start + this.#width);
    }
    if (this.#bucket !== undefined && this.#bucket.start < target) this.#bucket = emptyBucket(target);
    return alerts;
  }

  #close(b: Bucket): SpikeAlert | undefined {
    const o = this.#o;
    const share = b.volume > 0 ? b.negative / b.volume : 0;
    let alert: SpikeAlert | undefined;
    if (this.#seen >= o.warmupBuckets) {
      const volZ = (b.volume - this.#volMean) / Math.max(Math.sqrt(this.#volVar), 1, 0.1 * this.#volMean);
      const shareZ = (share - this.#shareMean) / Math.max(Math.sqrt(this.#shareVar), 0.05);
      const reasons: ("volume" | "negative-share")[] = [];
      if (volZ >= o.zThreshold) reasons.push("volume");
      if (shareZ >= o.zThreshold && share >= o.minNegativeShare) reasons.push("negative-share");
      const cooling = this.#lastAlert !== undefined && b.start - this.#lastAlert < o.cooldownMinutes * MINUTE;
      if (reasons.length > 0 && b.volume >= o.minVolume && !cooling) {
        const volumeRatio = b.volume / Math.max(this.#volMean, 1);
        const signals = {
          reach: b.reach,
          negativeShare: share,
          volumeRatio,
          legalRisk: b.legalRisk,
          safetyRisk: b.safetyRisk,
          mediaPickup: b.mediaPickup,
        };
        alert = {
          bucketStart: b.start,
          bucketEnd: b.start + this.#width,
          reasons,
          volume: b.volume,
          baselineVolume: this.#volMean,
          baselineNegativeShare: this.#shareMean,
          volumeZ: volZ,
          negativeShareZ: shareZ,
          ...signals,
          suggestedSeverity: this.#protocol !== undefined ? classifySeverity(this.#protocol, signals) : null,
          evidence: [...b.evidence],
        };
        this.#lastAlert = b.start;
      }
    }
    const a = o.alpha;
    if (this.#seen === 0) {
      this.#volMean = b.volume;
      this.#shareMean = share;
    } else {
      const dv = b.volume - this.#volMean;
      this.#volMean += a * dv;
      this.#volVar = (1 - a) * (this.#volVar + a * dv * dv);
      if (b.volume > 0) {
        const ds = share - this.#shareMean;
        this.#shareMean += a * ds;
        this.#shareVar = (1 - a) * (this.#shareVar + a * ds * ds);
      }
    }
    this.#seen++;
    return alert;
  }
}
