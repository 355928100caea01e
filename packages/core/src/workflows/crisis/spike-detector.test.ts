import { describe, expect, it } from "vitest";
import { InputError } from "../../model/errors.js";
import { type ClassifiedComment, type SpikeAlert, SpikeDetector } from "./spike-detector.js";
import { standardProtocol } from "./standard-protocol.js";
import { T0 } from "./testing.js";

const BUCKET = 10 * 60_000;

/** A deterministic stream: `count` comments spread over bucket `b`, the first `negative` of them negative. */
function bucket(
  b: number,
  count: number,
  negative: number,
  extra: Partial<ClassifiedComment> = {},
): ClassifiedComment[] {
  return Array.from({ length: count }, (_, i) => ({
    at: T0 + b * BUCKET + Math.floor((i * BUCKET) / (count + 1)),
    negative: i < negative,
    id: `c${b}-${i}`,
    reach: 1000,
    ...extra,
  }));
}

// A quiet baseline with some wobble: 8 to 13 comments a bucket, 1 or 2 negative.
const quiet = (from: number, to: number) =>
  Array.from({ length: to - from }, (_, k) => bucket(from + k, 8 + ((k * 7) % 6), 1 + (k % 2))).flat();

function run(detector: SpikeDetector, comments: ClassifiedComment[], end: number): SpikeAlert[] {
  const alerts = comments.flatMap((c) => detector.observe(c));
  return alerts.concat(detector.flush(end));
}

describe("SpikeDetector", () => {
  it("stays silent on a quiet stream with ordinary wobble (no false alarm)", () => {
    const d = new SpikeDetector({}, standardProtocol);
    expect(run(d, quiet(0, 60), T0 + 61 * BUCKET)).toEqual([]);
  });

  it("proposes one alert for a volume and negativity spike, with evidence and a suggested severity", () => {
    const d = new SpikeDetector({}, standardProtocol);
    const stream = [
      ...quiet(0, 12),
      ...bucket(12, 120, 90, { legalRisk: true }),
      ...bucket(13, 110, 80),
      ...quiet(14, 20),
    ];
    const alerts = run(d, stream, T0 + 21 * BUCKET);
    expect(alerts).toHaveLength(1);
    const a = alerts[0] as SpikeAlert;
    expect(a.bucketStart).toBe(T0 + 12 * BUCKET);
    expect(a.reasons).toEqual(["volume", "negative-share"]);
    expect(a.volume).toBe(120);
    expect(a.negativeShare).toBeCloseTo(0.75);
    expect(a.volumeZ).toBeGreaterThan(3);
    expect(a.volumeRatio).toBeGreaterThan(5);
    expect(a.legalRisk).toBe(true);
    expect(a.suggestedSeverity).toBe("sev1");
    expect(a.evidence).toEqual(["c12-0", "c12-1", "c12-2", "c12-3", "c12-4"]);
  });

  it("alerts again for a second spike after the cooldown", () => {
    const d = new SpikeDetector({ cooldownMinutes: 60 }, standardProtocol);
    const stream = [
      ...quiet(0, 12),
      ...bucket(12, 120, 90),
      ...quiet(13, 30),
      ...bucket(30, 150, 100),
      ...quiet(31, 33),
    ];
    const alerts = run(d, stream, T0 + 34 * BUCKET);
    expect(alerts.map((a) => (a.bucketStart - T0) / BUCKET)).toEqual([12, 30]);
  });

  it("spots a rise in negativity at the usual volume, suggesting a severity by negative share", () => {
    const d = new SpikeDetector({}, standardProtocol);
    const stream = [...quiet(0, 12), ...bucket(12, 25, 20), ...quiet(13, 15)];
    const alerts = run(d, stream, T0 + 16 * BUCKET);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]?.reasons).toContain("negative-share");
    expect(alerts[0]?.suggestedSeverity).toBe("sev2");
  });

  it("does not alert while learning the baseline, nor on a spike of few comments", () => {
    const early = new SpikeDetector({ warmupBuckets: 6 });
    expect(run(early, [...quiet(0, 3), ...bucket(3, 200, 150)], T0 + 5 * BUCKET)).toEqual([]);
    const small = new SpikeDetector({ minVolume: 20 });
    const lowVolume = [
      ...bucket(0, 1, 0),
      ...bucket(1, 2, 0),
      ...bucket(2, 1, 0),
      ...bucket(3, 1, 0),
      ...bucket(4, 2, 0),
    ];
    expect(
      run(
        small,
        [...lowVolume, ...bucket(5, 1, 0), ...bucket(6, 2, 0), ...bucket(7, 15, 15)],
        T0 + 9 * BUCKET,
      ),
    ).toEqual([]);
  });

  it("suggests no severity without a protocol", () => {
    const d = new SpikeDetector();
    const alerts = run(d, [...quiet(0, 12), ...bucket(12, 120, 90)], T0 + 14 * BUCKET);
    expect(alerts[0]?.suggestedSeverity).toBeNull();
  });

  it("gets through a long silence and still alerts on the next spike", () => {
    const d = new SpikeDetector({ cooldownMinutes: 0 }, standardProtocol);
    const stream = [...quiet(0, 12), ...quiet(5000, 5012), ...bucket(5012, 150, 120)];
    const alerts = run(d, stream, T0 + 5014 * BUCKET);
    expect(alerts.map((a) => (a.bucketStart - T0) / BUCKET).at(-1)).toBe(5012);
  });

  it("rejects invalid options with a typed error", () => {
    expect(() => new SpikeDetector({ alpha: 2 })).toThrow(InputError);
  });
});
