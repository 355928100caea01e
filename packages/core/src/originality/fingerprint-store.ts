// Postings of fingerprints → documents, in typed arrays. Each posting takes 10 bytes: lane A of the fingerprint
// (32 bits), the top 16 bits of lane B, and one 32-bit word holding the document slot (24 bits) with 8 more bits
// of lane B, so 56 bits of every fingerprint are compared. Postings live in immutable segments bucketed by the
// top bits of lane A (a counting sort, no per-posting objects), merged like a log-structured tree as documents
// arrive. Fingerprints held by more than `maxDocFrequency` documents are capped to one marker, as MOSS does.

/** The most document slots a store can address (24 bits, one value reserved). */
export const MAX_DOCUMENT_SLOTS = 0xffffff;
const CAPPED = 0xffffff;
const PENDING_LIMIT = 1 << 20;

/** A store of fingerprint postings, so that a database adapter can hold them instead of memory. */
export interface FingerprintStore {
  /** Adds the fingerprints `(a[i], b[i])`, `i < count`, of the document in `slot` (each pair once). */
  add(slot: number, a: Uint32Array, b: Uint32Array, count: number): void;
  /** Forgets every fingerprint of the document in `slot`. */
  remove(slot: number): void;
  /**
   * Appends to `out` (at most `limit`) the slots of the documents holding fingerprint `(a, b)` and returns
   * how many hold it, or -1 when the fingerprint was capped for being too common.
   */
  lookup(a: number, b: number, out: number[], limit: number): number;
  /** Bytes of memory the store holds (typed arrays, by capacity). */
  readonly byteLength: number;
  /** Number of postings held (including those of removed documents not yet compacted away). */
  readonly postings: number;
}

/** The postings of an in-memory store, compacted into one segment: what a snapshot keeps. */
export interface FingerprintData {
  /** Bucket bits (the bucket of a posting is the top `bits` bits of lane A). */
  readonly bits: number;
  /** `directory[i]..directory[i + 1]` are the postings of bucket `i`. */
  readonly directory: Uint32Array;
  /** Lane A of each posting. */
  readonly keyA: Uint32Array;
  /** Top 16 bits of lane B of each posting. */
  readonly keyB: Uint16Array;
  /** Document slot (high 24 bits) and bits 8–15 of lane B (low 8 bits) of each posting. */
  readonly slotAndB: Uint32Array;
}

interface Segment extends FingerprintData {
  readonly shift: number;
  readonly size: number;
}

/** Options of {@link InMemoryFingerprintStore}. */
export interface InMemoryFingerprintStoreOptions {
  /** A fingerprint held by more documents than this is capped (ignored), as MOSS does. Default 100. */
  readonly maxDocFrequency?: number;
}

/** The default {@link FingerprintStore}: typed-array segments in memory. */
export class InMemoryFingerprintStore implements FingerprintStore {
  private readonly cap: number;
  private segments: Segment[] = [];
  private pendA: Uint32Array = new Uint32Array(1024);
  private pendB: Uint32Array = new Uint32Array(1024);
  private pendSlot: Uint32Array = new Uint32Array(1024);
  private pending = 0;
  private dead = new Uint8Array(1024);
  private deadCount = 0;
  private liveCount = 0;

  constructor(options: InMemoryFingerprintStoreOptions = {}) {
    this.cap = options.maxDocFrequency ?? 100;
  }

  /** Restores a store from compacted postings (see {@link InMemoryFingerprintStore.exportData}). */
  static fromData(
    data: FingerprintData,
    deadSlots: readonly number[],
    options: InMemoryFingerprintStoreOptions = {},
  ): InMemoryFingerprintStore {
    const store = new InMemoryFingerprintStore(options);
    if (data.keyA.length > 0) store.segments.push({ ...data, shift: 32 - data.bits, size: data.keyA.length });
    for (const slot of deadSlots) store.markDead(slot);
    return store;
  }

  add(slot: number, a: Uint32Array, b: Uint32Array, count: number): void {
    if (this.pending + count > this.pendA.length) this.growPending(this.pending + count);
    this.pendA.set(a.subarray(0, count), this.pending);
    this.pendB.set(b.subarray(0, count), this.pending);
    this.pendSlot.fill(slot, this.pending, this.pending + count);
    this.pending += count;
    this.liveCount++;
    if (this.pending >= PENDING_LIMIT) this.flush();
  }

  remove(slot: number): void {
    if (this.markDead(slot)) {
      this.deadCount++;
      this.liveCount--;
    }
  }

