import type * as z from "zod";
import type {
  QuoteEvidence,
  SourceLookup,
  SourceLookupOptions,
  SourceMatch,
} from "../engine/source-lookup.js";
import { InputError } from "../model/errors.js";
import { toIssues } from "../model/validate.js";
import { draftKgramMap, kgramKey } from "./align.js";
import { findQuotations } from "./attribution.js";
import { type FingerprintStore, InMemoryFingerprintStore, MAX_DOCUMENT_SLOTS } from "./fingerprint-store.js";
import { HashList, hashKgrams, winnow } from "./fingerprints.js";
import {
  InMemorySourceDocumentStore,
  type SourceDocument,
  type SourceDocumentInput,
  SourceDocumentSchema,
  type SourceDocumentStore,
} from "./source-document.js";
import {
  type SourceIndexOptions,
  SourceIndexOptionsSchema,
  type SourceIndexParameters,
} from "./source-index-options.js";
import { type DraftContext, matchSource } from "./source-match.js";
import { BUILTIN_STOP_PHRASES, StopPhraseSet } from "./stop-phrase-set.js";
import { scanWords, WordList } from "./words.js";

export {
  type SourceIndexOptions,
  SourceIndexOptionsSchema,
  type SourceIndexParameters,
} from "./source-index-options.js";

/** Longest draft `match` accepts, in UTF-16 code units. */
export const MAX_DRAFT_LENGTH = 100_000;

/** Storage behind a {@link SourceIndex}; both default to memory. */
export interface SourceIndexStores {
  /** Where fingerprint postings live. */
  readonly fingerprints?: FingerprintStore;
  /** Where source texts live (needed to verify candidates and report spans). */
  readonly documents?: SourceDocumentStore;
}

/** Figures about an index. */
export interface SourceIndexStats {
  /** Source documents held. */
  readonly documents: number;
  /** Fingerprint postings held. */
  readonly postings: number;
  /** Bytes held by the fingerprint store (typed arrays, by capacity). */
  readonly fingerprintBytes: number;
  /** Length of the shortest shared run that is always found, in words. */
  readonly guaranteedWords: number;
}

function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, intro: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new InputError(toIssues(parsed.error, "en", value), intro);
  return parsed.data;
}

/**
 * An index of source texts that finds the fragments of a draft copied from them, by winnowing hashed word
 * k-grams (Schleimer, Wilkerson & Aiken 2003, as in MOSS). Robust to case, accents, punctuation, whitespace,
 * invisible characters and homoglyphs; spans are UTF-16 offsets of the draft and of the source.
 *
 * @example
 * ```ts
 * import { SourceIndex } from "@normas/core";
 *
 * const index = new SourceIndex();
 * index.add({ id: "blog-1", author: "Ana Pérez", text: "La atención al cliente empieza mucho antes de que el cliente escriba." });
 * index.add({ id: "post-9", author: "Sam Lee", text: "Great service starts long before the customer ever writes to you." });
 * index.match("La atencion al cliente empieza MUCHO antes de que el cliente escriba, ¿verdad?");
 * // → [{ sourceId: "blog-1", fragments: [{ draft: { start: 0, end: 68 }, words: 12, attribution: { attributed: false, … } }], … }]
 * index.match("As Sam Lee wrote: “great service starts long before the customer ever writes to you”.")[0]
 *   ?.fragments[0]?.attribution.attributed; // true
 * ```
 */
export class SourceIndex implements SourceLookup {
  /** Validated parameters. */
  readonly parameters: SourceIndexParameters;
  private readonly fingerprints: FingerprintStore;
  private readonly documents: SourceDocumentStore;
  private readonly stop: StopPhraseSet;
  private readonly slots = new Map<string, number>();
  private ids: (string | undefined)[] = [];
  private readonly extraStops = new WeakMap<readonly string[], StopPhraseSet>();
  // scratch buffers reused by every call (the index is used from one thread)
  private readonly words = new WordList(1024);
  private readonly draftWords = new WordList(1024);
  private readonly draftKgrams = new HashList(1024);
  private readonly kgrams = new HashList(1024);
  private readonly selected = new HashList(512);
  private readonly sourceWords = new WordList(1024);
  private readonly sourceKgrams = new HashList(1024);
  // words and k-grams of recently verified sources: linting a draft on every keystroke meets the same ones
  private readonly preparedCache = new Map<number, { words: WordList; kgrams: HashList }>();
  private readonly stopScratch = { covered: new Uint8Array(1024) };
  private seen = new Uint32Array(2048);
  private seenStamp = new Uint32Array(1024);
  private stamp = 0;

