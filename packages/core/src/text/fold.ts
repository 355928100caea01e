// Context-free folding of one cluster (a code point and the combining marks after it): NFKC, case
// folding, diacritics, invisibles, homoglyphs. Results are cached per option set, so the Unicode
// normalisation calls run once per distinct character, not once per occurrence.
import { classOf, codePointAt, IGNORABLE, MARK } from "./chars.js";
import { CONFUSABLES } from "./confusables.js";

/** Bit set of the context-free steps. */
export const CASE = 1;
/** Diacritics folding bit. */
export const DIACRITICS = 2;
/** Invisible-character stripping bit. */
export const INVISIBLE = 4;
/** Homoglyph folding bit. */
export const CONFUSABLE = 8;

const reDropMarks = /[\p{Mn}\p{Me}]/gu;
const CACHE_LIMIT = 20000;
const byCodePoint: Map<number, string>[] = [];
const byCluster: Map<string, string>[] = [];
for (let b = 0; b < 16; b++) {
  byCodePoint.push(new Map());
  byCluster.push(new Map());
}

function stripIgnorable(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; ) {
    const cp = codePointAt(s, i);
    const w = cp > 0xffff ? 2 : 1;
    if ((classOf(cp) & IGNORABLE) === 0) out += s.slice(i, i + w);
    i += w;
  }
  return out;
}

function confusables(s: string, caseFold: boolean): string {
  let out = "";
  for (const ch of s) {
    const lower = caseFold ? ch : ch.toLowerCase();
    const latin = CONFUSABLES[lower];
    if (latin === undefined) out += ch;
    else out += !caseFold && lower !== ch ? latin.toUpperCase() : latin;
  }
  return out;
}

function foldOnce(s: string, bits: number): string {
  let t = (bits & INVISIBLE ? stripIgnorable(s) : s).normalize("NFKC");
  // Upper then lower approximates full case folding (ß → ss, ς → σ, ſ → s) without a table.
  if (bits & CASE) t = t.toUpperCase().toLowerCase().normalize("NFKC");
  if (bits & DIACRITICS) t = t.normalize("NFD").replace(reDropMarks, "").normalize("NFKC");
  if (bits & CONFUSABLE) t = confusables(t, (bits & CASE) !== 0).normalize("NFKC");
  return t;
}

function foldToFixpoint(s: string, bits: number): string {
  let t = foldOnce(s, bits);
  for (let k = 0; k < 4; k++) {
    // Every character of the result must fold to itself, so that normalising twice changes nothing.
    let u = "";
    for (let i = 0; i < t.length; ) {
      const cp = codePointAt(t, i);
      const w = cp > 0xffff ? 2 : 1;
      u += foldOnce(t.slice(i, i + w), bits);
      i += w;
    }
    if (u === t) return t;
    t = u;
  }
  return t;
}

// BMP results in dense arrays (one per option set in use): an indexed read instead of a Map lookup.
const bmpCaches: (string | undefined)[][] = [];

/** Folds the single code point `cp` (cached). */
export function foldCodePoint(cp: number, bits: number): string {
  if (cp < 0x10000) {
    let table = bmpCaches[bits];
    if (table === undefined) {
      table = new Array<string | undefined>(0x10000).fill(undefined);
      bmpCaches[bits] = table;
    }
    const hit = table[cp];
    if (hit !== undefined) return hit;
    const out =
      cp >= 0xd800 && cp <= 0xdfff ? String.fromCharCode(cp) : foldToFixpoint(String.fromCharCode(cp), bits);
    table[cp] = out;
    return out;
  }
  const cache = byCodePoint[bits]!;
  const hit = cache.get(cp);
  if (hit !== undefined) return hit;
  const out =
    cp >= 0xd800 && cp <= 0xdfff ? String.fromCharCode(cp) : foldToFixpoint(String.fromCodePoint(cp), bits);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(cp, out);
  return out;
}

/** Folds a base character followed by combining marks, as one unit (cached). */
export function foldCluster(cluster: string, bits: number): string {
  const cache = byCluster[bits]!;
  const hit = cache.get(cluster);
  if (hit !== undefined) return hit;
  let out = foldToFixpoint(cluster, bits);
  // A cluster may compose into something whose characters are not each stable (e.g. a mark left over
  // after composition); fold per code point once more so the output is made of fixed points only.
  let again = "";
  for (let i = 0; i < out.length; ) {
    const cp = codePointAt(out, i);
    const w = cp > 0xffff ? 2 : 1;
    again += foldCodePoint(cp, bits);
    i += w;
  }
  out = again;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(cluster, out);
  return out;
}

/** True when the code point is a combining mark (it joins the cluster before it). */
export function isMark(cp: number): boolean {
  return (classOf(cp) & MARK) !== 0;
}
