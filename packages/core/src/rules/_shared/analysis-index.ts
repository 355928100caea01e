// Per-analysis lookups built once, so that a rule asking about every verb group of one long sentence stays
// linear: a repeated commitment (`te devolveremos el dinero te devolveremos…`) has thousands of groups in one
// sentence, and a scan of the sentence or of every group per group made evaluation quadratic.
import type { Analysis, Sem, VerbGroup, Word } from "../../lang/analysis.js";

interface AnalysisIndex {
  readonly sentenceWords: (Word[] | undefined)[];
  /** The classes present in each sentence handed out, built on first use by {@link wordsHaveSem}. */
  readonly sentenceSems: (Set<Sem> | undefined)[];
  readonly sentenceGroups: VerbGroup[][];
  /** Verb groups that end a clause (not participle, gerund or infinitive), in text order. */
  readonly finite: readonly VerbGroup[];
  /** Whether `finite` is sorted by `first` (always, for the built-in analysers; checked, not assumed). */
  readonly finiteSorted: boolean;
  /** Whether the groups of every sentence come in order of their heads (checked, not assumed). */
  readonly headsSorted: boolean;
  /** Every group's head, sorted. */
  readonly heads: readonly number[];
  /** `negations[i]`: how many of the words before `i` carry `neg`. */
  readonly negations: readonly number[];
  /** `lastNeg[i]`: index of the last word before `i` that carries `neg`, or -1. */
  readonly lastNeg: readonly number[];
  /** Whether `a.groups` comes in order of heads (checked, not assumed). */
  readonly allHeadsSorted: boolean;
}

const indexes = new WeakMap<Analysis, AnalysisIndex>();
// The last analysis asked about and its index: every rule of one evaluation asks about the same analysis many
// times, and a weak-map lookup per question was a measurable share of a check.
let lastAnalysis: Analysis | undefined;
let lastIndex: AnalysisIndex | undefined;
/**
 * The indexes built last, most recent first: an evaluation analyses at most its text and the comment it answers,
 * in one language or two, so a sentence handed out during it is found here by identity (a weak map of every
 * array handed out cost more to fill than the questions it answered).
 */
const recent: AnalysisIndex[] = [];
const RECENT = 4;

function indexOf(a: Analysis): AnalysisIndex {
  if (a === lastAnalysis) return lastIndex as AnalysisIndex;
  const known = indexes.get(a);
  if (known !== undefined) {
    lastAnalysis = a;
    lastIndex = known;
    return known;
  }
  const sentenceGroups: VerbGroup[][] = a.sentences.map(() => []);
  const finite: VerbGroup[] = [];
  let finiteSorted = true;
  let headsSorted = true;
  for (const g of a.groups) {
    const s = (a.words[g.head] as Word | undefined)?.sentence;
    const own = s === undefined ? undefined : sentenceGroups[s];
    if (own !== undefined) {
      const last = own[own.length - 1];
      if (last !== undefined && last.head > g.head) headsSorted = false;
      own.push(g);
    }
    if (g.tam !== "part" && g.tam !== "ger" && g.tam !== "inf") {
      const last = finite[finite.length - 1];
      if (last !== undefined && last.first > g.first) finiteSorted = false;
      finite.push(g);
    }
  }
  // Plain arrays of small integers: a typed array per analysis cost more to allocate than it saved to read.
  let allHeadsSorted = true;
  const heads: number[] = [];
  for (let k = 0; k < a.groups.length; k++) {
    const head = (a.groups[k] as VerbGroup).head;
    if (k > 0 && (a.groups[k - 1] as VerbGroup).head > head) allHeadsSorted = false;
    heads.push(head);
  }
  if (!allHeadsSorted) heads.sort((x, y) => x - y);
  const negations: number[] = [0];
  const lastNeg: number[] = [-1];
  for (let i = 0; i < a.words.length; i++) {
    const neg = (a.words[i] as Word).sems.includes("neg");
    negations.push((negations[i] as number) + (neg ? 1 : 0));
    lastNeg.push(neg ? i : (lastNeg[i] as number));
  }
  const index: AnalysisIndex = {
    sentenceWords: new Array(a.sentences.length),
    sentenceSems: new Array(a.sentences.length),
    sentenceGroups,
    finite,
    finiteSorted,
    headsSorted,
    heads,
    negations,
    lastNeg,
    allHeadsSorted,
  };
  indexes.set(a, index);
  recent.unshift(index);
  if (recent.length > RECENT) recent.pop();
  lastAnalysis = a;
  lastIndex = index;
  return index;
}

