import { describe, expect, it } from "vitest";
import { SourceIndex } from "../../originality/source-index.js";
import { checkOriginality } from "../../testing/originality-fixtures.js";
import { unattributedCopyRule } from "./unattributed-copy.js";

const post = (
  text: string,
  sources?: SourceIndex,
  extra: { options?: Record<string, unknown>; brand?: string } = {},
) => checkOriginality(unattributedCopyRule, "post", text, sources ? { sources } : {}, extra);

function index(): SourceIndex {
  const i = new SourceIndex();
  i.add({
    id: "blog-ana",
    author: "Ana Pérez",
    url: "https://blog.example/atencion",
    text: "La atención al cliente empieza mucho antes de que el cliente escriba su primera queja en redes.",
  });
  i.add({
    id: "post-sam",
    author: "Sam Lee",
    handle: "@samlee",
    text: "Great service starts long before the customer ever writes to you about a problem.",
  });
  i.add({
    id: "own-1",
    own: true,
    text: "Nuestra nueva colección de otoño llega a todas las tiendas el próximo lunes con descuentos especiales.",
  });
  return i;
}

describe("originality/unattributed-copy", () => {
  it("reports a verbatim Spanish copy in a post, with spans and source evidence", () => {
    const text =
      "Hoy pensamos que la atención al cliente empieza mucho antes de que el cliente escriba su primera queja.";
    const v = post(text, index());
    expect(v).toHaveLength(1);
    expect(v[0]?.messageId).toBe("copied");
    expect(v[0]?.severity).toBe("error");
    expect(text.slice(v[0]?.span?.start, v[0]?.span?.end)).toBe(
      "la atención al cliente empieza mucho antes de que el cliente escriba su primera queja",
    );
    expect(v[0]?.evidence).toMatchObject({ sourceId: "blog-ana", words: 15, quote: null, credit: null });
    expect(v[0]?.message).toContain("Ana Pérez");
  });

  it("reports an English copy in a reply with changed case and punctuation", () => {
    const text = "GREAT service starts long before... the customer ever writes to you!";
    const v = checkOriginality(
      unattributedCopyRule,
      "reply",
      text,
      { sources: index() },
      { brand: "acme-en" },
    );
    expect(v.map((x) => x.messageId)).toEqual(["copied"]);
    expect(v[0]?.message).toContain("Sam Lee");
  });

  it("accepts a quoted and credited fragment in both languages", () => {
    const es =
      "Como escribió Ana Pérez, «la atención al cliente empieza mucho antes de que el cliente escriba».";
    const en = "As @samlee puts it: “great service starts long before the customer ever writes to you”.";
    expect(post(es, index())).toEqual([]);
    expect(post(en, index(), { brand: "acme-en" })).toEqual([]);
  });

  it("tells a quote without credit from a credit without quote", () => {
    const quoted = "«La atención al cliente empieza mucho antes de que el cliente escriba su primera queja»";
    const credited =
      "Según Ana Pérez, la atención al cliente empieza mucho antes de que el cliente escriba su primera queja.";
    const a = post(quoted, index());
    const b = post(credited, index());
    expect(a.map((x) => x.messageId)).toEqual(["uncredited"]);
    expect(b.map((x) => x.messageId)).toEqual(["unquoted"]);
    expect(b[0]?.evidence?.credit).toMatchObject({ kind: "author", text: "Ana Pérez" });
  });

  it("gives spans in UTF-16 offsets of the caller's text, after emoji and combining accents", () => {
    const es =
      "🎉🎉 Hoy: la atencio\u0301n al cliente empieza mucho antes de que el cliente escriba su primera queja 🙌";
    const [v] = post(es, index());
    expect(es.slice(v?.span?.start, v?.span?.end)).toBe(
      "la atencio\u0301n al cliente empieza mucho antes de que el cliente escriba su primera queja",
    );
    const en = "👋🏽 ＧＲＥＡＴ service starts long before the customer ever writes to you 💬";
    const [w] = post(en, index(), { brand: "acme-en" });
    expect(en.slice(w?.span?.start, w?.span?.end)).toBe(
      "ＧＲＥＡＴ service starts long before the customer ever writes to you",
    );
  });

  it("suggests quoting and crediting the fragment", () => {
    const text = "Great service starts long before the customer ever writes to you about a problem.";
    const [v] = post(text, index(), { brand: "acme-en" });
    const edits = v?.suggestions?.[0]?.edits ?? [];
    let fixed = text;
    for (const e of [...edits].reverse()) fixed = fixed.slice(0, e.start) + e.text + fixed.slice(e.end);
    expect(fixed).toBe(
      "“Great service starts long before the customer ever writes to you about a problem” (via Sam Lee).",
    );
  });

  it("ignores the brand's own texts and does nothing without an index", () => {
    const own =
      "Nuestra nueva colección de otoño llega a todas las tiendas el próximo lunes con descuentos especiales.";
    expect(post(own, index())).toEqual([]);
    expect(post("La atención al cliente empieza mucho antes de que el cliente escriba.")).toEqual([]);
  });

  it("drops fragments made of the policy's own stop-phrases", () => {
    const i = new SourceIndex();
    i.add({
      id: "faq",
      text: "Consulte nuestra política de devoluciones en la web oficial de la tienda online.",
    });
    const text = "Consulte nuestra política de devoluciones en la web oficial de la tienda online.";
    expect(post(text, i)).toHaveLength(1);
    const stopPhrases = ["consulte nuestra política de devoluciones en la web oficial"];
    expect(post(text, i, { options: { stopPhrases } })).toEqual([]);
  });
});
