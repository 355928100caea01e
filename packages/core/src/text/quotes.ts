import type { Span } from "../model/violation.js";

const PAIRS: readonly (readonly [string, string])[] = [
  ['"', '"'],
  ["“", "”"],
  ["«", "»"],
  ["‘", "’"],
  ["„", "“"],
  ["„", "”"],
  ["'", "'"],
];

const MARKS = new Set(PAIRS.flat().map((c) => c.charCodeAt(0)));
// Every mark is `"`, `'`, `«`, `»` or in U+2018..U+201E: most characters are ruled out by two comparisons.
const isMark = (code: number): boolean =>
  (code < 0xab
    ? code === 0x22 || code === 0x27
    : code === 0xab || code === 0xbb || (code >= 0x2018 && code <= 0x201e)) && MARKS.has(code);

const isLetter = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

// A straight single quote is an apostrophe inside words (don't, customer's); it opens a quotation only before a
// letter and after a space or the start, and closes one only after a non-space and before a non-letter.
const opensSingle = (s: string, i: number): boolean => !isLetter(s[i - 1]) && isLetter(s[i + 1]);
const closesSingle = (s: string, i: number): boolean =>
  !isLetter(s[i + 1]) && s[i - 1] !== undefined && s[i - 1] !== " ";

/**
 * Quoted stretches of a text (the quotation marks included), e.g. a customer's words repeated in a reply: “…”,
 * «…», "…", „…“ and „…”, ‘…’, and '…' when the marks stand at word edges (so the apostrophes of `we're` or
 * `it's` are not taken for quotes). The one quotation finder of the library. Linear in the text's length; an
 * opening mark without its closing mark quotes nothing.
 */
export function findQuotedSpans(source: string): Span[] {
  // Closing positions per pair, ascending, with a cursor each: every mark is looked at a bounded number of times.
  let closers: number[][] | undefined;
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (!isMark(code)) continue;
    const ch = source[i] as string;
    for (let k = 0; k < PAIRS.length; k++) {
      if ((PAIRS[k] as readonly [string, string])[1] !== ch) continue;
      if (ch === "'" && !closesSingle(source, i)) continue;
      closers ??= PAIRS.map(() => []);
      closers[k]?.push(i);
    }
  }
  if (closers === undefined) return [];
  const cursors = PAIRS.map(() => 0);
  const spans: Span[] = [];
  for (let i = 0; i < source.length; i++) {
    if (!isMark(source.charCodeAt(i))) continue;
    const ch = source[i];
    const k = PAIRS.findIndex(([open]) => open === ch);
    if (k === -1) continue;
    if (ch === "'" && !opensSingle(source, i)) continue;
    const list = closers[k] as number[];
    let c = cursors[k] as number;
    while (c < list.length && (list[c] as number) <= i) c++;
    cursors[k] = c;
    const close = list[c];
    if (close === undefined) continue;
    spans.push({ start: i, end: close + 1 });
    cursors[k] = c + 1;
    i = close;
  }
  return spans;
}

/** Whether `[start, end)` lies inside one of `spans` (sorted, as `findQuotedSpans` returns them). */
export function insideAny(spans: readonly Span[], start: number, end: number): boolean {
  // The spans come sorted by start: the last one starting at or before `start` is found by bisection, and the
  // furthest end among it and those before it decides. Scanning from the first span per call was quadratic
  // when a rule asked once per word of a text full of quotes.
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((spans[mid] as Span).start <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && (furthestEnds(spans)[lo - 1] as number) >= end;
}

const furthest = new WeakMap<readonly Span[], Float64Array>();

/** `ends[k]`: the furthest end among `spans[0..k]`, computed once per list. */
function furthestEnds(spans: readonly Span[]): Float64Array {
  let ends = furthest.get(spans);
  if (ends === undefined || ends.length !== spans.length) {
    ends = new Float64Array(spans.length);
    let max = Number.NEGATIVE_INFINITY;
    spans.forEach((s, k) => {
      max = Math.max(max, s.end);
      (ends as Float64Array)[k] = max;
    });
    furthest.set(spans, ends);
  }
  return ends;
}
