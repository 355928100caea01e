import * as z from "zod";
import { InputError } from "../model/errors.js";
import { toIssues } from "../model/validate.js";
import { decodeBase64, encodeBase64 } from "./base64.js";
import { type FingerprintData, InMemoryFingerprintStore } from "./fingerprint-store.js";
import { SourceDocumentSchema, type SourceDocumentStore } from "./source-document.js";
import { SourceIndex, SourceIndexOptionsSchema } from "./source-index.js";

/** A serialisable copy of a {@link SourceIndex}: parameters, documents, and the fingerprints (base64). */
export const SourceIndexSnapshotSchema = z.strictObject({
  /** Format tag. */
  format: z.literal("normas/source-index"),
  /** Format version. */
  version: z.literal(1),
  /** The index parameters. */
  parameters: SourceIndexOptionsSchema,
  /** Number of document slots used (removed documents leave a gap). */
  slots: z.int().min(0),
  /** The documents with their slot. */
  documents: z.array(SourceDocumentSchema.extend({ slot: z.int().min(0) })),
  /** Postings of the in-memory store, compacted; null re-hashes the documents on import. */
  fingerprints: z
    .strictObject({
      bits: z.int().min(4).max(28),
      directory: z.string(),
      keyA: z.string(),
      keyB: z.string(),
      slotAndB: z.string(),
    })
    .nullable(),
});

/** A source index snapshot, as `exportSourceIndex` writes it. */
export type SourceIndexSnapshot = z.output<typeof SourceIndexSnapshotSchema>;

const bytesOf = (a: ArrayBufferView): Uint8Array => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

/**
 * Exports an index as a plain, JSON-serialisable snapshot (fingerprints of the in-memory store as base64,
 * compacted). With another fingerprint store, `fingerprints` is null and import re-hashes the texts.
 *
 * @example
 * ```ts
 * const json = JSON.stringify(exportSourceIndex(index));
 * const again = importSourceIndex(JSON.parse(json));
 * ```
 */
export function exportSourceIndex(index: SourceIndex): SourceIndexSnapshot {
  const ids = index.slotIds();
  const documents: SourceIndexSnapshot["documents"] = [];
  ids.forEach((id, slot) => {
    const doc = id === undefined ? undefined : index.get(id);
    if (doc) documents.push({ ...doc, slot });
  });
  const store = index.fingerprintStore;
  let fingerprints: SourceIndexSnapshot["fingerprints"] = null;
  if (store instanceof InMemoryFingerprintStore) {
    const data = store.exportData();
    fingerprints = {
      bits: data.bits,
      directory: encodeBase64(bytesOf(data.directory)),
      keyA: encodeBase64(bytesOf(data.keyA)),
      keyB: encodeBase64(bytesOf(data.keyB)),
      slotAndB: encodeBase64(bytesOf(data.slotAndB)),
    };
  }
  return {
    format: "normas/source-index",
    version: 1,
    parameters: { ...index.parameters, stopPhrases: [...index.parameters.stopPhrases] },
    slots: ids.length,
    documents,
    fingerprints,
  };
}

function invalid(message: string, path: (string | number)[]): InputError {
  const pathText = path.join(".") || "(root)";
  return new InputError(
    [{ code: "invalid_snapshot", path, pathText, message }],
    "Invalid source index snapshot",
  );
}

function decodeArray<T>(
  text: string,
  width: number,
  make: (buf: ArrayBuffer, n: number) => T,
  path: string,
): T {
  const bytes = decodeBase64(text);
  if (!bytes || bytes.length % width !== 0)
    throw invalid("Not base64 of the expected width.", ["fingerprints", path]);
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  return make(copy.buffer, bytes.length / width);
}

/**
 * Restores an index from {@link exportSourceIndex}'s snapshot. Throws `InputError` (with the path of the bad
 * field) when the snapshot does not validate or its fingerprints are inconsistent.
 */
export function importSourceIndex(snapshot: unknown, documents?: SourceDocumentStore): SourceIndex {
  const parsed = SourceIndexSnapshotSchema.safeParse(snapshot);
  if (!parsed.success)
    throw new InputError(toIssues(parsed.error, "en", snapshot), "Invalid source index snapshot");
  const snap = parsed.data;
  if (!snap.fingerprints) {
    const index = new SourceIndex(snap.parameters, documents ? { documents } : {});
    for (const { slot: _slot, ...doc } of snap.documents) index.add(doc);
    return index;
  }
  const f = snap.fingerprints;
  const data: FingerprintData = {
    bits: f.bits,
    directory: decodeArray(f.directory, 4, (b, n) => new Uint32Array(b, 0, n), "directory"),
    keyA: decodeArray(f.keyA, 4, (b, n) => new Uint32Array(b, 0, n), "keyA"),
    keyB: decodeArray(f.keyB, 2, (b, n) => new Uint16Array(b, 0, n), "keyB"),
    slotAndB: decodeArray(f.slotAndB, 4, (b, n) => new Uint32Array(b, 0, n), "slotAndB"),
  };
  const n = data.keyA.length;
  if (
    data.directory.length !== (1 << f.bits) + 1 ||
    data.keyB.length !== n ||
    data.slotAndB.length !== n ||
    data.directory[data.directory.length - 1] !== n
  ) {
    throw invalid("The fingerprint arrays do not fit together.", ["fingerprints"]);
  }
  const seen = new Set<number>();
  const ids = new Set<string>();
  snap.documents.forEach((doc, i) => {
    if (doc.slot >= snap.slots || seen.has(doc.slot))
      throw invalid("Slot out of range or repeated.", ["documents", i, "slot"]);
    if (ids.has(doc.id)) throw invalid("Repeated id.", ["documents", i, "id"]);
    seen.add(doc.slot);
    ids.add(doc.id);
  });
  const dead: number[] = [];
  for (let slot = 0; slot < snap.slots; slot++) if (!seen.has(slot)) dead.push(slot);
  const store = InMemoryFingerprintStore.fromData(data, dead, {
    maxDocFrequency: snap.parameters.maxDocFrequency,
  });
  const index = new SourceIndex(
    snap.parameters,
    documents ? { fingerprints: store, documents } : { fingerprints: store },
  );
  for (const { slot, ...doc } of snap.documents) index.restoreSlot(slot, doc);
  index.reserveSlots(snap.slots);
  return index;
}
