// Bytes of a file to text. UTF-8, with or without a byte-order mark, and UTF-16 with one; anything else is
// refused with where and why, never decoded into replacement characters that would silently change a policy.

/** Why the bytes of a file are not text normas reads. */
export interface DecodeProblem {
  /** `invalid_utf8`, `unsupported_encoding` (UTF-16 without a byte-order mark, UTF-32) or `binary`. */
  readonly code: "invalid_utf8" | "unsupported_encoding" | "binary";
  /** What is wrong and what to do, for a person. */
  readonly message: string;
  /** 1-based line of the first bad byte, when there is one. */
  readonly line?: number;
  /** 1-based column (UTF-16 code units of the text before it on its line). */
  readonly column?: number;
}

/** The text of a file, or why it has none. */
export type DecodeResult =
  | { readonly ok: true; readonly text: string; readonly encoding: "utf-8" | "utf-16le" | "utf-16be" }
  | { readonly ok: false; readonly problem: DecodeProblem };

const SAVE_AS = "Save the file as UTF-8.";

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = b === 0xe0 ? 0xa0 : 0x80;
      if (b === 0xed) max = 0x9f; // no surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = b === 0xf0 ? 0x90 : 0x80;
      if (b === 0xf4) max = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      const lo = k === 1 ? min : 0x80;
      const hi = k === 1 ? max : 0xbf;
      if (c === undefined || c < lo || c > hi) return i;
    }
    i += need + 1;
  }
  return -1;
}

function position(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const before = new TextDecoder("utf-8").decode(bytes.subarray(lineStart, offset));
  return { line, column: before.length + 1 };
}

/** Whether NUL bytes sit at every other position of the first bytes, as in UTF-16 text without a mark. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 512) & ~1;
  if (n < 4) return false;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const half = n / 2;
  return evenZero > half * 0.4 || oddZero > half * 0.4;
}

/**
 * Decodes the bytes of a text file: UTF-8 (a byte-order mark is dropped) or UTF-16 with a byte-order mark.
 * Invalid UTF-8 is reported at its line and column, UTF-16 without a mark and UTF-32 are refused, and so are
 * files with NUL bytes.
 *
 * @example
 * ```ts
 * const read = decodeText(await readFile("normas.config.yaml"));
 * if (!read.ok) console.error(read.problem.message);
 * ```
 */
export function decodeText(bytes: Uint8Array): DecodeResult {
  const [b0, b1, b2, b3] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  if ((b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) || (b0 === 0 && b1 === 0 && b2 === 0xfe)) {
    return {
      ok: false,
      problem: {
        code: "unsupported_encoding",
        message: `The file is UTF-32, which normas does not read. ${SAVE_AS}`,
      },
    };
  }
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    const encoding = b0 === 0xff ? "utf-16le" : "utf-16be";
    try {
      const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
      return { ok: true, text, encoding };
    } catch {
      return {
        ok: false,
        problem: {
          code: "unsupported_encoding",
          message: `The file starts with a UTF-16 byte-order mark but is not valid ${encoding.toUpperCase()}. ${SAVE_AS}`,
        },
      };
    }
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    if (looksLikeUtf16(bytes)) {
      return {
        ok: false,
        problem: {
          code: "unsupported_encoding",
          message: `The file looks like UTF-16 without a byte-order mark. ${SAVE_AS}`,
        },
      };
    }
    return {
      ok: false,
      problem: {
        code: "binary",
        message: "The file holds NUL bytes: it is not a text file.",
        ...position(bytes, nul),
      },
    };
  }
  try {
    // ignoreBOM: false drops a leading UTF-8 byte-order mark, as YAML parsers and editors do.
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    return {
      ok: false,
      problem: {
        code: "invalid_utf8",
        message: `Invalid UTF-8 (byte 0x${(bytes[bad] ?? 0).toString(16).padStart(2, "0")}). ${SAVE_AS}`,
        ...position(bytes, Math.max(0, bad)),
      },
    };
  }
}