  constructor(options: SourceIndexOptions = {}, stores: SourceIndexStores = {}) {
    this.parameters = parseOrThrow(SourceIndexOptionsSchema, options, "Invalid source index options");
    this.fingerprints =
      stores.fingerprints ??
      new InMemoryFingerprintStore({ maxDocFrequency: this.parameters.maxDocFrequency });
    this.documents = stores.documents ?? new InMemorySourceDocumentStore();
    const phrases = this.parameters.builtinStopPhrases ? [...BUILTIN_STOP_PHRASES] : [];
    this.stop = new StopPhraseSet([...phrases, ...this.parameters.stopPhrases]);
  }

  /** Length (words) of the shortest shared run that is always found: `kgramWords + window − 1`. */
  get guaranteedWords(): number {
    return this.parameters.kgramWords + this.parameters.window - 1;
  }

  /** Number of source documents held. */
  get size(): number {
    return this.slots.size;
  }

  /** Whether a source with this id is held. */
  has(id: string): boolean {
    return this.slots.has(id);
  }

  /** The source with this id, if held. */
  get(id: string): SourceDocument | undefined {
    return this.slots.has(id) ? this.documents.get(id) : undefined;
  }

  /** Adds a source. Throws `InputError` when it does not validate or its id is already held (use `replace`). */
  add(document: SourceDocumentInput): void {
    const doc = parseOrThrow(SourceDocumentSchema, document, "Invalid source document");
    if (this.slots.has(doc.id)) {
      throw new InputError(
        [
          {
            code: "duplicate_id",
            path: ["id"],
            pathText: "id",
            message: `A source with id "${doc.id}" is already indexed; use replace().`,
          },
        ],
        "Invalid source document",
      );
    }
    this.insert(doc);
  }

  /** Adds a source, or replaces the one with the same id. */
  replace(document: SourceDocumentInput): void {
    const doc = parseOrThrow(SourceDocumentSchema, document, "Invalid source document");
    this.remove(doc.id);
    this.insert(doc);
  }

  /** Removes a source; returns false when no source had this id. */
  remove(id: string): boolean {
    const slot = this.slots.get(id);
    if (slot === undefined) return false;
    this.slots.delete(id);
    this.ids[slot] = undefined;
    this.fingerprints.remove(slot);
    this.preparedCache.delete(slot);
    this.documents.delete(id);
    return true;
  }

  /** Figures about the index. */
  stats(): SourceIndexStats {
    return {
      documents: this.slots.size,
      postings: this.fingerprints.postings,
      fingerprintBytes: this.fingerprints.byteLength,
      guaranteedWords: this.guaranteedWords,
    };
  }

  /** The fingerprint store (for snapshots and adapters). */
  get fingerprintStore(): FingerprintStore {
    return this.fingerprints;
  }

  /**
   * Document slot → id (undefined for removed slots), for snapshots.
   * @internal
   */
  slotIds(): readonly (string | undefined)[] {
    return this.ids;
  }

  /**
   * Restores slots and documents without re-hashing (used by snapshot import).
   * @internal
   */
  restoreSlot(slot: number, doc: SourceDocument): void {
    this.slots.set(doc.id, slot);
    this.ids[slot] = doc.id;
    this.documents.set(doc);
  }

  /**
   * Makes the next added document take slot `slots` or later (used by snapshot import).
   * @internal
   */
  reserveSlots(slots: number): void {
    while (this.ids.length < slots) this.ids.push(undefined);
  }

  private insert(doc: SourceDocument): void {
    const slot = this.ids.length;
    if (slot >= MAX_DOCUMENT_SLOTS) {
      throw new InputError(
        [
          {
            code: "index_full",
            path: [],
            pathText: "(root)",
            message: "The index has used every document slot; export and import a snapshot to compact it.",
          },
        ],
        "Source index full",
      );
    }
    this.ids.push(doc.id);
    this.slots.set(doc.id, slot);
    this.documents.set(doc);
    const n = this.fingerprintsOf(doc.text);
    this.fingerprints.add(slot, this.selected.a, this.selected.b, n);
  }

