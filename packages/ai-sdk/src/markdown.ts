// Markdown in model output, seen as the prose a reader sees: emphasis, code and strike-through markers, heading,
// quote and list markers, link and image syntax and backslash escapes are left out; link labels, code and every
// other character stay. One pass over the text (plus one over a line for each link), no regular expressions;
// `toRaw` maps each offset of the prose back to the model's text, so spans and fixes land on what the model wrote.

/** The prose of a Markdown text and the way back to the text's offsets. */
export interface ProseView {
  /** The prose: the text without Markdown syntax. */
  readonly text: string;
  /**
   * `toRaw[i]` is the offset in the source of prose offset `i` (`toRaw[text.length]` is the source's length);
   * undefined when the prose is the source itself.
   */
  readonly toRaw: Int32Array | undefined;
}

const KEEP = 0;
const DROP = 1;

const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const isAsciiAlnum = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
/** A letter or digit of any script (for `snake_case` inside words). */
const isWordChar = (c: number): boolean => isAsciiAlnum(c) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7);
const isAsciiPunct = (c: number): boolean =>
  (c >= 0x21 && c <= 0x2f) ||
  (c >= 0x3a && c <= 0x40) ||
  (c >= 0x5b && c <= 0x60) ||
  (c >= 0x7b && c <= 0x7e);

const STAR = 0x2a;
const UNDERSCORE = 0x5f;
const TILDE = 0x7e;
const BACKTICK = 0x60;
const HASH = 0x23;
const GT = 0x3e;
const DASH = 0x2d;
const PLUS = 0x2b;
const BANG = 0x21;
const OPEN_BRACKET = 0x5b;
const OPEN_PAREN = 0x28;
const CLOSE_PAREN = 0x29;
const BACKSLASH = 0x5c;
const LT = 0x3c;

/** Drops the spaces after a marker at `i`; returns where the content starts. */
function dropSpaces(s: string, i: number, lineEnd: number, marks: Uint8Array): number {
  let k = i;
  while (k < lineEnd && (s.charCodeAt(k) === 0x20 || s.charCodeAt(k) === 0x09)) marks[k++] = DROP;
  return k;
}

/** Marks a list, heading or quote marker at a line start; returns where the line's content starts. */
function markLineStart(s: string, lineStart: number, lineEnd: number, marks: Uint8Array): number {
  let i = lineStart;
  while (i < lineEnd && (s.charCodeAt(i) === 0x20 || s.charCodeAt(i) === 0x09)) i++;
  // Fence lines (``` or ~~~, with a language) say nothing to the reader.
  const c0 = s.charCodeAt(i);
  if (
    (c0 === BACKTICK || c0 === TILDE) &&
    s.charCodeAt(i + 1) === c0 &&
    s.charCodeAt(i + 2) === c0 &&
    i + 2 < lineEnd
  ) {
    marks.fill(DROP, i, lineEnd);
    return lineEnd;
  }
  // Quote markers, possibly nested (`> > text`).
  while (i < lineEnd && s.charCodeAt(i) === GT) {
    marks[i] = DROP;
    i = dropSpaces(s, i + 1, lineEnd, marks);
  }
  const c = s.charCodeAt(i);
  // A thematic break: three or more of one of - * _ and nothing else.
  if (c === DASH || c === STAR || c === UNDERSCORE) {
    let count = 0;
    let only = true;
    for (let k = i; k < lineEnd; k++) {
      const d = s.charCodeAt(k);
      if (d === c) count++;
      else if (d !== 0x20 && d !== 0x09 && d !== 0x0d) {
        only = false;
        break;
      }
    }
    if (only && count >= 3) {
      marks.fill(DROP, i, lineEnd);
      return lineEnd;
    }
  }
  // ATX heading: 1 to 6 `#` and a space (or nothing).
  if (c === HASH) {
    let k = i;
    while (k < lineEnd && s.charCodeAt(k) === HASH) k++;
    if (k - i <= 6 && (k === lineEnd || isSpace(s.charCodeAt(k)))) {
      marks.fill(DROP, i, k);
      return dropSpaces(s, k, lineEnd, marks);
    }
    return i;
  }
  // Bullets `-`, `*`, `+` followed by a space.
  if ((c === DASH || c === STAR || c === PLUS) && s.charCodeAt(i + 1) === 0x20 && i + 1 < lineEnd) {
    marks[i] = DROP;
    return dropSpaces(s, i + 1, lineEnd, marks);
  }
  // Ordered items: 1 to 9 digits, then `.` or `)`, then a space.
  let k = i;
  while (k < lineEnd && k - i < 9 && s.charCodeAt(k) >= 0x30 && s.charCodeAt(k) <= 0x39) k++;
  if (
    k > i &&
    (s.charCodeAt(k) === 0x2e || s.charCodeAt(k) === CLOSE_PAREN) &&
    s.charCodeAt(k + 1) === 0x20
  ) {
    marks.fill(DROP, i, k + 1);
    return dropSpaces(s, k + 1, lineEnd, marks);
  }
  return i;
}

/** End of the line holding `i` (the offset of its `\n`, or the text's length). */
function lineEndOf(s: string, i: number): number {
  const nl = s.indexOf("\n", i);
  return nl === -1 ? s.length : nl;
}

/**
 * The next `]` and `)` found so far, shared by every line of one text: each search starts past the previous
 * result, so many `[` without a `]` still cost one pass.
 */
interface Lookahead {
  close: number;
  paren: number;
}

/** The next offset of `ch` at or after `from`, or the text's length. */
function nextOf(s: string, ch: string, from: number): number {
  const at = s.indexOf(ch, from);
  return at === -1 ? s.length : at;
}

