import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tokenize } from "./tokenize.js";

const kinds = (s: string): string[] => tokenize(s).map((t) => `${t.kind}:${t.text}`);

describe("tokenize", () => {
  it("splits a Spanish reply into words, punctuation, mention, hashtag and emoji", () => {
    expect(kinds("¡Hola @maria_g! Gracias por escribir 🙏🏽 #AtenciónCliente")).toEqual([
      "punct:¡",
      "word:Hola",
      "mention:@maria_g",
      "punct:!",
      "word:Gracias",
      "word:por",
      "word:escribir",
      "emoji:🙏🏽",
      "hashtag:#AtenciónCliente",
    ]);
  });

  it("splits an English reply with a URL, an e-mail and a contraction", () => {
    expect(kinds("We're sorry, see https://acme.com/help?id=3). Or mail help@acme.co.uk.")).toEqual([
      "word:We're",
      "word:sorry",
      "punct:,",
      "word:see",
      "url:https://acme.com/help?id=3",
      "punct:)",
      "punct:.",
      "word:Or",
      "word:mail",
      "email:help@acme.co.uk",
      "punct:.",
    ]);
  });

  it("recognises www and bare domains with a common TLD, not ordinary sentence ends", () => {
    expect(kinds("visita www.acme.es o acme.com/ofertas. Fin.Gracias")).toEqual([
      "word:visita",
      "url:www.acme.es",
      "word:o",
      "url:acme.com/ofertas",
      "punct:.",
      "word:Fin",
      "punct:.",
      "word:Gracias",
    ]);
  });

  it("keeps numbers apart from words, with thousands separators and leetspeak words whole", () => {
    expect(kinds("Pedido 12345 por 1.000,50 € h0l4 covid19")).toEqual([
      "word:Pedido",
      "number:12345",
      "word:por",
      "number:1.000,50",
      "punct:€",
      "word:h0l4",
      "word:covid19",
    ]);
  });

  it("treats ZWJ families, flags, skin tones and keycaps as one emoji each", () => {
    expect(kinds("👨‍👩‍👧🇪🇸🇲🇽👍🏽1️⃣❤️")).toEqual([
      "emoji:👨‍👩‍👧",
      "emoji:🇪🇸",
      "emoji:🇲🇽",
      "emoji:👍🏽",
      "emoji:1️⃣",
      "emoji:❤️",
    ]);
  });

  it("keeps words split by zero-width characters and masked words whole", () => {
    expect(kinds("sh\u200Bit f*ck")).toEqual(["word:sh\u200Bit", "word:f*ck"]);
  });

  it("handles every script: accents, CJK, Devanagari, Arabic, Cyrillic", () => {
    expect(kinds("niño 日本語 नमस्ते مرحبا привет")).toEqual([
      "word:niño",
      "word:日本語",
      "word:नमस्ते",
      "word:مرحبا",
      "word:привет",
    ]);
  });

  it("reads runs of dotted and hyphenated words as words, and still finds a domain or e-mail after them", () => {
    // These runs once made the URL and e-mail scans re-read to the end of the run after every word.
    expect(kinds("a.a.a.a acme.es")).toEqual([
      "word:a",
      "punct:.",
      "word:a",
      "punct:.",
      "word:a",
      "punct:.",
      "word:a",
      "url:acme.es",
    ]);
    expect(kinds("a-a-b x.y@acme.es").slice(-1)).toEqual(["email:x.y@acme.es"]);
    expect(kinds("f.u.c.k.")).toEqual([
      "word:f",
      "punct:.",
      "word:u",
      "punct:.",
      "word:c",
      "punct:.",
      "word:k",
      "punct:.",
    ]);
  });

  it("does not read a number sign or an e-mail as a hashtag or mention", () => {
    expect(kinds("#1 ana@acme.es")).toEqual(["punct:#", "number:1", "email:ana@acme.es"]);
  });

  // Linear time on long and hostile texts is checked by `pnpm stress`, not here.
  it("tokenizes a long text of mixed tokens", () => {
    const text = "Hola @ana 👍🏽 https://acme.es/x h0l4 1.000,50 ".repeat(500);
    const tokens = tokenize(text);
    expect(tokens).toHaveLength(500 * 6);
    expect(tokens.at(-1)?.kind).toBe("number");
  });

  it("tokens are ordered, inside the text and equal to their slice (property)", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "binary", maxLength: 40 }),
          fc
            .array(
              fc.constantFrom(
                "a",
                "Ñ",
                "1",
                ".",
                "@",
                "#",
                "www.",
                "x.com",
                "/",
                " ",
                "👍",
                "🏽",
                "\u200d",
                "\ud83d",
                "é",
                "\u0301",
                "*",
                "'",
              ),
              { maxLength: 30 },
            )
            .map((a) => a.join("")),
        ),
        (s) => {
          let last = 0;
          for (const t of tokenize(s)) {
            expect(t.start).toBeGreaterThanOrEqual(last);
            expect(t.end).toBeGreaterThan(t.start);
            expect(t.end).toBeLessThanOrEqual(s.length);
            expect(t.text).toBe(s.slice(t.start, t.end));
            last = t.end;
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