  /**
   * The winnowed fingerprints of a text with this index's parameters (each once, 16 hexadecimal digits): what
   * a `SourceStore` keeps of a document and what `StoredSourceIndex` looks up for a draft.
   */
  fingerprintKeys(text: string): string[] {
    const n = this.fingerprintsOf(text);
    const keys = new Array<string>(n);
    for (let i = 0; i < n; i++)
      keys[i] =
        ((this.selected.a[i] ?? 0) >>> 0).toString(16).padStart(8, "0") +
        ((this.selected.b[i] ?? 0) >>> 0).toString(16).padStart(8, "0");
    return keys;
  }

  // Winnowed, de-duplicated fingerprints of `text` into `this.selected`; returns how many.
  private fingerprintsOf(text: string): number {
    const { kgramWords, window } = this.parameters;
    const words = this.prepare(text, this.words);
    winnow(hashKgrams(words, kgramWords, this.kgrams), window, this.selected);
    return this.dedupe(this.selected);
  }

  private prepare(text: string, into: WordList): WordList {
    scanWords(text, into);
    if (this.stop.size > 0) this.stop.remove(into, this.stopScratch);
    return into;
  }

  // Removes repeated fingerprints in place (open addressing keyed by lane A, stamped per call).
  private dedupe(list: HashList): number {
    const n = list.count;
    if (n <= 1) return n;
    let size = this.seenStamp.length;
    if (size < n * 2) {
      while (size < n * 2) size *= 2;
      this.seen = new Uint32Array(size * 2);
      this.seenStamp = new Uint32Array(size);
      this.stamp = 0;
    }
    this.stamp = (this.stamp + 1) >>> 0;
    if (this.stamp === 0) {
      this.seenStamp.fill(0);
      this.stamp = 1;
    }
    const mask = size - 1;
    let out = 0;
    for (let i = 0; i < n; i++) {
      const a = list.a[i] ?? 0;
      const b = list.b[i] ?? 0;
      let h = a & mask;
      let dup = false;
      while (this.seenStamp[h] === this.stamp) {
        if (this.seen[2 * h] === a && this.seen[2 * h + 1] === b) {
          dup = true;
          break;
        }
        h = (h + 1) & mask;
      }
      if (dup) continue;
      this.seenStamp[h] = this.stamp;
      this.seen[2 * h] = a;
      this.seen[2 * h + 1] = b;
      list.a[out] = a;
      list.b[out] = b;
      list.pos[out] = list.pos[i] ?? 0;
      out++;
    }
    list.count = out;
    return out;
  }