  lookup(a: number, b: number, out: number[], limit: number): number {
    if (this.pending > 0 || this.deadCount > this.liveCount) this.flush();
    const bHi = b >>> 16;
    const bMid = (b >>> 8) & 0xff;
    let count = 0;
    for (const seg of this.segments) {
      const bucket = a >>> seg.shift;
      const end = seg.directory[bucket + 1] ?? 0;
      for (let i = seg.directory[bucket] ?? 0; i < end; i++) {
        if (seg.keyA[i] !== a || seg.keyB[i] !== bHi) continue;
        const x = seg.slotAndB[i] ?? 0;
        if ((x & 0xff) !== bMid) continue;
        const slot = x >>> 8;
        if (slot === CAPPED) return -1;
        if ((this.dead[slot] ?? 0) !== 0) continue;
        if (count < limit) out.push(slot);
        count++;
      }
    }
    return count;
  }

  get byteLength(): number {
    let bytes =
      this.pendA.byteLength + this.pendB.byteLength + this.pendSlot.byteLength + this.dead.byteLength;
    for (const s of this.segments) {
      bytes += s.directory.byteLength + s.keyA.byteLength + s.keyB.byteLength + s.slotAndB.byteLength;
    }
    return bytes;
  }

  get postings(): number {
    return this.segments.reduce((n, s) => n + s.size, this.pending);
  }

  /** Moves pending postings into a segment and merges segments of similar size. */
  flush(): void {
    const full = this.deadCount > this.liveCount;
    if (this.pending > 0) {
      const a = this.pendA.subarray(0, this.pending);
      const b = this.pendB.subarray(0, this.pending);
      const s = this.pendSlot.subarray(0, this.pending);
      const keyB = new Uint16Array(this.pending);
      const slotAndB = new Uint32Array(this.pending);
      for (let i = 0; i < this.pending; i++) {
        const bi = b[i] ?? 0;
        keyB[i] = bi >>> 16;
        slotAndB[i] = (((s[i] ?? 0) << 8) | ((bi >>> 8) & 0xff)) >>> 0;
      }
      this.segments.push(this.build([{ keyA: a, keyB, slotAndB, size: this.pending }]));
      this.pending = 0;
      if (this.pendA.length > 1 << 16) {
        this.pendA = new Uint32Array(1024);
        this.pendB = new Uint32Array(1024);
        this.pendSlot = new Uint32Array(1024);
      }
    }
    if (full && this.segments.length > 0) {
      this.segments = [this.build(this.segments)];
      for (let i = 0; i < this.dead.length; i++) if (this.dead[i] === 1) this.dead[i] = 2;
      this.deadCount = 0;
      return;
    }
    let n = this.segments.length;
    while (n >= 2 && (this.segments[n - 2]?.size ?? 0) <= 2 * (this.segments[n - 1]?.size ?? 0)) {
      const merged = this.build(this.segments.slice(n - 2));
      this.segments.splice(n - 2, 2, merged);
      n--;
    }
  }

  /** Compacts every posting into one segment and returns it (shared, not copied). */
  exportData(): FingerprintData {
    this.flush();
    if (this.segments.length > 1 || this.deadCount > 0) this.segments = [this.build(this.segments)];
    this.deadCount = 0;
    const seg = this.segments[0] ?? this.build([]);
    return {
      bits: seg.bits,
      directory: seg.directory,
      keyA: seg.keyA,
      keyB: seg.keyB,
      slotAndB: seg.slotAndB,
    };
  }

  private markDead(slot: number): boolean {
    if (slot >= this.dead.length) {
      let n = this.dead.length * 2;
      while (n <= slot) n *= 2;
      const d = new Uint8Array(n);
      d.set(this.dead);
      this.dead = d;
    }
    if (this.dead[slot] !== 0) return false;
    this.dead[slot] = 1;
    return true;
  }

  private growPending(need: number): void {
    let n = this.pendA.length * 2;
    while (n < need) n *= 2;
    const grow = (from: Uint32Array): Uint32Array => {
      const to = new Uint32Array(n);
      to.set(from.subarray(0, this.pending));
      return to;
    };
    this.pendA = grow(this.pendA);
    this.pendB = grow(this.pendB);
    this.pendSlot = grow(this.pendSlot);
  }

