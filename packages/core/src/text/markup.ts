// Markdown that LLM replies and drafts carry (`**bold**`, `_italics_`, `~~strike~~`, `[text](url)`, list bullets,
// headings, quote marks at line start) is not prose: `maskMarkup` blanks it out with spaces, so every matcher and
// the clause analysis read `We will **refund you**` as `We will   refund you  `, while offsets stay those of the
// caller's text (the masked string has the same length). One linear pass with a delimiter stack; no regex.

const STAR = 0x2a;
const UNDERSCORE = 0x5f;
const TILDE = 0x7e;
const BACKTICK = 0x60;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_PAREN = 0x28;
const CLOSE_PAREN = 0x29;
const HASH = 0x23;
const GT = 0x3e;
const DASH = 0x2d;
const PLUS = 0x2b;
const NEWLINE = 0x0a;
const SPACE = 0x20;
const TAB = 0x09;
const DOT = 0x2e;

const isSpace = (c: number): boolean => c === SPACE || c === TAB || c === NEWLINE || c === 0x0d || c === 0xa0;
// Letters, digits and anything beyond ASCII count as word characters: an intraword `*` (`f*ck`) is no delimiter.
const isWordChar = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c >= 0x80;

interface Run {
  readonly at: number;
  readonly length: number;
  readonly char: number;
}

/**
 * Positions `[start, end)` of the text that are Markdown markup, in ascending order: paired emphasis
 * delimiters (`*`, `_`, `~~`, and `` ` `` around inline code), the brackets and URL of a link (its text stays),
 * and line prefixes (`#` headings, `>` quotes, `-`/`*`/`+`/`1.` list bullets).
 */
export function markupRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  const n = text.length;
  const stack: Run[] = [];
  const scan: LinkScan = {};
  let lineStart = true;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (lineStart) {
      let j = i;
      while (j < n && (text.charCodeAt(j) === SPACE || text.charCodeAt(j) === TAB)) j++;
      const p = j < n ? text.charCodeAt(j) : 0;
      let end = -1;
      if (p === HASH) {
        let k = j;
        while (k < n && text.charCodeAt(k) === HASH) k++;
        if (k - j <= 6 && k < n && text.charCodeAt(k) === SPACE) end = k + 1;
      } else if (p === GT) {
        end = j + 1 < n && text.charCodeAt(j + 1) === SPACE ? j + 2 : j + 1;
      } else if ((p === DASH || p === STAR || p === PLUS) && j + 1 < n && text.charCodeAt(j + 1) === SPACE) {
        end = j + 2;
      } else if (p >= 0x30 && p <= 0x39) {
        let k = j;
        while (k < n && k - j < 3 && text.charCodeAt(k) >= 0x30 && text.charCodeAt(k) <= 0x39) k++;
        const q = k < n ? text.charCodeAt(k) : 0;
        if ((q === DOT || q === CLOSE_PAREN) && k + 1 < n && text.charCodeAt(k + 1) === SPACE) end = k + 2;
      }
      lineStart = false;
      if (end > j) {
        out.push([j, end]);
        i = end;
        continue;
      }
    }
    if (c === NEWLINE) {
      lineStart = true;
      stack.length = 0; // emphasis does not cross a line in what we read
      i++;
      continue;
    }
    if (c === OPEN_BRACKET) {
      const link = linkAt(text, i, scan);
      if (link !== undefined) {
        out.push([i, i + 1], [link.textEnd, link.end]);
        i++;
        continue;
      }
    }
    if (c === STAR || c === UNDERSCORE || c === TILDE || c === BACKTICK) {
      let j = i;
      while (j < n && text.charCodeAt(j) === c) j++;
      const length = j - i;
      const before = i > 0 ? text.charCodeAt(i - 1) : SPACE;
      const after = j < n ? text.charCodeAt(j) : SPACE;
      const canOpen = !isSpace(after) && !isWordChar(before);
      const canClose = !isSpace(before) && !isWordChar(after);
      const tildeOk = c !== TILDE || length === 2;
      if (tildeOk && canClose) {
        let k = stack.length - 1;
        while (k >= 0 && !(stack[k]!.char === c && stack[k]!.length === length)) k--;
        if (k >= 0) {
          const open = stack[k]!;
          stack.length = k;
          out.push([open.at, open.at + open.length], [i, j]);
          i = j;
          continue;
        }
      }
      if (tildeOk && canOpen) stack.push({ at: i, length, char: c });
      i = j;
      continue;
    }
    i++;
  }
  out.sort((a, b) => a[0] - b[0]);
  return out;
}

/**
 * For each offset, the next offset holding one of the characters `stop` accepts (or `text.length`): built once
 * per text, so that finding the end of every link candidate stays linear however many brackets there are.
 */
function nextIndex(text: string, stop: (c: number) => boolean): Int32Array {
  const next = new Int32Array(text.length + 1);
  next[text.length] = text.length;
  for (let i = text.length - 1; i >= 0; i--) next[i] = stop(text.charCodeAt(i)) ? i : next[i + 1]!;
  return next;
}

/** Lazily built `nextIndex` tables of one text. */
interface LinkScan {
  closeBracket?: Int32Array;
  urlEnd?: Int32Array;
}

/** A `[text](url)` link starting at `at`: where its text ends and where the link ends. */
function linkAt(text: string, at: number, scan: LinkScan): { textEnd: number; end: number } | undefined {
  scan.closeBracket ??= nextIndex(text, (c) => c === CLOSE_BRACKET || c === NEWLINE);
  const textEnd = scan.closeBracket[at + 1]!;
  if (textEnd >= text.length || text.charCodeAt(textEnd) !== CLOSE_BRACKET) return undefined;
  if (text.charCodeAt(textEnd + 1) !== OPEN_PAREN) return undefined;
  scan.urlEnd ??= nextIndex(text, (c) => c === CLOSE_PAREN || isSpace(c));
  const urlEnd = scan.urlEnd[textEnd + 2]!;
  if (urlEnd >= text.length || text.charCodeAt(urlEnd) !== CLOSE_PAREN) return undefined;
  return { textEnd, end: urlEnd + 1 };
}

/**
 * The text with its Markdown markup replaced by spaces: same length, so an offset into the result is an offset
 * into `text`. A text without markup is returned as it is.
 *
 * @example
 * ```ts
 * maskMarkup("We will **refund you**"); // "We will   refund you  "
 * ```
 */
export function maskMarkup(text: string): string {
  const ranges = markupRanges(text);
  if (ranges.length === 0) return text;
  let out = "";
  let at = 0;
  for (const [s, e] of ranges) {
    if (s < at) continue;
    out += text.slice(at, s) + " ".repeat(e - s);
    at = e;
  }
  return out + text.slice(at);
}
