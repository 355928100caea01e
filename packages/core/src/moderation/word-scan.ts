/**
 * @internal Words of a text, folded for lexicon lookup, with UTF-16 offsets into the scanned string. The arrays
 * are scratch buffers reused by the next call: read them before scanning again, and only the first `count`.
 */
export interface ScannedWords {
  /** Number of words. */
  readonly count: number;
  /** Folded words: lowercase, without diacritics, `’` as `'`. */
  readonly words: string[];
  /** Start offset of each word in the scanned string. */
  readonly starts: Int32Array;
  /** End offset (exclusive) of each word in the scanned string. */
  readonly ends: Int32Array;
  /** 1 when a clause boundary (`.`, `,`, `;`, `!`, `?`, line break…) comes before the word. */
  readonly breaks: Uint8Array;
}

const scratch = {
  count: 0,
  words: [] as string[],
  starts: new Int32Array(256),
  ends: new Int32Array(256),
  breaks: new Uint8Array(256),
};

function grow(): void {
  const size = scratch.starts.length * 2;
  const starts = new Int32Array(size);
  starts.set(scratch.starts);
  const ends = new Int32Array(size);
  ends.set(scratch.ends);
  const breaks = new Uint8Array(size);
  breaks.set(scratch.breaks);
  scratch.starts = starts;
  scratch.ends = ends;
  scratch.breaks = breaks;
}

const NONE = 0;
const MARK = -1;
const APOSTROPHE = -2;
const BOUNDARY = -3;
const TABLE_SIZE = 0x370;

let table: Int32Array | undefined;

// One entry per code unit below U+0370: the folded letter's code, or a class. Built once.
function foldTable(): Int32Array {
  if (table !== undefined) return table;
  const t = new Int32Array(TABLE_SIZE);
  for (let c = 0; c < TABLE_SIZE; c++) {
    const ch = String.fromCharCode(c);
    if (/\p{M}/u.test(ch)) t[c] = MARK;
    else if (/[\p{L}\p{N}]/u.test(ch)) {
      const folded = ch.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
      t[c] = folded.length === 1 ? folded.charCodeAt(0) : ch.toLowerCase().charCodeAt(0);
    } else if (c === 0x27) t[c] = APOSTROPHE;
    else if (/[.,;:!?¡¿\n\r()[\]"«»]/.test(ch)) t[c] = BOUNDARY;
    else t[c] = NONE;
  }
  table = t;
  return t;
}

function classify(code: number, t: Int32Array): number {
  if (code < TABLE_SIZE) return t[code] ?? NONE;
  if (code === 0x2019) return APOSTROPHE;
  if (code === 0x2026) return BOUNDARY;
  if (code >= 0xd800 && code <= 0xdfff) return NONE;
  const ch = String.fromCharCode(code);
  if (/\p{M}/u.test(ch)) return MARK;
  if (/[\p{L}\p{N}]/u.test(ch)) return ch.toLowerCase().charCodeAt(0);
  return NONE;
}

/** @internal Splits a text into folded words with offsets; allocation is one small string per word. */
export function scanWords(text: string): ScannedWords {
  const t = foldTable();
  const words = scratch.words;
  let count = 0;
  let pendingBreak = false;
  let start = -1;
  let folded = "";
  let same = true;
  let end = 0;
  const length = text.length;
  // One pass; the word is pushed when a non-word character (or the end) follows it. No closures: the hot
  // variables stay in registers.
  for (let i = 0; i <= length; i++) {
    const code = i < length ? text.charCodeAt(i) : 0x20;
    const cls = i < length ? (code < TABLE_SIZE ? (t[code] as number) : classify(code, t)) : NONE;
    if (cls > 0) {
      if (start === -1) {
        start = i;
        same = true;
      }
      if (same) {
        if (cls !== code) {
          same = false;
          folded = text.slice(start, i) + String.fromCharCode(cls);
        }
      } else folded += String.fromCharCode(cls);
      end = i + 1;
      continue;
    }
    if (start !== -1) {
      if (cls === MARK) {
        if (same) {
          same = false;
          folded = text.slice(start, i);
        }
        end = i + 1;
        continue;
      }
      if (cls === APOSTROPHE && i + 1 < length && classify(text.charCodeAt(i + 1), t) > 0) {
        if (same && code !== 0x27) {
          same = false;
          folded = text.slice(start, i);
        }
        if (!same) folded += "'";
        end = i + 1;
        continue;
      }
      if (count === scratch.starts.length) grow();
      words[count] = same ? text.slice(start, end) : folded;
      scratch.starts[count] = start;
      scratch.ends[count] = end;
      scratch.breaks[count] = pendingBreak ? 1 : 0;
      count++;
      pendingBreak = false;
      start = -1;
    }
    if (cls === BOUNDARY) pendingBreak = true;
  }
  // Drop references to the previous call's longer tail so old strings can be collected.
  if (words.length > count + 64) words.length = count;
  scratch.count = count;
  return scratch;
}
