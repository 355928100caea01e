import type { SourceRecord, SourceStore } from "../engine/ports/source-store.js";
import type { SourceLookupOptions, SourceMatch } from "../engine/source-lookup.js";
import { InputError } from "../model/errors.js";
import { type SourceDocument, type SourceDocumentInput, SourceDocumentSchema } from "./source-document.js";
import { SourceIndex } from "./source-index.js";
import type { SourceIndexOptions } from "./source-index-options.js";

/** Options of {@link StoredSourceIndex}. */
export interface StoredSourceIndexOptions extends SourceIndexOptions {
  /** Most documents loaded to verify one draft (those sharing the most fingerprints with it). Default 50. */
  readonly maxCandidates?: number;
  /** Documents per page when `load()` streams the whole store into memory. Default 500. */
  readonly pageSize?: number;
}

const MAX_BATCH = 10_000;

/**
 * An originality index whose documents and fingerprints live in an async {@link SourceStore} (a database):
 * `add` validates and fingerprints documents and stores them in bulk; `match` looks up the draft's fingerprints
 * in the store, loads only the documents that share some (at most `maxCandidates`), and verifies the draft
 * against them exactly as an in-memory `SourceIndex` does; `load` streams the whole store into a `SourceIndex`
 * for a process that wants every lookup in memory.
 *
 * @example
 * ```ts
 * import { MemorySourceStore, StoredSourceIndex } from "@normas/core/originality";
 * const index = new StoredSourceIndex(new MemorySourceStore());
 * await index.add([{ id: "post-1", text: "…", author: "Ana Pérez" }]);
 * const matches = await index.match(draft);
 * ```
 */
export class StoredSourceIndex {
  readonly #store: SourceStore<SourceDocument>;
  readonly #options: SourceIndexOptions;
  readonly #hasher: SourceIndex;
  readonly #maxCandidates: number;
  readonly #pageSize: number;

  constructor(store: SourceStore<SourceDocument>, options: StoredSourceIndexOptions = {}) {
    const { maxCandidates, pageSize, ...indexOptions } = options;
    this.#store = store;
    this.#options = indexOptions;
    this.#hasher = new SourceIndex(indexOptions); // validates the options
    this.#maxCandidates = whole(maxCandidates, 50, "maxCandidates");
    this.#pageSize = whole(pageSize, 500, "pageSize");
  }

  /**
   * Validates, fingerprints and stores documents (replacing those with the same ids), in one call to the
   * store. Throws `InputError` naming the first invalid document (`[i].field`) before anything is stored.
   */
  async add(documents: SourceDocumentInput | readonly SourceDocumentInput[]): Promise<void> {
    const list: readonly SourceDocumentInput[] = Array.isArray(documents)
      ? documents
      : [documents as SourceDocumentInput];
    if (list.length > MAX_BATCH)
      throw new InputError(
        [
          {
            code: "too_big",
            path: [],
            pathText: "(root)",
            message: `Add at most ${MAX_BATCH} documents per call.`,
          },
        ],
        "Invalid source documents",
      );
    const records: SourceRecord<SourceDocument>[] = [];
    for (const [i, input] of list.entries()) {
      const parsed = SourceDocumentSchema.safeParse(input);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const path = [i, ...(issue?.path ?? []).map((p) => (typeof p === "number" ? p : String(p)))];
        throw new InputError(
          [
            {
              code: issue?.code ?? "invalid",
              path,
              pathText: path
                .map((p) => (typeof p === "number" ? `[${p}]` : `.${p}`))
                .join("")
                .replace(/^\./, ""),
              message: issue?.message ?? "Invalid source document.",
            },
          ],
          "Invalid source document",
        );
      }
      records.push({
        id: parsed.data.id,
        document: parsed.data,
        fingerprints: this.#hasher.fingerprintKeys(parsed.data.text),
      });
    }
    if (records.length > 0) await this.#store.put(records);
  }

  /** Forgets a document; false when none had this id. */
  remove(id: string): Promise<boolean> {
    return this.#store.delete(id);
  }

  /** How many documents the store holds. */
  size(): Promise<number> {
    return this.#store.count();
  }

  /**
   * The in-memory index a draft needs: the stored documents sharing the most fingerprints with it. Pass it where
   * a synchronous `SourceLookup` is expected (e.g. to `evaluate` for that draft).
   */
  async lookupFor(draft: string, options: SourceLookupOptions = {}): Promise<SourceIndex> {
    const index = new SourceIndex(this.#options);
    index.match(draft, options); // the same checks of the draft and options as a SourceIndex, before any I/O
    const candidates = await this.#store.candidates(this.#hasher.fingerprintKeys(draft), this.#maxCandidates);
    if (candidates.length === 0) return index;
    for (const doc of await this.#store.get(candidates.map((c) => c.id))) index.add(doc);
    return index;
  }

  /** Every fragment of `draft` copied from a stored source, as `SourceIndex.match` finds it. */
  async match(draft: string, options: SourceLookupOptions = {}): Promise<SourceMatch[]> {
    return (await this.lookupFor(draft, options)).match(draft, options);
  }

  /** The whole store in a `SourceIndex`, streamed a page at a time. */
  async load(): Promise<SourceIndex> {
    const index = new SourceIndex(this.#options);
    let after: string | undefined;
    for (;;) {
      const page = await this.#store.list(after, this.#pageSize);
      for (const r of page) index.replace(r.document);
      if (page.length < this.#pageSize) return index;
      after = page[page.length - 1]?.id;
    }
  }
}

function whole(value: unknown, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 100_000) return value;
  throw new InputError(
    [
      {
        code: "invalid_option",
        path: [name],
        pathText: name,
        message: `${name} must be a whole number from 1 to 100000.`,
      },
    ],
    "Invalid stored source index options",
  );
}
