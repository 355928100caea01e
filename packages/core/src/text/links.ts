// URL and e-mail detection for the tokenizer: linear scans from a word start, no regular expressions.
import { classOf, codePointAt, LETTER, MARK, NUMBER, SPACE } from "./chars.js";

const WORDISH = LETTER | MARK | NUMBER;
const isWordAt = (s: string, i: number): boolean =>
  i >= 0 && i < s.length && (classOf(codePointAt(s, i)) & WORDISH) !== 0;

const BARE_TLDS = new Set([
  "com",
  "net",
  "org",
  "es",
  "mx",
  "ar",
  "co",
  "cl",
  "pe",
  "uk",
  "io",
  "ly",
  "me",
  "info",
  "app",
  "dev",
  "shop",
  "store",
  "tv",
  "eu",
  "us",
  "gl",
  "gov",
  "edu",
  "fr",
  "de",
  "it",
  "pt",
  "br",
]);
// Characters that end a URL, plus trailing punctuation that is read as the sentence's, not the URL's.
const URL_STOP = new Uint8Array(128);
for (const c of [0x3c, 0x3e, 0x22, 0x60, 0x7b, 0x7d, 0x7c, 0x5c, 0x5e]) URL_STOP[c] = 1;
const URL_TRAILING = [0x2e, 0x2c, 0x3b, 0x3a, 0x21, 0x3f, 0x27, 0xbb, 0xa1, 0xbf, 0x2019];
const isUrlTrailing = (c: number): boolean => URL_TRAILING.includes(c);

const isAsciiAlnum = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);

function startsWithCaseless(s: string, i: number, prefix: string): boolean {
  if (i + prefix.length > s.length) return false;
  for (let k = 0; k < prefix.length; k++) {
    let c = s.charCodeAt(i + k);
    if (c >= 0x41 && c <= 0x5a) c += 32;
    if (c !== prefix.charCodeAt(k)) return false;
  }
  return true;
}

/**
 * What earlier failed scans proved, so that one tokenizer pass never re-reads a run: a bare domain cannot
 * start before `noBareDomainBefore`, nor an e-mail before `noEmailBefore`. A scan that fails from `i` having
 * read up to `k` fails from every later word start before `k` too (it reads the same labels to the same end),
 * so `a.a.a.…` and `a-a-a-…` cost one read, not one per word.
 */
export interface LinkScanMemo {
  noBareDomainBefore: number;
  noEmailBefore: number;
}

/** A memo that has proved nothing yet. */
export const newLinkScanMemo = (): LinkScanMemo => ({ noBareDomainBefore: -1, noEmailBefore: -1 });

/** End of a URL that starts at `i` (`http://`, `https://`, `www.` or a bare domain with a known TLD), or -1. */
export function urlEndAt(s: string, i: number, memo?: LinkScanMemo): number {
  let j: number;
  if (startsWithCaseless(s, i, "https://")) j = i + 8;
  else if (startsWithCaseless(s, i, "http://")) j = i + 7;
  else if (startsWithCaseless(s, i, "www.")) j = i + 4;
  else {
    if (memo !== undefined && i < memo.noBareDomainBefore) return -1;
    // Bare domain: label(.label)+ whose last label is a known TLD, not followed by a word character.
    let k = i;
    let labels = 0;
    let lastStart = i;
    for (;;) {
      const labelStart = k;
      while (k < s.length && (isAsciiAlnum(s.charCodeAt(k)) || s.charCodeAt(k) === 0x2d)) k++;
      if (k === labelStart) return -1;
      labels++;
      lastStart = labelStart;
      if (k + 1 < s.length && s.charCodeAt(k) === 0x2e && isAsciiAlnum(s.charCodeAt(k + 1))) k++;
      else break;
    }
    if (labels < 2 || isWordAt(s, k) || !BARE_TLDS.has(s.slice(lastStart, k).toLowerCase())) {
      if (memo !== undefined) memo.noBareDomainBefore = k;
      return -1;
    }
    j = k;
    if (j >= s.length || s.charCodeAt(j) !== 0x2f) return j;
  }
  let depth = 0;
  while (j < s.length) {
    const c = s.charCodeAt(j);
    if (
      c <= 0x20 ||
      (c < 0x80 && URL_STOP[c] === 1) ||
      (c >= 0x80 && (classOf(codePointAt(s, j)) & SPACE) !== 0)
    )
      break;
    if (c === 0x28) depth++;
    else if (c === 0x29) {
      if (depth === 0) break;
      depth--;
    }
    j++;
  }
  while (j > i && isUrlTrailing(s.charCodeAt(j - 1))) j--;
  return j;
}

/** End of an e-mail address starting at `i`, or -1. */
export function emailEndAt(s: string, i: number, memo?: LinkScanMemo): number {
  if (memo !== undefined && i < memo.noEmailBefore) return -1;
  let k = i;
  for (;;) {
    if (k >= s.length) break;
    const c = s.charCodeAt(k);
    if (c === 0x40) break;
    if (isWordAt(s, k) || c === 0x2e || c === 0x5f || c === 0x25 || c === 0x2b || c === 0x2d) {
      k += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    } else break;
  }
  const end = domainEndAt(s, i, k);
  if (end === -1 && memo !== undefined) memo.noEmailBefore = k;
  return end;
}

/** End of the domain of an e-mail whose local part runs from `i` to `at` (which must hold `@`), or -1. */
function domainEndAt(s: string, i: number, at: number): number {
  if (at === i || at >= s.length || s.charCodeAt(at) !== 0x40) return -1;
  let k = at + 1;
  let labels = 0;
  let lastLetters = true;
  for (;;) {
    const labelStart = k;
    let letters = true;
    while (k < s.length && (isWordAt(s, k) || s.charCodeAt(k) === 0x2d)) {
      if (!((classOf(s.charCodeAt(k)) & LETTER) !== 0)) letters = false;
      k++;
    }
    if (k === labelStart) return -1;
    labels++;
    lastLetters = letters && k - labelStart >= 2;
    if (k + 1 < s.length && s.charCodeAt(k) === 0x2e && isWordAt(s, k + 1)) k++;
    else break;
  }
  return labels >= 2 && lastLetters ? k : -1;
}
