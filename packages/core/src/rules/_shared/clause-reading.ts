// Reading the clause analysis from a rule: is a verb group a statement of the author (not negated, not a question,
// not a hypothesis, not someone else's words), which words complete it, and what classes they carry.
import type { Analysis, Sem, VerbGroup, Word } from "../../lang/analysis.js";
import {
  cachedSentenceGroups,
  cachedSentenceWords,
  negationBetween,
  nextFiniteGroup,
  wordsHaveSem,
} from "./analysis-index.js";

/** Whether group `g` is asserted by the author: not negated, not in a question, a hypothesis or reported speech. */
export function asserted(a: Analysis, g: VerbGroup): boolean {
  if (g.negated) return false;
  const head = a.words[g.head] as Word;
  if (head.quoted) return false;
  const clause = a.clauses[head.clause];
  if (clause === undefined || clause.protasis || clause.reported) return false;
  return !(a.sentences[head.sentence]?.question ?? false);
}

/** Whether the words `[from, to)` of a sentence are asserted (no negation before them in their clause…). */
export function assertedAt(a: Analysis, index: number): boolean {
  const w = a.words[index];
  if (w === undefined || w.quoted) return false;
  const clause = a.clauses[w.clause];
  if (clause === undefined || clause.protasis || clause.reported) return false;
  if (a.sentences[w.sentence]?.question) return false;
  return !negationBetween(a, clause.firstWord, index);
}

/**
 * The words that complete group `g`: after its head, up to `max` words, not crossing the sentence's end nor the
 * start of another verb group.
 */
export function complementOf(a: Analysis, g: VerbGroup, max = 10): Word[] {
  const head = a.words[g.head] as Word;
  const sentence = a.sentences[head.sentence];
  const end = Math.min(sentence?.endWord ?? a.words.length, g.head + 1 + max);
  // Participles, gerunds and infinitives complete a clause (`los pedidos realizados…`); a finite verb ends it.
  const next = nextFiniteGroup(a, g.head);
  const stop = next === undefined ? end : Math.min(end, next.first);
  return a.words.slice(g.head + 1, stop) as Word[];
}

/**
 * `words[index]`, or undefined when `index` is negative: the word before the first is asked for often, and a
 * negative index is a property lookup by name, many times slower than the bounds check.
 */
export const wordAtIndex = (words: readonly Word[], index: number): Word | undefined =>
  index >= 0 ? words[index] : undefined;

/** The words of the sentence of word `index` before it, nearest last, up to `max`. */
export function before(a: Analysis, index: number, max = 6): Word[] {
  const w = a.words[index] as Word;
  const first = Math.max(a.sentences[w.sentence]?.firstWord ?? 0, index - max);
  return a.words.slice(first, index) as Word[];
}

/** Whether any of `words` has class `sem`. */
export const anySem = (words: readonly Word[], ...sems: Sem[]): boolean => wordsHaveSem(words, sems);

/** The words of sentence `s`. */
export const sentenceWords = (a: Analysis, s: number): readonly Word[] => cachedSentenceWords(a, s);

/** The verb groups of sentence `s`. */
export const sentenceGroups = (a: Analysis, s: number): readonly VerbGroup[] => cachedSentenceGroups(a, s);

/**
 * A span widened to whole words of `source`: a contraction keeps its host (`We'll`, not `'ll`), an amount keeps its
 * percent or currency sign (`20 %`).
 */
export function wholeWords(source: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  while (s > 0 && (source[s] === "'" || source[s] === "\u2019") && isLetter(source[s - 1])) {
    s--;
    while (s > 0 && isLetter(source[s - 1])) s--;
  }
  let e = end;
  let k = e;
  while (k < source.length && (source[k] === " " || source[k] === "\u00a0") && k - e < 1) k++;
  if (source[k] === "%" || source[k] === "€") e = k + 1;
  return { start: s, end: e };
}

const isLetter = (c: string | undefined): boolean => c !== undefined && c.toLowerCase() !== c.toUpperCase();

/** Index of the word that starts at `start`, or -1 (a binary search: words are in text order). */
export function wordAt(a: Analysis, start: number): number {
  let lo = 0;
  let hi = a.words.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const w = a.words[mid] as Word;
    if (w.start === start) return mid;
    if (w.start < start) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Index of the sentence that holds offset `at` (the last one starting at or before it), or -1. */
export function sentenceAt(a: Analysis, at: number): number {
  let lo = 0;
  let hi = a.sentences.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((a.sentences[mid] as { start: number }).start <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
