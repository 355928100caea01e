import { frozenCopy } from "./frozen-copy.js";
import type { SourceCandidate, SourceRecord, SourceStore } from "./source-store.js";

/**
 * The in-memory {@link SourceStore}: for tests and single-process tools (an in-memory `SourceIndex` is faster
 * still). Keeps frozen copies; an inverted index from fingerprint to ids answers `candidates`.
 */
export class MemorySourceStore<D> implements SourceStore<D> {
  readonly #records = new Map<string, SourceRecord<D>>();
  readonly #postings = new Map<string, Set<string>>();

  /** Stores the records, replacing those with the same ids. */
  async put(records: readonly SourceRecord<D>[]): Promise<void> {
    const copies = records.map((r) =>
      frozenCopy({ id: r.id, document: r.document, fingerprints: [...new Set(r.fingerprints)] }),
    );
    for (const record of copies) {
      this.#forget(record.id);
      this.#records.set(record.id, record);
      for (const f of record.fingerprints) {
        const ids = this.#postings.get(f) ?? new Set<string>();
        ids.add(record.id);
        this.#postings.set(f, ids);
      }
    }
  }

  /** Forgets a document and its fingerprints. */
  async delete(id: string): Promise<boolean> {
    return this.#forget(id);
  }

  /** The stored documents with these ids, in the order of `ids`. */
  async get(ids: readonly string[]): Promise<readonly D[]> {
    const out: D[] = [];
    for (const id of ids) {
      const r = this.#records.get(id);
      if (r !== undefined) out.push(r.document);
    }
    return out;
  }

  /** Documents holding any of `fingerprints`, most shared first (ties by id), at most `limit`. */
  async candidates(fingerprints: readonly string[], limit: number): Promise<readonly SourceCandidate[]> {
    const shared = new Map<string, number>();
    for (const f of new Set(fingerprints))
      for (const id of this.#postings.get(f) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
    return [...shared]
      .map(([id, n]) => ({ id, shared: n }))
      .sort((x, y) => y.shared - x.shared || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
      .slice(0, Math.max(0, limit));
  }

  /** Up to `limit` records with an id after `after`, in id order. */
  async list(after: string | undefined, limit: number): Promise<readonly SourceRecord<D>[]> {
    return [...this.#records.keys()]
      .filter((id) => after === undefined || id > after)
      .sort()
      .slice(0, Math.max(0, limit))
      .map((id) => this.#records.get(id) as SourceRecord<D>);
  }

  /** How many documents are stored. */
  async count(): Promise<number> {
    return this.#records.size;
  }

  #forget(id: string): boolean {
    const old = this.#records.get(id);
    if (old === undefined) return false;
    for (const f of old.fingerprints) {
      const ids = this.#postings.get(f);
      ids?.delete(id);
      if (ids?.size === 0) this.#postings.delete(f);
    }
    this.#records.delete(id);
    return true;
  }
}
