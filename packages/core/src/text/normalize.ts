import type { Span } from "../model/violation.js";
import { classOf, IGNORABLE, MARK } from "./chars.js";
import { CASE, CONFUSABLE, DIACRITICS, foldCluster, foldCodePoint, INVISIBLE } from "./fold.js";
import { foldLeet, squeezeRepeats } from "./leet.js";

/** Which folding steps `normalizeText` applies. Every step is on unless turned off. */
export interface NormalizeOptions {
  /** Lowercase (full case folding). */
  readonly caseFold?: boolean;
  /** Remove diacritics (`á` → `a`, `ñ` → `n`). For matching only. */
  readonly foldDiacritics?: boolean;
  /** Remove zero-width and bidi control characters. */
  readonly stripInvisible?: boolean;
  /** Fold homoglyphs to Latin (Cyrillic `а` → `a`). */
  readonly foldConfusables?: boolean;
  /** Fold leetspeak digits and symbols inside words (`h0l4` → `hola`). */
  readonly foldLeet?: boolean;
  /** Squeeze a letter repeated three or more times to one (`tooooonto` → `tonto`). */
  readonly squeezeRepeats?: boolean;
}

/**
 * A normalised text with a map back to the caller's UTF-16 offsets. The two maps made by `normalizeText`
 * are views on a shared buffer: read them, do not write to them.
 */
export interface NormalizedText {
  /** The caller's text. */
  readonly source: string;
  /** The normalised text. */
  readonly text: string;
  /**
   * `starts[i]` is the offset in `source` where the character that produced `text[i]` starts;
   * `starts[text.length]` is `source.length`.
   */
  readonly starts: Uint32Array;
  /** `ends[i]` is the offset in `source` just after the character that produced `text[i]`. */
  readonly ends: Uint32Array;
}

/** Maps `[start, end)` of `normalized.text` back to a span of the caller's text. */
export function toSourceSpan(normalized: NormalizedText, start: number, end: number): Span {
  const s = normalized.starts[start] ?? normalized.source.length;
  const e = end > start ? (normalized.ends[end - 1] ?? normalized.source.length) : s;
  return { start: s, end: e };
}

/** @internal The six options as bits (context-free steps in the low four). */
export function optionBits(options: NormalizeOptions): number {
  let bits = 0;
  if (options.caseFold ?? true) bits |= CASE;
  if (options.foldDiacritics ?? true) bits |= DIACRITICS;
  if (options.stripInvisible ?? true) bits |= INVISIBLE;
  if (options.foldConfusables ?? true) bits |= CONFUSABLE;
  if (options.foldLeet ?? true) bits |= LEET;
  if (options.squeezeRepeats ?? true) bits |= SQUEEZE;
  return bits;
}

/** @internal Leet folding bit of {@link optionBits}. */
export const LEET = 16;
/** @internal Squeezing bit of {@link optionBits}. */
export const SQUEEZE = 32;

const LOWER_ASCII = new Uint16Array(128);
for (let c = 0; c < 128; c++) LOWER_ASCII[c] = c >= 0x41 && c <= 0x5a ? c + 32 : c;

// The code-unit buffer is reused across calls (normalisation never re-enters itself); the offset maps are
// written in place into their final storage.
let scratchUnits = new Uint16Array(1024);

/** Grows the code-unit buffer to hold `size` units, keeping the first `keep`. */
function ensureUnits(size: number, keep = 0): void {
  if (scratchUnits.length >= size) return;
  let cap = scratchUnits.length;
  while (cap < size) cap *= 2;
  const u = new Uint16Array(cap);
  u.set(scratchUnits.subarray(0, keep));
  scratchUnits = u;
}

// Offset maps are written straight into shared slabs: allocating a small typed array costs about 1 µs
// (its backing store lives outside the JS heap), a view on a slab about a tenth of that. A slab is freed
// once no map made from it is referenced.
const SLAB = 1 << 16;
let slab = new Uint32Array(SLAB);
let slabUsed = 0;
/** Offset of the last reservation inside the array `reserve` returned. */
let reservedOffset = 0;