/** The words of sentence `s`, one shared array per sentence (callers must not change it). */
export function cachedSentenceWords(a: Analysis, s: number): Word[] {
  const index = indexOf(a);
  let words = index.sentenceWords[s];
  if (words === undefined) {
    const sentence = a.sentences[s];
    words = sentence === undefined ? [] : (a.words.slice(sentence.firstWord, sentence.endWord) as Word[]);
    index.sentenceWords[s] = words;
  }
  return words;
}

/** The verb groups of sentence `s`, in text order, one shared array per sentence. */
export const cachedSentenceGroups = (a: Analysis, s: number): VerbGroup[] =>
  indexOf(a).sentenceGroups[s] ?? [];

/** The first finite verb group (in text order) that starts after word `index`. */
export function nextFiniteGroup(a: Analysis, index: number): VerbGroup | undefined {
  const { finite, finiteSorted } = indexOf(a);
  if (!finiteSorted) return finite.find((o) => o.first > index);
  let lo = 0;
  let hi = finite.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((finite[mid] as VerbGroup).first > index) hi = mid;
    else lo = mid + 1;
  }
  return finite[lo];
}

/** The last verb group of sentence `s` (in text order) whose head is in `[from, to)`. */
export function lastGroupWithHeadIn(a: Analysis, s: number, from: number, to: number): VerbGroup | undefined {
  const index = indexOf(a);
  const groups = index.sentenceGroups[s] ?? [];
  if (!index.headsSorted) {
    const inRange = groups.filter((o) => o.head < to && o.head >= from);
    return inRange[inRange.length - 1];
  }
  let lo = 0;
  let hi = groups.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((groups[mid] as VerbGroup).head < to) lo = mid + 1;
    else hi = mid;
  }
  const last = groups[lo - 1];
  return last !== undefined && last.head >= from ? last : undefined;
}

/** The largest head of a verb group before word `index`, or -1. */
export function lastHeadBefore(a: Analysis, index: number): number {
  const { heads } = indexOf(a);
  let lo = 0;
  let hi = heads.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((heads[mid] as number) < index) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? -1 : (heads[lo - 1] as number);
}

/** Whether any word in `[from, to)` carries `neg`. */
export function negationBetween(a: Analysis, from: number, to: number): boolean {
  const { negations } = indexOf(a);
  if (to <= from) return false;
  return (negations[Math.min(to, a.words.length)] as number) - (negations[Math.max(0, from)] as number) > 0;
}

/**
 * Whether any of `words` has one of `sems`; a sentence handed out by {@link cachedSentenceWords} (for the
 * analysis asked about last) answers from a set built on first use, so asking once per group costs one read of the sentence, not one per group.
 */
export function wordsHaveSem(words: readonly Word[], sems: readonly Sem[]): boolean {
  // A sentence handed out for the analysis asked about last is known by identity (its first word says which).
  // Any other sentence handed out lately is found through the index it was handed out from.
  const s = words[0]?.sentence;
  let owner: AnalysisIndex | undefined;
  if (s !== undefined) {
    if (lastIndex !== undefined && lastIndex.sentenceWords[s] === words) owner = lastIndex;
    else for (const index of recent) if (index.sentenceWords[s] === words) owner = index;
  }
  if (owner !== undefined && s !== undefined) {
    let set = owner.sentenceSems[s];
    if (set === undefined) {
      set = new Set();
      for (const w of words) for (const c of w.sems) set.add(c);
      owner.sentenceSems[s] = set;
    }
    for (const s of sems) if (set.has(s)) return true;
    return false;
  }
  return words.some((w) => sems.some((s) => w.sems.includes(s)));
}

/** Index of the last word before `index` that carries `neg`, or -1. */
export const lastNegationBefore = (a: Analysis, index: number): number =>
  indexOf(a).lastNeg[Math.max(0, Math.min(index, a.words.length))] as number;

/** How many verb groups have their head strictly between words `from` and `to`. */
export function headsBetween(a: Analysis, from: number, to: number): number {
  const { heads } = indexOf(a);
  const below = (limit: number): number => {
    let lo = 0;
    let hi = heads.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((heads[mid] as number) < limit) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return Math.max(0, below(to) - below(from + 1));
}

/** The verb groups whose head is in `[from, to)`, in the order of `a.groups`. */
export function groupsWithHeadIn(a: Analysis, from: number, to: number): VerbGroup[] {
  if (!indexOf(a).allHeadsSorted) return a.groups.filter((o) => o.head >= from && o.head < to);
  let lo = 0;
  let hi = a.groups.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((a.groups[mid] as VerbGroup).head < from) lo = mid + 1;
    else hi = mid;
  }
  const out: VerbGroup[] = [];
  for (let k = lo; k < a.groups.length && (a.groups[k] as VerbGroup).head < to; k++)
    out.push(a.groups[k] as VerbGroup);
  return out;
}