  /**
   * Every fragment of `draft` copied from a held source: at least `minWords` matching words (default
   * {@link SourceIndex.guaranteedWords}), runs separated by up to `maxGap` inserted words chained, overlapping
   * fragments merged, each with its attribution. Throws `InputError` for a draft that is not a string or is
   * longer than 100,000 characters.
   */
  match(draft: string, options: SourceLookupOptions = {}): SourceMatch[] {
    if (typeof draft !== "string" || draft.length > MAX_DRAFT_LENGTH) {
      throw new InputError(
        [
          {
            code: typeof draft !== "string" ? "invalid_type" : "too_big",
            path: [],
            pathText: "(root)",
            message: `The draft must be a string of at most ${MAX_DRAFT_LENGTH} characters.`,
          },
        ],
        "Invalid draft",
      );
    }
    const badMinWords =
      options.minWords !== undefined &&
      (!Number.isInteger(options.minWords) || options.minWords < 2 || options.minWords > 10_000);
    if (badMinWords || (options.stopPhrases !== undefined && !Array.isArray(options.stopPhrases))) {
      const key = badMinWords ? "minWords" : "stopPhrases";
      throw new InputError(
        [
          {
            code: "invalid_option",
            path: [key],
            pathText: key,
            message: badMinWords
              ? "minWords must be an integer from 2 to 10000."
              : "stopPhrases must be an array of strings.",
          },
        ],
        "Invalid match options",
      );
    }
    const { kgramWords: k, maxDocFrequency, maxCandidates, maxGap } = this.parameters;
    const minWords = Math.max(k, options.minWords ?? this.guaranteedWords);
    const dw = this.prepare(draft, this.draftWords);
    const dk = hashKgrams(dw, k, this.draftKgrams);
    if (dk.count === 0) return [];
    const draftMap = draftKgramMap(dk);
    const hits = new Map<number, number>();
    const found: number[] = [];
    // k-grams too common to be evidence (capped or over the document-frequency limit)
    const common = new Uint8Array(dk.count);
    for (let i = 0; i < dk.count; i++) {
      const a = dk.a[i] ?? 0;
      const b = dk.b[i] ?? 0;
      const first = draftMap.get(kgramKey(a, b));
      if (typeof first !== "number" && first !== undefined && first[0] !== i) {
        common[i] = common[first[0] ?? i] ?? 0;
        continue;
      }
      found.length = 0;
      const count = this.fingerprints.lookup(a, b, found, maxDocFrequency);
      if (count < 0 || count > maxDocFrequency) {
        common[i] = 1;
        continue;
      }
      // Weighted by rarity: a fingerprint held by one source is strong evidence for it, one held by twenty
      // (boilerplate below the cap) is weak evidence for each. Counted as 1 each, templates shared by many
      // sources filled the `maxCandidates` places and pushed out the one source the draft really copies.
      const weight = 1 / Math.max(1, count);
      for (const slot of found) hits.set(slot, (hits.get(slot) ?? 0) + weight);
    }
    if (hits.size === 0) return [];
    // words inside a too-common k-gram (boilerplate shared by many sources) do not count towards `minWords`
    const commonWord = new Uint8Array(dw.count);
    for (let i = 0; i < dk.count; i++) if (common[i] === 1) commonWord.fill(1, i, i + k);
    const candidates = [...hits].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, maxCandidates);
    const extra = this.extraStopSet(options.stopPhrases);
    const extraCovered = new Uint8Array(dw.count);
    if (extra) extra.mark(dw, extraCovered);
    let quotations: QuoteEvidence[] | undefined;
    const draftContext: DraftContext = {
      text: draft,
      words: dw,
      kgramMap: draftMap,
      extraCovered,
      commonWord,
      minWords,
      kgramWords: k,
      maxGap,
      matched: new Uint8Array(dw.count),
      quotations: () => {
        quotations ??= findQuotations(draft);
        return quotations;
      },
    };
    const results: SourceMatch[] = [];
    for (const [slot] of candidates) {
      const id = this.ids[slot];
      const doc = id === undefined ? undefined : this.documents.get(id);
      if (!doc) continue;
      const { words: sw, kgrams: sk } = this.preparedSource(slot, doc.text);
      const result = matchSource(draftContext, doc, sw, sk);
      if (result) results.push(result);
    }
    return results.sort(
      (x, y) =>
        (x.fragments[0]?.draft.start ?? 0) - (y.fragments[0]?.draft.start ?? 0) ||
        x.sourceId.localeCompare(y.sourceId),
    );
  }

  private preparedSource(slot: number, text: string): { words: WordList; kgrams: HashList } {
    const cached = this.preparedCache.get(slot);
    if (cached) {
      this.preparedCache.delete(slot);
      this.preparedCache.set(slot, cached);
      return cached;
    }
    const sw = this.prepare(text, this.sourceWords);
    const sk = hashKgrams(sw, this.parameters.kgramWords, this.sourceKgrams);
    const capacity = this.parameters.sourceCache;
    if (capacity === 0) return { words: sw, kgrams: sk };
    const words = new WordList(Math.max(1, sw.count));
    words.hashA.set(sw.hashA.subarray(0, sw.count));
    words.hashB.set(sw.hashB.subarray(0, sw.count));
    words.starts.set(sw.starts.subarray(0, sw.count));
    words.ends.set(sw.ends.subarray(0, sw.count));
    words.count = sw.count;
    const kgrams = new HashList(Math.max(1, sk.count));
    kgrams.a.set(sk.a.subarray(0, sk.count));
    kgrams.b.set(sk.b.subarray(0, sk.count));
    kgrams.pos.set(sk.pos.subarray(0, sk.count));
    kgrams.count = sk.count;
    const entry = { words, kgrams };
    this.preparedCache.set(slot, entry);
    if (this.preparedCache.size > capacity) {
      const oldest = this.preparedCache.keys().next();
      if (!oldest.done) this.preparedCache.delete(oldest.value);
    }
    return entry;
  }

  private extraStopSet(phrases: readonly string[] | undefined): StopPhraseSet | undefined {
    if (!phrases || phrases.length === 0) return undefined;
    let set = this.extraStops.get(phrases);
    if (!set) {
      set = new StopPhraseSet(phrases);
      this.extraStops.set(phrases, set);
    }
    return set;
  }
}
