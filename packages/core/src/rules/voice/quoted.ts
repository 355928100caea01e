import type { Span } from "../../engine/violation.js";

const PAIRS: readonly (readonly [string, string])[] = [
  ['"', '"'],
  ["“", "”"],
  ["«", "»"],
  ["‘", "’"],
  ["„", "“"],
  ["'", "'"],
];

const isLetter = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

// A straight single quote is an apostrophe inside words (don't, customer's); it opens a quotation only before a
// letter and after a space or the start, and closes one only after a non-space and before a non-letter.
const opensSingle = (s: string, i: number): boolean => !isLetter(s[i - 1]) && isLetter(s[i + 1]);
const closesSingle = (s: string, i: number): boolean =>
  !isLetter(s[i + 1]) && s[i - 1] !== undefined && s[i - 1] !== " ";

/**
 * Quoted stretches of a text (the quotation marks included), e.g. a customer's words repeated in a reply.
 * Linear in the text's length; an opening mark without its closing mark quotes nothing.
 */
export function findQuotedSpans(source: string): Span[] {
  // Closing positions per pair, ascending, with a cursor each: every mark is looked at a bounded number of times.
  const closers = PAIRS.map(() => [] as number[]);
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    PAIRS.forEach(([, close], k) => {
      if (ch !== close) return;
      if (close === "'" && !closesSingle(source, i)) return;
      closers[k]?.push(i);
    });
  }
  const cursors = PAIRS.map(() => 0);
  const spans: Span[] = [];
  for (let i = 0; i < source.length; i++) {
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
  for (const s of spans) {
    if (s.start > start) return false;
    if (start >= s.start && end <= s.end) return true;
  }
  return false;
}
