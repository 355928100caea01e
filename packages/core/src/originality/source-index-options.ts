import * as z from "zod";

/**
 * Parameters of a `SourceIndex`. With k-grams of `kgramWords` words and a winnowing `window` of w k-grams,
 * every shared run of at least `kgramWords + window − 1` words (8 by default) is guaranteed to be found.
 */
export const SourceIndexOptionsSchema = z.strictObject({
  /** Words per hashed k-gram (k). */
  kgramWords: z.int().min(2).max(16).default(4),
  /** Winnowing window, in k-grams (w). */
  window: z.int().min(1).max(32).default(5),
  /** A fingerprint held by more source documents than this is ignored, as MOSS does. */
  maxDocFrequency: z.int().min(1).max(1_000_000).default(20),
  /** Most words inserted or removed between two shared runs that still chain into one fragment. */
  maxGap: z.int().min(0).max(16).default(3),
  /** Most candidate sources verified per draft (those sharing the most fingerprints first). */
  maxCandidates: z.int().min(1).max(10_000).default(50),
  /** How many recently verified sources keep their words in memory (0 turns the cache off). */
  sourceCache: z.int().min(0).max(100_000).default(64),
  /** Stop-phrases added to the built-in Spanish and English lists; removed before hashing. */
  stopPhrases: z.array(z.string().max(500)).max(10_000).default([]),
  /** Whether the built-in stop-phrases apply. */
  builtinStopPhrases: z.boolean().default(true),
});

/** What `new SourceIndex(options)` takes. */
export type SourceIndexOptions = z.input<typeof SourceIndexOptionsSchema>;
/** Validated index parameters. */
export type SourceIndexParameters = z.output<typeof SourceIndexOptionsSchema>;
