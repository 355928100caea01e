import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InputError } from "../model/errors.js";
import { SourceIndex } from "./source-index.js";
import { foldWords } from "./words.js";

const ES =
  "La atención al cliente empieza mucho antes de que el cliente escriba su primera queja en las redes sociales de la marca.";
const EN =
  "Great customer service starts long before the customer ever writes their first complaint on the brand's social networks.";

function index(): SourceIndex {
  const i = new SourceIndex();
  i.add({ id: "es", author: "Ana Pérez", text: ES });
  i.add({ id: "en", author: "Sam Lee", text: EN });
  return i;
}

/** The folded words of the draft span equal those of the source span: spans are exact. */
function expectExactSpans(i: SourceIndex, draft: string): void {
  for (const m of i.match(draft)) {
    const src = i.get(m.sourceId)?.text ?? "";
    for (const f of m.fragments) {
      expect(foldWords(draft.slice(f.draft.start, f.draft.end))).toBe(
        foldWords(src.slice(f.source.start, f.source.end)),
      );
    }
  }
}

describe("SourceIndex.match", () => {
  it("finds verbatim copies in Spanish and English with spans in the draft and in the source", () => {
    const i = index();
    const es = `Opinión: ${ES}`;
    const [m] = i.match(es);
    expect(m?.sourceId).toBe("es");
    expect(m?.fragments).toHaveLength(1);
    expect(m?.fragments[0]?.draft).toEqual({ start: 9, end: es.length - 1 });
    expect(m?.fragments[0]?.source).toEqual({ start: 0, end: ES.length - 1 });
    expect(m?.sourceCoverage).toBe(1);
    expect(i.match(`Opinion: ${EN}`)[0]?.sourceId).toBe("en");
  });

  it("sees through changed case, accents, punctuation and whitespace", () => {
    const i = index();
    const es = "LA ATENCION al cliente, empieza mucho antes   de que el cliente escriba su PRIMERA queja";
    const en = "great customer-service starts long before... the customer ever writes their first complaint";
    expect(i.match(es)[0]?.fragments[0]?.words).toBe(15);
    expect(i.match(en)[0]?.fragments[0]?.words).toBe(13);
    expectExactSpans(i, es);
    expectExactSpans(i, en);
  });

  it("chains a copy split by a few inserted words into one fragment", () => {
    const i = index();
    const es =
      "La atención al cliente, sin duda, empieza mucho antes de que el cliente, ya harto, escriba su primera queja.";
    const [m] = i.match(es);
    expect(m?.fragments).toHaveLength(1);
    expect(m?.fragments[0]?.words).toBe(15);
    const en =
      "Great customer service starts long, we believe, before the customer ever writes their first complaint online.";
    expect(i.match(en)[0]?.fragments).toHaveLength(1);
    expect(i.match(en)[0]?.fragments[0]?.words).toBe(13);
  });

  it("does not report runs shorter than the minimum, nor stop-phrases", () => {
    const i = new SourceIndex();
    i.add({
      id: "faq",
      text: "Gracias por su mensaje. Thank you for your patience. Le escribimos desde la tienda.",
    });
    expect(i.match("La atención al cliente empieza mucho antes, sin más.")).toEqual([]);
    expect(i.match("Gracias por su mensaje. Thank you for your patience.")).toEqual([]);
    const j = index();
    expect(j.match("La atención al cliente empieza mucho antes, sin más.")).toEqual([]); // 7 words
    expect(j.match("La atención al cliente empieza mucho antes, sin más.", { minWords: 6 })).toHaveLength(1);
  });

  it("merges overlapping fragments and reports separate ones apart", () => {
    const i = index();
    const draft = `${ES} Y además: ${ES}`;
    const [m] = i.match(draft);
    expect(m?.fragments).toHaveLength(2);
    expect(m?.fragments[0]?.draft.end).toBeLessThan(m?.fragments[1]?.draft.start ?? 0);
  });

  it("replaces and removes sources", () => {
    const i = index();
    i.replace({
      id: "es",
      text: "Un texto completamente distinto que no comparte nada con el borrador de hoy.",
    });
    expect(i.match(ES)).toEqual([]);
    expect(i.remove("en")).toBe(true);
    expect(i.remove("en")).toBe(false);
    expect(i.match(EN)).toEqual([]);
    expect(i.size).toBe(1);
  });

  it("gives the same answer with and without the cache of recently verified sources, also after replace", () => {
    const cached = index();
    const uncached = new SourceIndex({ sourceCache: 0 });
    uncached.add({ id: "es", author: "Ana Pérez", text: ES });
    uncached.add({ id: "en", author: "Sam Lee", text: EN });
    for (const draft of [ES, `Hoy: ${ES}`, `«${EN}» — Sam Lee`, ES])
      expect(cached.match(draft)).toEqual(uncached.match(draft));
    cached.replace({ id: "es", text: `Prólogo nuevo. ${ES}` });
    expect(cached.match(ES)[0]?.fragments[0]?.source.start).toBe("Prólogo nuevo. ".length);
  });

  it("refuses bad input with typed errors", () => {
    const i = index();
    expect(() => i.add({ id: "es", text: "otra vez" })).toThrow(InputError);
    try {
      i.add({ id: "", text: "x" });
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).issues[0]?.path).toEqual(["id"]);
    }
    expect(() => i.match(42 as unknown as string)).toThrow(InputError);
    expect(() => i.match("texto", { minWords: Number.NaN })).toThrow(InputError);
    expect(() => new SourceIndex({ kgramWords: 1 })).toThrow(InputError);
  });

  it("handles empty, emoji-only and very short drafts without matches", () => {
    const i = index();
    expect(i.match("")).toEqual([]);
    expect(i.match("🎉🎉🎉 😀")).toEqual([]);
    expect(i.match("La atención")).toEqual([]);
  });

  it("removes the index's own stop-phrases before hashing, in both languages", () => {
    const text =
      "Consulte nuestra política de devoluciones en la web oficial. Read our returns policy on the official website.";
    const plain = new SourceIndex();
    plain.add({ id: "faq", text });
    expect(plain.match(text)).toHaveLength(1);
    const custom = new SourceIndex({
      stopPhrases: [
        "consulte nuestra política de devoluciones en la web oficial",
        "read our returns policy on the official website",
      ],
    });
    custom.add({ id: "faq", text });
    expect(custom.match(text)).toEqual([]);
  });

  it("ignores fingerprints held by too many documents (MOSS-style cap)", () => {
    const i = new SourceIndex({ maxDocFrequency: 3 });
    const boiler = "Síguenos en nuestras redes sociales para más novedades y ofertas exclusivas cada semana";
    for (let d = 0; d < 5; d++)
      i.add({ id: `d${d}`, text: `${boiler}. Documento número ${d} con texto propio.` });
    expect(i.match(boiler)).toEqual([]);
    const j = new SourceIndex({ maxDocFrequency: 10 });
    for (let d = 0; d < 5; d++) j.add({ id: `d${d}`, text: `${boiler}. Documento número ${d}.` });
    expect(j.match(boiler)).toHaveLength(5);
  });

  it("always finds a shared run of 8+ words with exact spans (property, both languages)", () => {
    const word = fc.constantFrom(
      ..."atención cliente marca queja pedido envío customer brand order refund parcel reply".split(" "),
    );
    const filler = fc.array(fc.constantFrom(..."uno dos tres cuatro five six seven eight".split(" ")), {
      maxLength: 25,
    });
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 8, maxLength: 20 }),
        filler,
        filler,
        filler,
        (shared, a, b, c) => {
          const run = shared.join(" ");
          const i = new SourceIndex({ builtinStopPhrases: false });
          i.add({ id: "s", text: `${a.join(" ")}. ${run}, ${b.join(" ")}` });
          const draft = `${c.join(" ")} ${run.toUpperCase()}!`;
          const found = i.match(draft);
          expect(found).toHaveLength(1);
          const f = found[0]?.fragments.at(-1); // the run closes the draft
          expect(f?.words ?? 0).toBeGreaterThanOrEqual(8);
          // the fragment holds the shared run and starts and ends on words equal in draft and source
          // (inside, a chained fragment may bridge a few inserted words)
          const d = foldWords(draft.slice(f?.draft.start, f?.draft.end)).split(" ");
          const s = foldWords(i.get("s")?.text.slice(f?.source.start, f?.source.end) ?? "").split(" ");
          expect(` ${d.join(" ")} `).toContain(` ${foldWords(run)} `);
          expect([d[0], d[d.length - 1]]).toEqual([s[0], s[s.length - 1]]);
        },
      ),
      { numRuns: 150 },
    );
  });
});
