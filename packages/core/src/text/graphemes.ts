import type { Span } from "../model/violation.js";
import { classOf, codePointAt, MARK, PICTO } from "./chars.js";

const ZWJ = 0x200d;
const VS16 = 0xfe0f;
const KEYCAP = 0x20e3;

const isRegional = (cp: number): boolean => cp >= 0x1f1e6 && cp <= 0x1f1ff;
const isSkinTone = (cp: number): boolean => cp >= 0x1f3fb && cp <= 0x1f3ff;
const isTag = (cp: number): boolean => cp >= 0xe0020 && cp <= 0xe007f;
const isVariation = (cp: number): boolean => cp >= 0xfe00 && cp <= 0xfe0f;
const isKeycapBase = (cp: number): boolean => (cp >= 0x30 && cp <= 0x39) || cp === 0x23 || cp === 0x2a;
const width = (cp: number): number => (cp > 0xffff ? 2 : 1);

/** True when `cp` can start an emoji by itself (pictographs from U+2300 on, skin tones, flags). */
function isEmojiBase(cp: number): boolean {
  if (cp < 0x2300) return false;
  return isRegional(cp) || isSkinTone(cp) || (classOf(cp) & PICTO) !== 0;
}

/**
 * End offset of the emoji sequence that starts at `i` in `s`, or -1 when none starts there. Handles
 * presentation selectors, skin tones, ZWJ sequences, keycaps, flags (regional-indicator pairs) and tag
 * sequences (subdivision flags). Text-default symbols below U+2300 (`©`, `®`, `‼`) count only with U+FE0F.
 */
export function emojiEndAt(s: string, i: number): number {
  const n = s.length;
  const cp = codePointAt(s, i);
  let j = i + width(cp);
  const next = j < n ? codePointAt(s, j) : -1;
  if (isKeycapBase(cp)) {
    let k = j;
    if (next === VS16) k++;
    return k < n && s.charCodeAt(k) === KEYCAP ? k + 1 : -1;
  }
  if (isRegional(cp)) return next !== -1 && isRegional(next) ? j + 2 : j;
  if (!isEmojiBase(cp)) {
    if (next !== VS16 || (classOf(cp) & PICTO) === 0) return -1;
  }
  for (;;) {
    // Modifiers of the current element.
    while (j < n) {
      const m = codePointAt(s, j);
      if (isVariation(m) || isSkinTone(m) || isTag(m) || m === KEYCAP) j += width(m);
      else break;
    }
    if (j + 1 < n && s.charCodeAt(j) === ZWJ) {
      const after = codePointAt(s, j + 1);
      if ((classOf(after) & PICTO) !== 0 || isSkinTone(after)) {
        j += 1 + width(after);
        continue;
      }
    }
    return j;
  }
}

/**
 * Spans of every emoji in `text` (UTF-16 offsets), one span per emoji as a person sees it: `👍🏽`,
 * `👨‍👩‍👧`, `🇪🇸` and `1️⃣` are one span each. Linear, no `Intl.Segmenter`.
 *
 * @example
 * ```ts
 * findEmoji("Gracias 🙏🏽 de verdad 🇪🇸"); // [{ start: 8, end: 12 }, { start: 23, end: 27 }]
 * ```
 */
export function findEmoji(text: string): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    // Below U+0023 nothing can start an emoji; ASCII letters neither.
    if (c < 0x23 || (c >= 0x40 && c < 0x80)) {
      i++;
      continue;
    }
    const end = emojiEndAt(text, i);
    if (end > i) {
      out.push({ start: i, end });
      i = end;
    } else i += c >= 0xd800 && c <= 0xdbff ? width(codePointAt(text, i)) : 1;
  }
  return out;
}

/** Grapheme_Cluster_Break=Control: C0/C1 controls and the format characters that are not joiners. */
function isControl(cp: number): boolean {
  return (
    cp < 0x20 ||
    (cp >= 0x7f && cp <= 0x9f) ||
    cp === 0xad ||
    cp === 0x061c ||
    cp === 0x180e ||
    cp === 0x200b ||
    cp === 0x200e ||
    cp === 0x200f ||
    (cp >= 0x2028 && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x206f) ||
    cp === 0xfeff ||
    (cp >= 0xfff0 && cp <= 0xfffb) ||
    (cp >= 0xe0000 && cp <= 0xe001f) ||
    (cp >= 0xe0080 && cp <= 0xe0fff && !(cp >= 0xe0100 && cp <= 0xe01ef))
  );
}

const isExtend = (cp: number, f: number): boolean =>
  (f & MARK) !== 0 || cp === 0x200c || isSkinTone(cp) || isTag(cp) || isVariation(cp);

// Hangul syllable types for grapheme clustering (UAX #29 GB6-GB8).
function hangul(cp: number): number {
  if ((cp >= 0x1100 && cp <= 0x115f) || (cp >= 0xa960 && cp <= 0xa97c)) return 1; // L
  if ((cp >= 0x1160 && cp <= 0x11a7) || (cp >= 0xd7b0 && cp <= 0xd7c6)) return 2; // V
  if ((cp >= 0x11a8 && cp <= 0x11ff) || (cp >= 0xd7cb && cp <= 0xd7fb)) return 3; // T
  if (cp >= 0xac00 && cp <= 0xd7a3) return (cp - 0xac00) % 28 === 0 ? 4 : 5; // LV, LVT
  return 0;
}