  // Counting sort of the live postings of `parts` by bucket, then capping of over-common fingerprints.
  private build(parts: readonly Pick<Segment, "keyA" | "keyB" | "slotAndB" | "size">[]): Segment {
    const live = (x: number): boolean => {
      const slot = x >>> 8;
      return slot === CAPPED || (this.dead[slot] ?? 0) === 0;
    };
    let total = 0;
    for (const p of parts) for (let i = 0; i < p.size; i++) if (live(p.slotAndB[i] ?? 0)) total++;
    let bits = 4;
    while (bits < 28 && 1 << (bits + 2) < total) bits++;
    const shift = 32 - bits;
    const buckets = 1 << bits;
    const directory = new Uint32Array(buckets + 1);
    for (const p of parts) {
      for (let i = 0; i < p.size; i++) {
        if (!live(p.slotAndB[i] ?? 0)) continue;
        const bucket = (p.keyA[i] ?? 0) >>> shift;
        directory[bucket + 1] = (directory[bucket + 1] ?? 0) + 1;
      }
    }
    for (let i = 1; i <= buckets; i++) directory[i] = (directory[i] ?? 0) + (directory[i - 1] ?? 0);
    const cursor = directory.slice(0, buckets);
    let keyA: Uint32Array = new Uint32Array(total);
    let keyB: Uint16Array = new Uint16Array(total);
    let slotAndB: Uint32Array = new Uint32Array(total);
    let overfull = false;
    for (const p of parts) {
      for (let i = 0; i < p.size; i++) {
        const x = p.slotAndB[i] ?? 0;
        if (!live(x)) continue;
        const ka = p.keyA[i] ?? 0;
        const bucket = ka >>> shift;
        const at = cursor[bucket] ?? 0;
        cursor[bucket] = at + 1;
        keyA[at] = ka;
        keyB[at] = p.keyB[i] ?? 0;
        slotAndB[at] = x;
      }
    }
    for (let i = 0; i < buckets && !overfull; i++)
      overfull = (directory[i + 1] ?? 0) - (directory[i] ?? 0) > this.cap;
    if (overfull) ({ keyA, keyB, slotAndB } = this.capBuckets(directory, keyA, keyB, slotAndB));
    return { bits, shift, directory, keyA, keyB, slotAndB, size: keyA.length };
  }

  // Replaces the postings of every fingerprint held by more than `cap` documents with one CAPPED marker.
  private capBuckets(
    directory: Uint32Array,
    keyA: Uint32Array,
    keyB: Uint16Array,
    slotAndB: Uint32Array,
  ): { keyA: Uint32Array; keyB: Uint16Array; slotAndB: Uint32Array } {
    const buckets = directory.length - 1;
    const keep = new Uint8Array(keyA.length).fill(1);
    const keyOf = (i: number): number => (keyA[i] ?? 0) * 0x10000 + (keyB[i] ?? 0);
    for (let bucket = 0; bucket < buckets; bucket++) {
      const start = directory[bucket] ?? 0;
      const end = directory[bucket + 1] ?? 0;
      if (end - start <= this.cap) continue;
      const counts = new Map<number, number>();
      for (let i = start; i < end; i++) counts.set(keyOf(i), (counts.get(keyOf(i)) ?? 0) + 1);
      const marked = new Set<number>();
      for (let i = start; i < end; i++) {
        const key = keyOf(i);
        if ((counts.get(key) ?? 0) <= this.cap && (slotAndB[i] ?? 0) >>> 8 !== CAPPED) continue;
        if (marked.has(key)) keep[i] = 0;
        else {
          marked.add(key);
          slotAndB[i] = ((CAPPED << 8) | ((slotAndB[i] ?? 0) & 0xff)) >>> 0;
        }
      }
    }
    let n = 0;
    for (let i = 0; i < keyA.length; i++) n += keep[i] ?? 0;
    const a2 = new Uint32Array(n);
    const b2 = new Uint16Array(n);
    const x2 = new Uint32Array(n);
    let j = 0;
    for (let bucket = 0; bucket < buckets; bucket++) {
      const start = directory[bucket] ?? 0;
      const end = directory[bucket + 1] ?? 0;
      directory[bucket] = j;
      for (let i = start; i < end; i++) {
        if (keep[i] === 0) continue;
        a2[j] = keyA[i] ?? 0;
        b2[j] = keyB[i] ?? 0;
        x2[j] = slotAndB[i] ?? 0;
        j++;
      }
    }
    directory[buckets] = j;
    return { keyA: a2, keyB: b2, slotAndB: x2 };
  }
}
