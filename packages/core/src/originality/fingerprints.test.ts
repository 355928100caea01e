import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HashList, hashKgrams, winnow } from "./fingerprints.js";
import { scanWords, WordList } from "./words.js";

const fingerprints = (text: string, k: number, w: number): Set<string> => {
  const words = scanWords(text, new WordList());
  const selected = winnow(hashKgrams(words, k, new HashList()), w, new HashList());
  const out = new Set<string>();
  for (let i = 0; i < selected.count; i++) out.add(`${selected.a[i]}:${selected.b[i]}`);
  return out;
};

const word = fc.constantFrom(
  ..."el la de que y en un una cliente marca the of and to a in is customer brand service".split(" "),
);
const words = (min: number, max: number) =>
  fc.array(word, { minLength: min, maxLength: max }).map((w) => w.join(" "));

describe("winnowing of hashed word k-grams", () => {
  it("selects about 2/(w+1) of the k-grams", () => {
    const text = Array.from({ length: 2000 }, (_, i) => `w${(i * 7919) % 100003}`).join(" ");
    const n = fingerprints(text, 4, 5).size;
    expect(n / 1997).toBeGreaterThan(0.25);
    expect(n / 1997).toBeLessThan(0.42);
  });

  it("guarantees a common fingerprint for any shared run of w + k − 1 words (property)", () => {
    fc.assert(
      fc.property(
        words(0, 30),
        words(8, 20),
        words(0, 30),
        words(0, 30),
        words(0, 30),
        (a, shared, b, c, d) => {
          const x = fingerprints(`${a} ${shared} ${b}`, 4, 5);
          const y = fingerprints(`${c} ${shared} ${d}`, 4, 5);
          expect([...x].some((f) => y.has(f))).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("gives a text shorter than a k-gram no fingerprint and a short text its minimum", () => {
    expect(fingerprints("tres palabras solas", 4, 5).size).toBe(0);
    expect(fingerprints("exactly four words here", 4, 5).size).toBe(1);
  });
});