/** Reserves `size` entries: returns the array to write into, at `reservedOffset`. */
function reserve(size: number): Uint32Array {
  if (size > SLAB / 8) {
    reservedOffset = 0;
    return new Uint32Array(size);
  }
  if (slabUsed + size > SLAB) {
    slab = new Uint32Array(SLAB);
    slabUsed = 0;
  }
  reservedOffset = slabUsed;
  slabUsed += size;
  return slab;
}

/** A standalone copy of `size` entries from `a` at `offset`, keeping the first `keep`. */
function grown(a: Uint32Array, offset: number, size: number, keep: number): Uint32Array {
  const b = new Uint32Array(size);
  b.set(a.subarray(offset, offset + keep));
  return b;
}

const decoder =
  typeof TextDecoder === "function"
    ? (() => {
        try {
          return new TextDecoder("utf-16le");
        } catch {
          return undefined;
        }
      })()
    : undefined;

/** Builds a string from code units without per-character concatenation. */
function unitsToString(units: Uint16Array, len: number, wellFormed: boolean): string {
  // TextDecoder turns lone surrogates into U+FFFD, so it is used only when every surrogate is paired.
  if (wellFormed && decoder !== undefined && len > 24) return decoder.decode(units.subarray(0, len));
  const CHUNK = 8192;
  if (len <= CHUNK) return String.fromCharCode.apply(null, units.subarray(0, len) as unknown as number[]);
  const parts: string[] = [];
  for (let i = 0; i < len; i += CHUNK) {
    parts.push(
      String.fromCharCode.apply(null, units.subarray(i, Math.min(len, i + CHUNK)) as unknown as number[]),
    );
  }
  return parts.join("");
}

/**
 * Normalises `source` for matching and keeps a map back to its offsets.
 *
 * Steps, in order: per character (a code point with its combining marks) NFKC, removal of zero-width and
 * bidi controls, case folding, diacritics removal and homoglyph folding; then, over words, leetspeak
 * folding (`h0l4` → `hola`, `$` → `s`, `@` → `a` except in mentions and e-mails; runs of digits such as
 * `2024` stay) and squeezing of letters repeated three or more times. Every character of `text` maps to
 * the span of the source character that produced it, so spans found in `text` can be reported in the
 * caller's offsets with {@link toSourceSpan}. Never throws, lone surrogates included. Normalising the
 * result again gives the same text.
 *
 * @example
 * ```ts
 * const n = normalizeText("¡Qué ΡΕNDЕJ0!");
 * n.text; // "¡que pendejo!"
 * toSourceSpan(n, 5, 12); // { start: 5, end: 12 }
 * ```
 */
