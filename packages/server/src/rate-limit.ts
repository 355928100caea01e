// A token bucket per API key, in memory (one process). A request takes a token; tokens come back at a steady
// rate up to the bucket's size, so short bursts pass and a sustained flood is refused.

/** How many requests a key may make: `requests` per `perSeconds`, with bursts up to `requests`. */
export interface RateLimit {
  /** Requests allowed per window (also the largest burst). */
  readonly requests: number;
  /** The window, in seconds. */
  readonly perSeconds: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/** Per-key token buckets. @internal */
export class RateLimiter {
  readonly #limit: RateLimit;
  readonly #buckets = new Map<string, Bucket>();
  readonly #perMs: number;

  constructor(limit: RateLimit) {
    this.#limit = limit;
    this.#perMs = limit.requests / (limit.perSeconds * 1000);
  }

  /** Takes a token for `key` at `now` (ms); returns 0 when allowed, else the seconds to wait. */
  take(key: string, now: number): number {
    let bucket = this.#buckets.get(key);
    if (bucket === undefined) {
      bucket = { tokens: this.#limit.requests, at: now };
      this.#buckets.set(key, bucket);
    } else {
      bucket.tokens = Math.min(this.#limit.requests, bucket.tokens + (now - bucket.at) * this.#perMs);
      bucket.at = now;
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.#perMs / 1000));
  }
}
