import { describe, expect, it } from "vitest";
import { InputError } from "../model/errors.js";
import { InMemoryFingerprintStore } from "./fingerprint-store.js";
import { exportSourceIndex, importSourceIndex } from "./snapshot.js";
import { SourceIndex } from "./source-index.js";

const ES = "La atención al cliente empieza mucho antes de que el cliente escriba su primera queja en redes.";
const EN = "Great customer service starts long before the customer ever writes their first complaint online.";

function index(): SourceIndex {
  const i = new SourceIndex({ stopPhrases: ["texto de relleno"] });
  i.add({ id: "es", author: "Ana Pérez", url: "https://blog.example/a", locale: "es-ES", text: ES });
  i.add({ id: "gone", text: "Un documento que se borrará antes de exportar el índice completo." });
  i.add({ id: "en", author: "Sam Lee", own: true, text: EN });
  i.remove("gone");
  return i;
}

describe("source index snapshots", () => {
  it("round-trips through JSON with the same matches, in Spanish and English", () => {
    const i = index();
    const json = JSON.stringify(exportSourceIndex(i));
    const again = importSourceIndex(JSON.parse(json));
    for (const draft of [`Dicen que ${ES}`, `They say ${EN}`])
      expect(again.match(draft)).toEqual(i.match(draft));
    expect(again.size).toBe(2);
    expect(again.parameters.stopPhrases).toEqual(["texto de relleno"]);
    again.add({ id: "gone", text: "Un documento nuevo con el mismo identificador que otro ya borrado." });
    expect(again.match(`Dicen que ${ES}`)[0]?.sourceId).toBe("es");
  });

  it("re-hashes the texts when the snapshot carries no fingerprints", () => {
    const snap = { ...exportSourceIndex(index()), fingerprints: null };
    expect(importSourceIndex(snap).match(ES)[0]?.sourceId).toBe("es");
  });

  it("refuses a broken snapshot with the path of the bad field", () => {
    const snap = exportSourceIndex(index());
    expect(() => importSourceIndex({ ...snap, version: 2 })).toThrow(InputError);
    try {
      importSourceIndex({ ...snap, fingerprints: { ...snap.fingerprints, keyA: "@@@@" } });
      expect.unreachable();
    } catch (error) {
      expect((error as InputError).issues[0]?.path).toEqual(["fingerprints", "keyA"]);
    }
  });
});

describe("InMemoryFingerprintStore", () => {
  it("keeps postings across flushes and merges, forgets removed documents", () => {
    const store = new InMemoryFingerprintStore();
    const a = new Uint32Array([1, 2, 3]);
    const b = new Uint32Array([10, 20, 30]);
    for (let slot = 0; slot < 3000; slot++)
      store.add(
        slot,
        a.map((x) => x + slot * 4),
        b,
        3,
      );
    store.remove(5);
    const out: number[] = [];
    expect(store.lookup(2 + 6 * 4, 20, out, 10)).toBe(1);
    expect(out).toEqual([6]);
    expect(store.lookup(2 + 5 * 4, 20, [], 10)).toBe(0);
    expect(store.postings).toBe(8997); // the removed document's postings are dropped when segments merge
    expect(store.byteLength).toBeGreaterThan(9000 * 10);
  });
});
