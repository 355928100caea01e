import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkReply } from "../../testing/rule-fixtures.js";
import { tokenize } from "../../text/tokenize.js";
import { lengthRule, platformLength } from "./length.js";

const check = (text: string, channel: string | undefined, brand = "acme-es") =>
  checkReply(lengthRule, channel === undefined ? { brand, text } : { brand, text, channel });

describe("voice/length", () => {
  it("allows exactly the limit and reports one more, from the first character past it", () => {
    expect(check("a".repeat(280), "x")).toEqual([]);
    const v = check("a".repeat(281), "x");
    expect(v).toHaveLength(1);
    expect(v[0]?.span).toEqual({ start: 280, end: 281 });
    expect(v[0]?.message).toBe("281 caracteres; x admite 280 (sobran 1).");
  });

  it("counts grapheme clusters, not UTF-16 units", () => {
    expect(check("👨‍👩‍👧".repeat(280), "x")).toEqual([]);
    expect(check("e\u0301".repeat(280), "x")).toEqual([]);
    expect(check("🇪🇸".repeat(281), "x")).toHaveLength(1);
  });

  it("counts each URL as the channel's urlLength", () => {
    const url = `https://acme.example/${"a".repeat(200)}`;
    // 256 + 1 space + 23 = 280 fits; one more letter does not, although the URL alone is 221 characters.
    expect(check(`${"b".repeat(256)} ${url}`, "x")).toEqual([]);
    expect(check(`${"b".repeat(257)} ${url}`, "x")).toHaveLength(1);
  });

  it("uses the brand's own limit over the channel's (English)", () => {
    const policy = {
      brands: [
        { id: "acme-en", name: "Acme UK", locale: "en-GB" as const, voice: { maxLength: { x: 100 } } },
      ],
    };
    const v = checkReply(lengthRule, { brand: "acme-en", channel: "x", text: "z".repeat(101) }, { policy });
    expect(v[0]?.message).toBe("101 characters; x allows 100 (1 too many).");
  });

  it("does nothing without a channel or for a channel without a limit", () => {
    expect(check("a".repeat(5000), undefined)).toEqual([]);
    expect(check("a".repeat(5000), "telegram")).toEqual([]);
  });

  it("never splits a surrogate pair and reports exactly the overflow (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("a", "ñ", "😊", "👍🏽", " ", "e\u0301"), { maxLength: 320 }),
        (parts) => {
          const text = parts.join("");
          const v = check(text, "x");
          const count = platformLength(text, [], undefined);
          expect(v.length === 1).toBe(count > 280);
          const span = v[0]?.span;
          if (span !== undefined) {
            expect(platformLength(text.slice(0, span.start), [], undefined)).toBe(280);
            const c = text.charCodeAt(span.start);
            expect(c >= 0xdc00 && c <= 0xdfff).toBe(false);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it("cuts where a search over every prefix length would, URLs and emoji included (property)", () => {
    const url = "https://acme.example/ayuda";
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("a", "ñ", "😊", "👍🏽", " ", "e\u0301", ` ${url} `, " acme.es "), {
          maxLength: 300,
        }),
        (parts) => {
          const text = parts.join("");
          const v = check(text, "x");
          const urls = tokenize(text).filter((t) => t.kind === "url");
          const count = platformLength(text, urls, 23);
          expect(v.length === 1).toBe(count > 280);
          if (v.length === 0) return;
          let lo = 0;
          let hi = text.length;
          while (lo < hi) {
            const mid = Math.ceil((lo + hi) / 2);
            if (platformLength(text, urls, 23, mid) <= 280) lo = mid;
            else hi = mid - 1;
          }
          const code = text.charCodeAt(lo - 1);
          if (code >= 0xd800 && code <= 0xdbff) lo--;
          expect(v[0]?.span).toEqual({ start: lo, end: text.length });
        },
      ),
      { numRuns: 200 },
    );
  });
});
