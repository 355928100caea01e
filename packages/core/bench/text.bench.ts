// Text layer benchmark: normalizeText, tokenize and the term matcher over a generated corpus, each as a
// ratio to the floor (`s.normalize("NFKC").toLowerCase()` on the same texts, same process), next to the
// npm packages obscenity and bad-words. Run: `npx tsx packages/core/bench/text.bench.ts`.
import { Filter } from "bad-words";
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from "obscenity";
import { normalizeText } from "../src/text/normalize.js";
import { compileTermMatcher } from "../src/text/term-matcher.js";
import { tokenize } from "../src/text/tokenize.js";
import { generateTerms, generateTexts } from "./corpus.js";
import { measure, printTimings, sinkValue, type Timing } from "./measure.js";

/** The words behind obscenity's English dataset (its patterns' `originalWord`). */
function obscenityWords(): string[] {
  const built = englishDataset.build();
  const words = new Set<string>();
  for (const t of built.blacklistedTerms) {
    const p = englishDataset.getPayloadWithPhraseMetadata({
      termId: t.id,
      startIndex: 0,
      endIndex: 0,
      matchLength: 0,
    });
    const w = p.phraseMetadata?.originalWord;
    if (w !== undefined) words.add(w);
  }
  return [...words];
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Prints the text-layer figures. */
export async function run(): Promise<void> {
  const texts = generateTexts({ seed: 42, count: 2000, lang: "mixed", length: { min: 40, max: 280 } });
  const avg = texts.reduce((n, t) => n + t.length, 0) / texts.length;
  console.log(`corpus: ${texts.length} texts (es+en), mean ${avg.toFixed(0)} UTF-16 units, seed 42`);

  const terms = generateTerms(5000);
  const compileMs: number[] = [];
  let matcher = compileTermMatcher(terms);
  for (let i = 0; i < 9; i++) {
    const t0 = performance.now();
    matcher = compileTermMatcher(terms);
    compileMs.push(performance.now() - t0);
  }
  const words = obscenityWords();
  const ours = compileTermMatcher(words);
  const obscenity = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
  const badWords = new Filter();

  const floor = measure("floor: NFKC + toLowerCase", texts, (s) => s.normalize("NFKC").toLowerCase());
  const timings = [
    floor,
    measure("normalizeText (all folding)", texts, (s) => normalizeText(s)),
    measure("tokenize", texts, (s) => tokenize(s)),
    measure("matcher, 5,000 terms (fold + find)", texts, (s) => matcher.find(s)),
    measure(`matcher, obscenity's ${words.length} words`, texts, (s) => ours.find(s)),
    measure("obscenity getAllMatches", texts, (s) => obscenity.getAllMatches(s)),
    measure("obscenity hasMatch", texts, (s) => obscenity.hasMatch(s)),
    measure("bad-words isProfane", texts, (s) => badWords.isProfane(s), 3, 1),
  ];
  printTimings(timings, floor);
  const byName = (prefix: string): Timing => timings.find((t) => t.name.startsWith(prefix))!;
  const mine = byName("matcher, obscenity");
  const speedup = (prefix: string): string => {
    const peer = byName(prefix);
    return `${(peer.medianUs / mine.medianUs).toFixed(1)}× by median, ${(peer.meanUs / mine.meanUs).toFixed(1)}× by mean`;
  };
  console.log(
    `compile 5,000 terms: ${median(compileMs).toFixed(1)} ms median of 9 (min ${Math.min(...compileMs).toFixed(1)} ms)\n` +
      `our matcher (obscenity's ${words.length} words, evasion folding on, folding included) is faster than\n` +
      `  obscenity getAllMatches: ${speedup("obscenity getAllMatches")}\n` +
      `  obscenity hasMatch:      ${speedup("obscenity hasMatch")}\n` +
      `  bad-words isProfane:     ${speedup("bad-words")}`,
  );

  // Which obfuscated forms each one catches (✓ caught, · missed); the last rows are false-positive traps.
  const forms: [string, string][] = [
    ["plain", "shit"],
    ["leet digits", "sh1t"],
    ["leet symbol", "$hit"],
    ["digits only", "5h17"],
    ["Cyrillic ѕ", "ѕhit"],
    ["Greek/Cyrillic mix", "ѕһіt"],
    ["fullwidth", "ｓｈｉｔ"],
    ["masked", "f*ck"],
    ["masked twice", "f**k"],
    ["bang as i", "sh!t"],
    ["zero-width split", "sh\u200Bit"],
    ["soft hyphen split", "fu\u00ADck"],
    ["repeated letters", "shiiiiit"],
    ["spaced", "s h i t"],
    ["dotted", "f.u.c.k"],
    ["upper case", "FUCK"],
    ["inflected (not listed)", "fucking"],
    ["trap: Scunthorpe", "Scunthorpe"],
    ["trap: classic", "classic"],
    ["trap: shiitake", "shiitake"],
    ["trap: assassin", "assassin"],
    ["trap: cocktail", "cocktail"],
  ];
  const mark = (b: boolean): string => (b ? "✓" : "·");
  console.table(
    forms.map(([form, text]) => ({
      form,
      text: JSON.stringify(text),
      normas: mark(ours.find(text).length > 0),
      obscenity: mark(obscenity.hasMatch(text)),
      "bad-words": mark(badWords.isProfane(text)),
    })),
  );
  if (sinkValue() < 0) console.log("");
}

const invokedDirectly = process.argv[1]?.endsWith("text.bench.ts") === true;
if (invokedDirectly) await run();