export function normalizeText(source: string, options: NormalizeOptions = {}): NormalizedText {
  const bits = optionBits(options);
  const foldBits = bits & 15;
  const caseFold = (bits & CASE) !== 0;
  const strip = (bits & INVISIBLE) !== 0;
  const n = source.length;
  let cap = n + 8;
  ensureUnits(cap);
  let units = scratchUnits;
  let starts = reserve(cap);
  let so = reservedOffset; // `starts[so + k]` is the start of output unit k
  let ends = reserve(cap);
  let eo = reservedOffset;
  let len = 0;
  let changed = false;
  let slow = false; // a non-ASCII character was met
  let wellFormed = true; // no lone surrogate was emitted
  let firstLeet = -1; // output index of the first digit, `$` or `@`
  let repeats = false; // some unit occurs three times in a row
  let prev = -1;
  let run = 0;
  let rewindAt = -1;

  for (let i = 0; i < n; ) {
    const c = source.charCodeAt(i);
    if (c < 0x80 && i !== rewindAt) {
      const u = caseFold ? LOWER_ASCII[c]! : c;
      if (u !== c) changed = true;
      if (c < 0x41 && firstLeet < 0 && ((c >= 0x30 && c <= 0x39) || c === 0x24 || c === 0x40))
        firstLeet = len;
      if (u === prev) {
        // Only letters are squeezed (`...`, `!!!` and `   ` are left alone).
        if (++run >= 3 && (u | 0x20) >= 0x61 && (u | 0x20) <= 0x7a) repeats = true;
      } else {
        prev = u;
        run = 1;
      }
      units[len] = u;
      starts[so + len] = i;
      ends[eo + len] = i + 1;
      len++;
      i++;
      continue;
    }
    // Slow path: a non-ASCII code point, or an ASCII base being re-read with the marks that follow it.
    slow = true;
    let cp = c;
    let w = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = source.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        w = 2;
      }
    }
    const f = classOf(cp);
    if ((f & MARK) !== 0 && i !== rewindAt && len > 0) {
      // A combining mark right after an ASCII base (only stripped invisibles between): fold them together.
      const p = starts[so + len - 1]!;
      if (ends[eo + len - 1] === p + 1 && source.charCodeAt(p) < 0x80) {
        len--;
        prev = -1;
        run = 0;
        rewindAt = p;
        i = p;
        continue;
      }
    }
    if (strip && (f & IGNORABLE) !== 0 && (f & MARK) === 0) {
      changed = true;
      i += w;
      continue;
    }
    let j = i + w;
    while (j < n) {
      const d = source.charCodeAt(j);
      if (d < 0x300 && !(strip && d === 0xad)) break;
      let cp2 = d;
      let w2 = 1;
      if (d >= 0xd800 && d <= 0xdbff && j + 1 < n) {
        const e = source.charCodeAt(j + 1);
        if (e >= 0xdc00 && e <= 0xdfff) {
          cp2 = ((d - 0xd800) << 10) + (e - 0xdc00) + 0x10000;
          w2 = 2;
        }
      }
      // Marks join the cluster; so do invisibles being stripped, so that `L\u200B\u0327` folds like `Ļ`.
      const f2 = classOf(cp2);
      if ((f2 & MARK) === 0 && !(strip && (f2 & IGNORABLE) !== 0)) break;
      j += w2;
    }
    const out = j === i + w ? foldCodePoint(cp, foldBits) : foldCluster(source.slice(i, j), foldBits);
    const outLen = out.length;
    if (len + outLen + (n - j) + 1 > cap) {
      // Output longer than the input (`ß` → `ss`, `½` → `1⁄2`): move to bigger buffers.
      cap = 2 * (len + outLen + (n - j)) + 16;
      ensureUnits(cap, len);
      units = scratchUnits;
      starts = grown(starts, so, cap, len);
      so = 0;
      ends = grown(ends, eo, cap, len);
      eo = 0;
    }
    if (outLen !== j - i) changed = true;
    if (w === 1 && cp >= 0xd800 && cp <= 0xdfff) wellFormed = false;
    for (let k = 0; k < outLen; k++) {
      const u = out.charCodeAt(k);
      if (u !== source.charCodeAt(i + k)) changed = true;
      if (firstLeet < 0 && ((u >= 0x30 && u <= 0x39) || u === 0x24 || u === 0x40)) firstLeet = len;
      if (u === prev) {
        if (++run >= 3) repeats = true;
      } else {
        prev = u;
        run = 1;
      }
      units[len] = u;
      starts[so + len] = i;
      ends[eo + len] = j;
      len++;
    }
    i = j;
  }

  let folded = false;
  if ((bits & LEET) !== 0 && firstLeet >= 0 && foldLeet(units, len, firstLeet)) {
    folded = true;
    repeats = true; // leet may have made new repeats (`ho0o`)
  }
  if ((bits & SQUEEZE) !== 0 && repeats) {
    const squeezed = squeezeRepeats(units, starts, so, ends, eo, len);
    if (squeezed !== len) folded = true;
    len = squeezed;
  }
  let text: string;
  if (!changed && !folded) text = source;
  else if (!slow && !folded && caseFold) text = source.toLowerCase();
  else text = unitsToString(units, len, wellFormed);
  starts[so + len] = n;
  ends[eo + len] = n;
  return {
    source,
    text,
    starts: new Uint32Array(starts.buffer, starts.byteOffset + so * 4, len + 1),
    ends: new Uint32Array(ends.buffer, ends.byteOffset + eo * 4, len + 1),
  };
}