function joinsHangul(prev: number, cur: number): boolean {
  if (prev === 1) return cur === 1 || cur === 2 || cur === 4 || cur === 5;
  if (prev === 2 || prev === 4) return cur === 2 || cur === 3;
  if (prev === 3 || prev === 5) return cur === 3;
  return false;
}

let segmenter: Intl.Segmenter | undefined;

/** Options of {@link countGraphemes}. */
export interface CountGraphemesOptions {
  /**
   * Use `Intl.Segmenter` (exact, every UAX #29 rule, about 50 µs a text) instead of the built-in rules.
   * Default false. Falls back to the built-in rules where `Intl.Segmenter` does not exist.
   */
  readonly exact?: boolean;
}

/**
 * Number of user-perceived characters (grapheme clusters) in `text`, e.g. for a length limit: `é`
 * written as `e` + U+0301, `👍🏽`, `👨‍👩‍👧` and `🇪🇸` count one each; `\r\n` counts one.
 *
 * Pure ASCII and Latin text without combining marks is counted in one pass over the code units. Otherwise
 * the built-in rules apply UAX #29 for combining marks, ZWJ emoji sequences, skin tones, variation
 * selectors, tags, flags and Hangul; they differ from `Intl.Segmenter` only for Indic conjuncts and prepend
 * characters. Pass `{ exact: true }` near a limit where that matters.
 *
 * @example
 * ```ts
 * countGraphemes("Olé 👍🏽"); // 5
 * ```
 */
export function countGraphemes(text: string, options: CountGraphemesOptions = {}): number {
  if (options.exact === true && typeof Intl !== "undefined" && typeof Intl.Segmenter === "function") {
    segmenter ??= new Intl.Segmenter(undefined, { granularity: "grapheme" });
    let count = 0;
    for (const _ of segmenter.segment(text)) count++;
    return count;
  }
  let simple = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x300 || c === 0x0d) {
      simple = false;
      break;
    }
  }
  if (simple) return text.length;
  return clusterScan(text, 0, text.length, undefined, 0);
}

/**
 * @internal Built-in grapheme counts of every prefix of `text.slice(from, to)` in one pass: for each `k` in
 * `(from, to]`, `out[k]` becomes `base + countGraphemes(text.slice(from, k))` (a prefix that ends inside a
 * surrogate pair counts its lone high surrogate as one more cluster, as `countGraphemes` does). Returns
 * `base + countGraphemes(text.slice(from, to))`.
 */
export function graphemePrefixCounts(
  text: string,
  from: number,
  to: number,
  out: Int32Array,
  base: number,
): number {
  return clusterScan(text, from, to, out, base);
}

/**
 * The built-in UAX #29 rules over `text[from, to)` (code points do not pair across `to`): the number of
 * clusters plus `base`; with `out`, also the running count after every code unit (see {@link graphemePrefixCounts}).
 */
function clusterScan(
  text: string,
  from: number,
  to: number,
  out: Int32Array | undefined,
  base: number,
): number {
  let count = base;
  let prev = -1;
  let prevHangul = 0;
  // GB11 state: 0 none, 1 after a pictograph and its extenders, 2 after that and one ZWJ.
  let picto = 0;
  let regionalRun = 0;
  for (let i = from; i < to; ) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < to) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = ((cp - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        // A prefix ending between the two halves reads the high one alone: always a new cluster.
        if (out !== undefined) out[i + 1] = count + 1;
      }
    }
    i += width(cp);
    // Fast path: a printable character below U+0300 always starts a new cluster (it is not an extender,
    // a joiner, a regional indicator or Hangul); only `©` and `®` can begin an emoji ZWJ sequence.
    if (
      cp < 0x300 &&
      cp >= 0x20 &&
      (cp < 0x7f || cp > 0x9f) &&
      cp !== 0xad &&
      (picto !== 2 || (cp !== 0xa9 && cp !== 0xae))
    ) {
      count++;
      if (out !== undefined) out[i] = count;
      regionalRun = 0;
      picto = cp === 0xa9 || cp === 0xae ? 1 : 0;
      prevHangul = 0;
      prev = cp;
      continue;
    }
    const f = classOf(cp);
    const h = hangul(cp);
    let extend: boolean;
    if (prev === -1) extend = false;
    else if (prev === 0x0d) extend = cp === 0x0a;
    else if (isControl(prev) || isControl(cp)) extend = false;
    else if (isExtend(cp, f) || cp === ZWJ) extend = true;
    else if (picto === 2 && (f & PICTO) !== 0) extend = true;
    else if (isRegional(cp)) extend = regionalRun % 2 === 1;
    else extend = joinsHangul(prevHangul, h);
    if (!extend) count++;
    if (out !== undefined) out[i] = count;
    if (isRegional(cp)) regionalRun = extend ? 0 : 1;
    else regionalRun = 0;
    if ((f & PICTO) !== 0) picto = 1;
    else if (cp === ZWJ) picto = picto === 1 ? 2 : 0;
    else if (picto !== 1 || !isExtend(cp, f)) picto = 0;
    prevHangul = h;
    prev = cp;
  }
  return count;
}
