import type { Span } from "../engine/violation.js";

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

/** A normalised text with a map back to the caller's UTF-16 offsets. */
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

// PLACEHOLDER (to be replaced by the text layer): NFKC + lowercase per code point, keeping the map.
/** Normalises `source` for matching and keeps a map back to its offsets. */
export function normalizeText(source: string, options: NormalizeOptions = {}): NormalizedText {
  const caseFold = options.caseFold ?? true;
  let text = "";
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < source.length; ) {
    const cp = source.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    let out = String.fromCodePoint(cp).normalize("NFKC");
    if (caseFold) out = out.toLowerCase();
    for (let k = 0; k < out.length; k++) {
      starts.push(i);
      ends.push(i + width);
    }
    text += out;
    i += width;
  }
  starts.push(source.length);
  ends.push(source.length);
  return { source, text, starts: Uint32Array.from(starts), ends: Uint32Array.from(ends) };
}
