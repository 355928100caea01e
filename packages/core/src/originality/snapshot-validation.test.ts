import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InputError } from "../model/errors.js";
import { decodeBase64, encodeBase64 } from "./base64.js";
import { MAX_DOCUMENT_SLOTS } from "./fingerprint-store.js";
import { exportSourceIndex, importSourceIndex, type SourceIndexSnapshot } from "./snapshot.js";
import { SourceIndex } from "./source-index.js";

const ES = "La atención al cliente empieza mucho antes de que el cliente escriba su primera queja en redes.";
const EN = "Great customer service starts long before the customer ever writes their first complaint online.";

function snapshot(): SourceIndexSnapshot & {
  fingerprints: NonNullable<SourceIndexSnapshot["fingerprints"]>;
} {
  const i = new SourceIndex({});
  i.add({ id: "es", text: ES });
  i.add({ id: "en", text: EN });
  const snap = exportSourceIndex(i);
  if (snap.fingerprints === null) throw new Error("expected fingerprints");
  return snap as never;
}

/** Decodes a base64 array of 32-bit words, lets `edit` change it, and encodes it again. */
function editWords(text: string, edit: (words: Uint32Array) => void): string {
  const bytes = decodeBase64(text) as Uint8Array;
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4);
  edit(words);
  return encodeBase64(bytes);
}

/** The issue `importSourceIndex` raises for `snap`. */
function issueOf(snap: unknown): { path: readonly (string | number)[]; code: string } {
  try {
    importSourceIndex(snap);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    const issue = (error as InputError).issues[0];
    return { path: issue?.path ?? [], code: issue?.code ?? "" };
  }
  throw new Error("the snapshot was accepted");
}

describe("importSourceIndex: hostile snapshots", () => {
  it("refuses a slot count beyond MAX_DOCUMENT_SLOTS before allocating anything", () => {
    expect(issueOf({ ...snapshot(), slots: 1e9 }).path).toEqual(["slots"]);
    expect(issueOf({ ...snapshot(), slots: MAX_DOCUMENT_SLOTS + 1 }).path).toEqual(["slots"]);
  });

  it("refuses a directory that goes back (it would make match loop for billions of steps)", () => {
    const snap = snapshot();
    const directory = editWords(snap.fingerprints.directory, (d) => {
      d[1] = 0xffffff00;
    });
    expect(issueOf({ ...snap, fingerprints: { ...snap.fingerprints, directory } }).path).toEqual([
      "fingerprints",
      "directory",
    ]);
  });

  it("refuses postings that name a slot the snapshot does not have", () => {
    const snap = snapshot();
    const slotAndB = editWords(snap.fingerprints.slotAndB, (x) => {
      x[0] = ((500 << 8) | ((x[0] as number) & 0xff)) >>> 0;
    });
    expect(issueOf({ ...snap, fingerprints: { ...snap.fingerprints, slotAndB } }).path).toEqual([
      "fingerprints",
      "slotAndB",
    ]);
  });

  it("refuses arrays whose lengths do not fit together, read from the text before decoding", () => {
    const snap = snapshot();
    expect(issueOf({ ...snap, fingerprints: { ...snap.fingerprints, keyB: "AAAA" } }).path).toEqual([
      "fingerprints",
      "keyB",
    ]);
    expect(issueOf({ ...snap, fingerprints: { ...snap.fingerprints, bits: 20 } }).path).toEqual([
      "fingerprints",
      "directory",
    ]);
  });

  it("refuses a document slot at or above MAX_DOCUMENT_SLOTS", () => {
    const snap = snapshot();
    const documents = snap.documents.map((d, i) => (i === 0 ? { ...d, slot: MAX_DOCUMENT_SLOTS } : d));
    expect(issueOf({ ...snap, documents }).path).toEqual(["documents", 0, "slot"]);
  });

  it("still imports a sound snapshot with the same matches", () => {
    const snap = snapshot();
    expect(importSourceIndex(JSON.parse(JSON.stringify(snap))).match(`Dicen que ${ES}`)[0]?.sourceId).toBe(
      "es",
    );
  });
});

describe("importSourceIndex: random snapshots (fast-check)", () => {
  const base = snapshot();
  const words = (text: string): Uint32Array => {
    const bytes = decodeBase64(text) as Uint8Array;
    return new Uint32Array(bytes.slice().buffer);
  };
  const field = fc.constantFrom("directory", "keyA", "keyB", "slotAndB");
  const value = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom("", "AAAA", "////", "=", "AA=="),
    fc.integer({ min: 0, max: 2 ** 32 - 1 }),
  );

  it("refuses with InputError or imports an index that matches without throwing", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          // A random value in a top-level field.
          fc
            .record({
              key: fc.constantFrom("slots", "documents", "parameters", "fingerprints", "version"),
              value: fc.anything({ maxDepth: 2 }),
            })
            .map(({ key, value: v }) => ({ ...base, [key]: v })),
          // One 32-bit word of a fingerprint array set to a random value.
          fc.record({ at: fc.nat(), word: fc.integer({ min: 0, max: 2 ** 32 - 1 }) }).map(({ at, word }) => {
            const slotAndB = words(base.fingerprints.slotAndB);
            slotAndB[at % slotAndB.length] = word;
            return {
              ...base,
              fingerprints: { ...base.fingerprints, slotAndB: encodeBase64(new Uint8Array(slotAndB.buffer)) },
            };
          }),
          fc.record({ at: fc.nat(), word: fc.integer({ min: 0, max: 2 ** 32 - 1 }) }).map(({ at, word }) => {
            const directory = words(base.fingerprints.directory);
            directory[at % directory.length] = word;
            return {
              ...base,
              fingerprints: {
                ...base.fingerprints,
                directory: encodeBase64(new Uint8Array(directory.buffer)),
              },
            };
          }),
          // A random string or number in a fingerprint field.
          fc
            .record({ f: field, v: value })
            .map(({ f, v }) => ({ ...base, fingerprints: { ...base.fingerprints, [f]: v } })),
          fc
            .integer({ min: -5, max: 40 })
            .map((bits) => ({ ...base, fingerprints: { ...base.fingerprints, bits } })),
        ),
        (snap) => {
          let imported: ReturnType<typeof importSourceIndex> | undefined;
          try {
            imported = importSourceIndex(snap);
          } catch (error) {
            expect(error).toBeInstanceOf(InputError);
            return;
          }
          expect(Array.isArray(imported.match(`Dicen que ${ES}`))).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