/**
 * If `[` at `open` starts an inline link or image `[label](target)` before `to`, the offset of its `]`;
 * otherwise -1.
 */
function linkCloseAt(s: string, open: number, to: number, ahead: Lookahead): number {
  if (ahead.close <= open) ahead.close = nextOf(s, "]", open + 1);
  const close = ahead.close;
  if (close >= to || s.charCodeAt(close + 1) !== OPEN_PAREN) return -1;
  return close;
}

/** Marks the inline syntax of `[from, to)`. */
function markInline(s: string, from: number, to: number, marks: Uint8Array, ahead: Lookahead): void {
  let i = from;
  while (i < to) {
    const c = s.charCodeAt(i);
    if (c === BACKSLASH && i + 1 < to && isAsciiPunct(s.charCodeAt(i + 1))) {
      marks[i] = DROP;
      i += 2;
      continue;
    }
    if (c === STAR || c === UNDERSCORE || c === TILDE || c === BACKTICK) {
      let k = i;
      while (k < to && s.charCodeAt(k) === c) k++;
      const before = i === 0 ? 0x20 : s.charCodeAt(i - 1);
      const after = k >= s.length ? 0x20 : s.charCodeAt(k);
      let drop = !(isSpace(before) && isSpace(after));
      // `snake_case` is a word, not emphasis; a single `~` means "about"; `*️⃣` is an emoji.
      if (c === UNDERSCORE && isWordChar(before) && isWordChar(after)) drop = false;
      if (c === TILDE && k - i < 2) drop = false;
      if (c === STAR && (after === 0xfe0f || after === 0x20e3)) drop = false;
      if (drop) marks.fill(DROP, i, k);
      i = k;
      continue;
    }
    if (c === LT) {
      // Autolinks `<https://…>` and `<a@b.c>`: keep the address, drop the brackets.
      let k = i + 1;
      while (k < to && !isSpace(s.charCodeAt(k)) && s.charCodeAt(k) !== GT && s.charCodeAt(k) !== LT) k++;
      if (k < to && s.charCodeAt(k) === GT && k > i + 1) {
        const inner = s.slice(i + 1, k);
        if (inner.includes(":") || inner.includes("@")) {
          marks[i] = DROP;
          marks[k] = DROP;
        }
      }
      i = Math.max(k, i + 1);
      continue;
    }
    if (c === OPEN_BRACKET) {
      const close = linkCloseAt(s, i, to, ahead);
      if (close !== -1) {
        if (ahead.paren <= close) ahead.paren = nextOf(s, ")", close + 2);
        const end = ahead.paren;
        if (end < to) {
          const image = i > from && s.charCodeAt(i - 1) === BANG && marks[i - 1] === KEEP;
          if (image) {
            // An image's alt text is not read: the whole image goes.
            marks.fill(DROP, i - 1, end + 1);
            i = end + 1;
            continue;
          }
          marks[i] = DROP;
          marks.fill(DROP, close, end + 1);
          // The label is scanned as prose (it may hold emphasis); the target is skipped when reached.
          markInline(s, i + 1, close, marks, ahead);
          i = end + 1;
          continue;
        }
      }
    }
    i++;
  }
}

/**
 * The prose of a Markdown text: the words a reader sees, with offsets back into the text.
 *
 * @example
 * ```ts
 * proseView("We **will refund** you. [Details](https://acme.example/r)").text; // "We will refund you. Details"
 * ```
 */
export function proseView(source: string): ProseView {
  const n = source.length;
  let marks: Uint8Array | undefined;
  const ahead: Lookahead = { close: -1, paren: -1 };
  let lineStart = 0;
  while (lineStart <= n) {
    const lineEnd = lineEndOf(source, lineStart);
    // Cheap test first: most lines of a reply hold no Markdown at all.
    let suspicious = false;
    for (let k = lineStart; k < lineEnd; k++) {
      const c = source.charCodeAt(k);
      if (
        c === STAR ||
        c === UNDERSCORE ||
        c === TILDE ||
        c === BACKTICK ||
        c === HASH ||
        c === GT ||
        c === DASH ||
        c === PLUS ||
        c === OPEN_BRACKET ||
        c === BACKSLASH ||
        c === LT ||
        (c >= 0x30 && c <= 0x39)
      ) {
        suspicious = true;
        break;
      }
    }
    if (suspicious) {
      marks ??= new Uint8Array(n);
      const contentStart = markLineStart(source, lineStart, lineEnd, marks);
      markInline(source, contentStart, lineEnd, marks, ahead);
    }
    if (lineEnd >= n) break;
    lineStart = lineEnd + 1;
  }
  if (marks === undefined || marks.indexOf(DROP) === -1) return { text: source, toRaw: undefined };
  const toRaw = new Int32Array(n + 1);
  const parts: string[] = [];
  let length = 0;
  let runStart = -1;
  for (let i = 0; i < n; i++) {
    if (marks[i] === KEEP) {
      if (runStart === -1) runStart = i;
      toRaw[length++] = i;
    } else if (runStart !== -1) {
      parts.push(source.slice(runStart, i));
      runStart = -1;
    }
  }
  if (runStart !== -1) parts.push(source.slice(runStart));
  toRaw[length] = n;
  return { text: parts.join(""), toRaw: toRaw.subarray(0, length + 1) };
}

/** A prose span `[start, end)` as a span of the source. */
export function sourceSpan(
  view: ProseView,
  start: number,
  end: number,
): { readonly start: number; readonly end: number } {
  const map = view.toRaw;
  if (map === undefined) return { start, end };
  const s = map[Math.min(start, map.length - 1)] as number;
  if (end <= start) return { start: s, end: s };
  return { start: s, end: (map[Math.min(end, map.length - 1) - 1] as number) + 1 };
}
