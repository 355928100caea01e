// Context checks shared by the reply rules (respect, brand, authority): quoted words, the sentence a hit sits
// in, and the words just before it. Every scan here is a single linear pass; no pattern is built from text.
import type { RuleContextBase } from "../../engine/rule.js";
import type { CommitmentCategory } from "../../model/commitments.js";
import type { Policy } from "../../policy/schema.js";
import { classOf, LETTER, MARK, NUMBER } from "../../text/chars.js";
import { foldedWord } from "../../text/folded-word.js";
import type { TermHit } from "../../text/term-matcher.js";

/** `[start, end)` ranges of the source that are inside quotation marks. */
export type Ranges = readonly (readonly [number, number])[];

const PAIRS: Readonly<Record<string, string>> = {
  "\u201c": "\u201d",
  "\u00ab": "\u00bb",
  "\u201e": "\u201d",
};
// One code unit at a time (`source[i]`): the cached character classes give what `/[\p{L}\p{N}]/u` would.
const isLetter = (ch: string | undefined): boolean =>
  ch === undefined
    ? false
    : ch.length === 1
      ? (classOf(ch.charCodeAt(0)) & (LETTER | NUMBER)) !== 0
      : /[\p{L}\p{N}]/u.test(ch);
const isQuoteMark = (c: number): boolean =>
  c === 0x22 || c === 0x27 || c === 0xab || c === 0xbb || (c >= 0x2018 && c <= 0x201e);

/**
 * Ranges of text between quotation marks: “…”, «…», "…", and '…' / ‘…’ when the marks stand at word edges
 * (so that the apostrophes of `we're` or `it's` are not taken for quotes).
 */
export function quotedRanges(source: string): Ranges {
  const out: [number, number][] = [];
  let closer: string | undefined;
  let openAt = -1;
  for (let i = 0; i < source.length; i++) {
    if (!isQuoteMark(source.charCodeAt(i))) continue;
    const ch = source[i] as string;
    if (closer !== undefined) {
      const single = closer === "'" || closer === "\u2019";
      const closes = single
        ? (ch === "'" || ch === "\u2019") && !/\s/.test(source[i - 1] ?? " ") && !isLetter(source[i + 1])
        : ch === closer;
      if (closes) {
        out.push([openAt, i + 1]);
        closer = undefined;
      }
      continue;
    }
    const paired = PAIRS[ch];
    if (paired !== undefined) {
      closer = paired;
      openAt = i;
    } else if (ch === '"') {
      closer = '"';
      openAt = i;
    } else if ((ch === "'" || ch === "\u2018") && !isLetter(source[i - 1]) && isLetter(source[i + 1])) {
      closer = ch === "'" ? "'" : "\u2019";
      openAt = i;
    }
  }
  return out;
}

/** The quoted ranges of the checked text, computed once per evaluation and shared by the reply rules. */
export function sharedQuotes(ctx: RuleContextBase): Ranges {
  return ctx.shared("reply:quoted-ranges", () => quotedRanges(ctx.text.source));
}

/** Whether `[start, end)` lies inside one of `ranges`. */
export function insideRanges(ranges: Ranges, start: number, end: number): boolean {
  for (const [s, e] of ranges) if (start >= s && end <= e) return true;
  return false;
}

// What ends a sentence: `.` `!` `?` a line break, `;` and `…` (one code unit each), read per character.
const isSentenceEnd = (c: number): boolean =>
  c === 0x2e || c === 0x21 || c === 0x3f || c === 0x0a || c === 0x3b || c === 0x2026;

/** The sentence around offset `at`: its bounds, and whether it is a question (`¿…?` or ends in `?`). */
export interface Sentence {
  /** First offset of the sentence. */
  readonly start: number;
  /** Offset after its last character (its closing punctuation included). */
  readonly end: number;
  /** Whether the sentence asks a question. */
  readonly question: boolean;
}

/** Finds the sentence that contains `[start, end)`. */
export function sentenceAt(source: string, start: number, end: number): Sentence {
  let s = start;
  while (s > 0 && !isSentenceEnd(source.charCodeAt(s - 1))) s--;
  let e = end;
  while (e < source.length && !isSentenceEnd(source.charCodeAt(e))) e++;
  const closing = source[e];
  const question = closing === "?" || source.slice(s, start).includes("¿");
  return { start: s, end: closing === undefined || closing === "\n" ? e : e + 1, question };
}

