import type { SourceRecord } from "../engine/ports/source-store.js";
import type { SourceDocument } from "../originality/source-document.js";
import { SourceIndex } from "../originality/source-index.js";
import { StoredSourceIndex } from "../originality/stored-source-index.js";
import {
  type ConformanceCheck,
  ensure,
  ensureSame,
  type SourceStoreUnderTest,
  tryToChange,
} from "./conformance-kit.js";
import { withSubject } from "./with-subject.js";

type Factory = () => SourceStoreUnderTest | Promise<SourceStoreUnderTest>;

const WORDS =
  "the delayed flight left the passengers waiting at the gate for hours while the airline staff kept repeating that the new departure time would be announced soon".split(
    " ",
  );

/** A text of `n` words unique to `seed`, with accents, emoji and a NUL a store must keep. */
const text = (seed: string, n = 40): string =>
  `${Array.from({ length: n }, (_, i) => `${seed}${i}${WORDS[i % WORDS.length]}`).join(" ")} — «ñandú» 🛫 \u0000`;

/** The checks of the source store port and of `StoredSourceIndex` on it. @internal */
export function sourceStoreChecks(factory: Factory, id: (name: string) => string): ConformanceCheck[] {
  const check = (name: string, body: (s: SourceStoreUnderTest, prefix: string) => Promise<void>) => ({
    name: `sources: ${name}`,
    run: () => withSubject(factory, (s) => body(s, id(name))),
  });
  return [
    check(
      "keeps documents and fingerprints exactly as put, and hands out copies nobody can change",
      async ({ store }, p) => {
        const doc: SourceDocument = {
          id: `${p}-a`,
          text: text("a"),
          author: "Ana Pérez",
          url: "https://example.com/a",
          own: false,
        };
        await store.put([
          { id: doc.id, document: doc, fingerprints: ["00000000000000aa", "00000000000000bb"] },
        ]);
        ensureSame(await store.get([doc.id, `${p}-missing`]), [doc], "get");
        const [read] = await store.get([doc.id]);
        tryToChange(() => {
          (read as { text: string }).text = "changed";
        });
        ensureSame(await store.get([doc.id]), [doc], "get after a caller changed what it read");
        ensureSame(
          await store.candidates(["00000000000000bb"], 10),
          [{ id: doc.id, shared: 1 }],
          "candidates",
        );
      },
    ),
    check("replaces a document with its fingerprints, and deletes both", async ({ store }, p) => {
      const a: SourceDocument = { id: `${p}-a`, text: "first", own: false };
      await store.put([{ id: a.id, document: a, fingerprints: ["1111111111111111"] }]);
      const a2: SourceDocument = { ...a, text: "second" };
      await store.put([{ id: a.id, document: a2, fingerprints: ["2222222222222222"] }]);
      ensureSame(await store.get([a.id]), [a2], "the replaced document");
      ensureSame(await store.candidates(["1111111111111111"], 10), [], "candidates by an old fingerprint");
      ensureSame(
        await store.candidates(["2222222222222222"], 10),
        [{ id: a.id, shared: 1 }],
        "by the new one",
      );
      ensure((await store.delete(a.id)) === true, "delete of a stored document answers true");
      ensure((await store.delete(a.id)) === false, "delete of a missing document answers false");
      ensureSame(await store.candidates(["2222222222222222"], 10), [], "candidates after delete");
      ensureSame(await store.get([a.id]), [], "get after delete");
    }),
    check(
      "ranks candidates by shared fingerprints (ties by id) and honours the limit",
      async ({ store }, p) => {
        const f = (n: number) => n.toString(16).padStart(16, "0");
        const doc = (name: string): SourceDocument => ({ id: `${p}-${name}`, text: name, own: false });
        await store.put([
          { id: `${p}-c`, document: doc("c"), fingerprints: [f(1)] },
          { id: `${p}-b`, document: doc("b"), fingerprints: [f(1), f(2)] },
          { id: `${p}-a`, document: doc("a"), fingerprints: [f(1), f(2), f(3)] },
          { id: `${p}-d`, document: doc("d"), fingerprints: [f(1)] },
        ]);
        ensureSame(
          await store.candidates([f(1), f(2), f(3), f(99)], 3),
          [
            { id: `${p}-a`, shared: 3 },
            { id: `${p}-b`, shared: 2 },
            { id: `${p}-c`, shared: 1 },
          ],
          "candidates",
        );
      },
    ),
    check("lists every document a page at a time, in id order", async ({ store }, p) => {
      const ids = Array.from({ length: 7 }, (_, i) => `${p}-${String(i).padStart(2, "0")}`);
      await store.put(
        ids.map((i) => ({ id: i, document: { id: i, text: i, own: false }, fingerprints: [] })),
      );
      const seen: string[] = [];
      let after: string | undefined = `${p}-`;
      for (let page = 0; page < 10; page++) {
        const got: SourceRecord<SourceDocument>[] = (await store.list(after, 3)).filter((r) =>
          r.id.startsWith(`${p}-`),
        );
        for (const r of got) seen.push(r.id);
        if (got.length < 3) break;
        after = got[got.length - 1]?.id;
      }
      ensureSame(seen, ids, "the ids listed page by page");
    }),
    check(
      "StoredSourceIndex on the store finds what an in-memory SourceIndex finds",
      async ({ store }, p) => {
        const docs = ["x", "y", "z"].map((s) => ({
          id: `${p}-${s}`,
          text: text(s, 60),
          author: `Author ${s}`,
        }));
        const stored = new StoredSourceIndex(store);
        await stored.add(docs);
        const memory = new SourceIndex();
        for (const d of docs) memory.add(d);
        const draft = `As someone wrote: ${text("y", 60).split(" ").slice(5, 45).join(" ")}. That is all.`;
        const expected = memory.match(draft);
        ensure(expected.length > 0, "fixture: the draft copies from y");
        ensureSame(await stored.match(draft), expected, "matches from the store");
        ensureSame(
          (await stored.load()).match(draft),
          expected,
          "matches from the index loaded from the store",
        );
      },
    ),
  ];
}
