import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findQuotedSpans, insideAny } from "./quotes.js";

describe("findQuotedSpans", () => {
  it("finds Spanish and English quotation marks", () => {
    const text = 'Nos dijo «hola» y “adiós”, luego "vale".';
    expect(findQuotedSpans(text).map((s) => text.slice(s.start, s.end))).toEqual([
      "«hola»",
      "“adiós”",
      '"vale"',
    ]);
  });

  it("does not read apostrophes as quotes", () => {
    expect(findQuotedSpans("The customer's order, don't worry, it's here.")).toEqual([]);
    const text = "As you said, 'it's late', we apologise.";
    expect(findQuotedSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(["'it's late'"]);
  });

  it("quotes nothing when a mark is not closed", () => {
    expect(findQuotedSpans("«sin cerrar y más texto")).toEqual([]);
  });

  it("returns sorted, non-overlapping spans inside the text (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("a", " ", "«", "»", '"', "'", "“", "”", "b"), { maxLength: 200 }),
        (parts) => {
          const text = parts.join("");
          const spans = findQuotedSpans(text);
          let last = -1;
          for (const s of spans) {
            expect(s.start).toBeGreaterThan(last);
            expect(s.end).toBeLessThanOrEqual(text.length);
            expect(insideAny(spans, s.start, s.end)).toBe(true);
            last = s.end - 1;
          }
        },
      ),
    );
  });
});

describe("insideAny (property)", () => {
  it("answers as a scan of every span does, for sorted spans", () => {
    const span = fc
      .record({ start: fc.integer({ min: 0, max: 40 }), length: fc.integer({ min: 0, max: 15 }) })
      .map(({ start, length }) => ({ start, end: start + length }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 20 }), span, (spans, q) => {
        const sorted = [...spans].sort((a, b) => a.start - b.start);
        const naive = sorted.some((s) => q.start >= s.start && q.end <= s.end);
        expect(insideAny(sorted, q.start, q.end)).toBe(naive);
      }),
      { numRuns: 1000 },
    );
  });
});