const CLAUSE_BREAK = new Set([".", "!", "?", "\n", ";", ":", ",", "(", ")", "¿", "¡", "…"]);

/** Up to `count` words right before `at`, folded, nearest last, without crossing a clause break. */
export function wordsBefore(source: string, at: number, count: number): string[] {
  const words: string[] = [];
  let i = at;
  while (words.length < count && i > 0) {
    while (i > 0 && !isWordPart(source[i - 1]) && !CLAUSE_BREAK.has(source[i - 1] as string)) i--;
    if (i === 0 || CLAUSE_BREAK.has(source[i - 1] as string)) break;
    const end = i;
    while (i > 0 && isWordPart(source[i - 1])) i--;
    words.unshift(foldedWord(source.slice(i, end)));
  }
  return words;
}

const isWordPart = (ch: string | undefined): boolean =>
  ch !== undefined &&
  (ch.length === 1
    ? (classOf(ch.charCodeAt(0)) & (LETTER | NUMBER | MARK)) !== 0 || ch === "'" || ch === "\u2019"
    : isLetter(ch) || ch === "'" || ch === "\u2019" || /\p{M}/u.test(ch));

const NEGATORS = new Set([
  "no",
  "nunca",
  "jamas",
  "ni",
  "tampoco",
  "not",
  "never",
  "cannot",
  "unable",
  "nobody",
  "nadie",
]);

const CONJUNCTIONS = new Set(["y", "e", "pero", "o", "and", "but", "or"]);

/**
 * Whether one of the `reach` words before `at` negates what follows (`no`, `nunca`, `not`, `can't`…), not
 * looking past a conjunction (`lo cambiamos y le regalamos…`).
 */
export function negatedBefore(source: string, at: number, reach = 3): boolean {
  const words = wordsBefore(source, at, reach);
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k] as string;
    if (CONJUNCTIONS.has(w)) return false;
    if (NEGATORS.has(w) || w.endsWith("n't") || w.endsWith("n\u2019t") || w === "cant" || w === "wont")
      return true;
    // `Para nada es culpa tuya`.
    if (w === "nada" && words[k - 1] === "para") return true;
  }
  return false;
}

/** Whether `if` / `si` opens the clause before `at` (a hypothetical, not a statement). */
export function conditionalBefore(source: string, at: number, reach = 6): boolean {
  return wordsBefore(source, at, reach).some((w) => w === "if" || w === "si" || w === "whether");
}

/** Commitment categories the author's roles may make, from the policy's `roles`. Unknown roles give none. */
export function allowedCategories(policy: Policy, roles: readonly string[]): Set<CommitmentCategory> {
  const out = new Set<CommitmentCategory>();
  for (const role of roles) {
    // Own keys only: a role named `constructor` must not read Object.prototype.constructor.
    if (!Object.hasOwn(policy.roles, role)) continue;
    for (const category of policy.roles[role]?.may ?? []) out.add(category);
  }
  return out;
}

/** Adds the typographic-apostrophe spelling of every term written with `'` (`we'll` → `we’ll`). */
export function withApostrophes(terms: readonly string[]): string[] {
  const out = new Set<string>();
  for (const t of terms) {
    out.add(t);
    if (t.includes("'")) out.add(t.replaceAll("'", "\u2019"));
  }
  return [...out];
}

/** Where a compiled lexicon gets its hits for one evaluation (its own matcher, or a shared one). */
export interface TermSource {
  /** Hits of the lexicon's terms in the checked text; `term` indexes the lexicon's own term list. */
  readonly hits: (ctx: RuleContextBase) => readonly TermHit[];
}

/**
 * The hits of terms `[from, to)` of a matcher shared by several lexicons: the matcher runs once per
 * evaluation (memoised under `key`), and each lexicon reads its own slice, with term indexes from 0.
 */
export function slicedSource(
  key: string,
  matcher: () => { find(text: RuleContextBase["text"]["folded"]): TermHit[] },
  from: number,
  to: number,
): TermSource {
  return {
    hits(ctx) {
      const all = ctx.shared(key, () => matcher().find(ctx.text.folded));
      const out: TermHit[] = [];
      for (const h of all)
        if (h.term >= from && h.term < to) out.push({ term: h.term - from, start: h.start, end: h.end });
      return out;
    },
  };
}
