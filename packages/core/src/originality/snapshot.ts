import * as z from "zod";
import { InputError } from "../model/errors.js";
import { toIssues } from "../model/validate.js";
import { decodeBase64, encodeBase64 } from "./base64.js";
import { type FingerprintData, InMemoryFingerprintStore, MAX_DOCUMENT_SLOTS } from "./fingerprint-store.js";
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
  slots: z.int().min(0).max(MAX_DOCUMENT_SLOTS),
  /** The documents with their slot. */
  documents: z.array(
    SourceDocumentSchema.extend({
      slot: z
        .int()
        .min(0)
        .max(MAX_DOCUMENT_SLOTS - 1),
    }),
  ),
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

/** Bytes that a base64 text of `length` characters decodes to (padding included), or -1 when malformed. */
function decodedLength(text: string): number {
  if (text.length % 4 !== 0) return -1;
  const pad = text.endsWith("==") ? 2 : text.endsWith("=") ? 1 : 0;
  return (text.length / 4) * 3 - pad;
}

function decodeArray<T>(
  text: string,
  width: number,
  count: number,
  make: (buf: ArrayBuffer, n: number) => T,
  path: string,
): T {
  // The length is checked on the text, before anything is allocated for it.
  if (decodedLength(text) !== count * width)
    throw invalid(`Expected base64 of ${count} values of ${width} bytes.`, ["fingerprints", path]);
  const bytes = decodeBase64(text);
  if (!bytes || bytes.length !== count * width)
    throw invalid("Not base64 of the expected width.", ["fingerprints", path]);
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  return make(copy.buffer, count);
}

/**
 * Checks that the postings can be read safely: the directory starts at 0, never decreases and ends at the
 * number of postings (a directory that goes back makes lookups loop over billions of entries); every posting
 * sits in the bucket of its fingerprint and names a slot of the snapshot (or the capped marker).
 */
function checkPostings(data: FingerprintData, slots: number): void {
  const { directory, keyA, slotAndB } = data;
  const n = keyA.length;
  const shift = 32 - data.bits;
  if (directory[0] !== 0) throw invalid("The directory must start at 0.", ["fingerprints", "directory"]);
  for (let bucket = 0; bucket + 1 < directory.length; bucket++) {
    const from = directory[bucket] as number;
    const to = directory[bucket + 1] as number;
    if (to < from || to > n)
      throw invalid(`The directory goes back or past the postings at bucket ${bucket}.`, [
        "fingerprints",
        "directory",
      ]);
    for (let i = from; i < to; i++)
      if ((keyA[i] as number) >>> shift !== bucket)
        throw invalid(`Posting ${i} is not in its fingerprint's bucket.`, ["fingerprints", "keyA"]);
  }
  for (let i = 0; i < n; i++) {
    const slot = (slotAndB[i] as number) >>> 8;
    if (slot >= slots && slot !== CAPPED_SLOT)
      throw invalid(`Posting ${i} names slot ${slot}, beyond the snapshot's ${slots} slots.`, [
        "fingerprints",
        "slotAndB",
      ]);
  }
}

/** The slot value of a capped posting (`MAX_DOCUMENT_SLOTS` is the first value no document can have). */
const CAPPED_SLOT = MAX_DOCUMENT_SLOTS;

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
  const n = decodedLength(f.keyA) / 4;
  if (!Number.isInteger(n) || n < 0)
    throw invalid("Not base64 of the expected width.", ["fingerprints", "keyA"]);
  const data: FingerprintData = {
    bits: f.bits,
    directory: decodeArray(
      f.directory,
      4,
      (1 << f.bits) + 1,
      (b, k) => new Uint32Array(b, 0, k),
      "directory",
    ),
    keyA: decodeArray(f.keyA, 4, n, (b, k) => new Uint32Array(b, 0, k), "keyA"),
    keyB: decodeArray(f.keyB, 2, n, (b, k) => new Uint16Array(b, 0, k), "keyB"),
    slotAndB: decodeArray(f.slotAndB, 4, n, (b, k) => new Uint32Array(b, 0, k), "slotAndB"),
  };
  checkPostings(data, snap.slots);
  // One byte per slot, not a set of numbers: `slots` may be millions.
  const used = new Uint8Array(snap.slots);
  const ids = new Set<string>();
  snap.documents.forEach((doc, i) => {
    if (doc.slot >= snap.slots || used[doc.slot] === 1)
      throw invalid("Slot out of range or repeated.", ["documents", i, "slot"]);
    if (ids.has(doc.id)) throw invalid("Repeated id.", ["documents", i, "id"]);
    used[doc.slot] = 1;
    ids.add(doc.id);
  });
  const dead: number[] = [];
  for (let slot = 0; slot < snap.slots; slot++) if (used[slot] === 0) dead.push(slot);
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
