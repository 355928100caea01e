/**
 * Tamper evidence for the crisis log: a 64-bit hash (`hash64`, cyrb53 widened to 64 bits) over a
 * canonical JSON serialisation.
 * It detects accidental or casual edits of a stored event; it is NOT a signature and NOT collision
 * resistant against a determined forger (anyone can recompute the chain). Isomorphic: no `node:crypto`.
 */

/** Hash of "nothing", used as `prevHash` of the first event of a log. */
export const CRISIS_GENESIS_HASH = "0000000000000000";

/**
 * JSON with object keys sorted at every level and `undefined` members left out, so that equal data
 * always gives the same text whatever the key order.
 */
export function canonicalJson(value: unknown): string {
  return canonical(value);
}

function canonical(value: unknown): string {
  switch (typeof value) {
    case "string":
      return quote(value);
    case "number":
      return Number.isFinite(value) ? String(value) : "null";
    case "boolean":
      return value ? "true" : "false";
    case "object":
      break;
    default:
      return "null";
  }
  if (value === null) return "null";
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    let out = `[${canonical(value[0])}`;
    for (let i = 1; i < value.length; i++) out += `,${canonical(value[i])}`;
    return `${out}]`;
  }
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj);
  if (keys.length > 1) keys.sort();
  let out = "{";
  for (const key of keys) {
    const v = obj[key];
    if (v === undefined) continue;
    out += `${out.length === 1 ? "" : ","}${quote(key)}:${canonical(v)}`;
  }
  return `${out}}`;
}

/** JSON text of a string (plain strings, the usual case, skip the native call). */
export function quote(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c === 0x22 || c === 0x5c || (c >= 0xd800 && c < 0xe000)) return JSON.stringify(s);
  }
  return `"${s}"`;
}

/**
 * The hash of `hash64`, fed piece by piece: adding the pieces of a text one after another gives the hash of
 * the whole text, without building it (no concatenation, no flattening of a long string).
 * @internal
 */
export class Hash64 {
  #h1 = 0xdeadbeef;
  #h2 = 0x41c6ce57;

  /** Adds the UTF-16 code units of `text`. */
  add(text: string): this {
    let h1 = this.#h1;
    let h2 = this.#h2;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
    this.#h1 = h1;
    this.#h2 = h2;
    return this;
  }

  /** Adds the JSON text of a string (`quote(text)`), in one pass over the plain ones. */
  addQuoted(text: string): this {
    let h1 = Math.imul(this.#h1 ^ 0x22, 2654435761);
    let h2 = Math.imul(this.#h2 ^ 0x22, 1597334677);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x20 || c === 0x22 || c === 0x5c || (c >= 0xd800 && c < 0xe000)) {
        // The prefix needed no escape, so its JSON is itself; the rest (closing quote included) is escaped natively.
        this.#h1 = h1;
        this.#h2 = h2;
        return this.add(JSON.stringify(text.slice(i)).slice(1));
      }
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
    this.#h1 = Math.imul(h1 ^ 0x22, 2654435761);
    this.#h2 = Math.imul(h2 ^ 0x22, 1597334677);
    return this;
  }

  /** The hash of everything added, as 16 lowercase hex digits. */
  digest(): string {
    let h1 = this.#h1;
    let h2 = this.#h2;
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
    h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
    h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return hex16(h2, h1);
  }
}

const DIGITS = "0123456789abcdef";
const digit = (x: number, shift: number): number => DIGITS.charCodeAt((x >>> shift) & 15);

// The 16 hex digits of two 32-bit lanes, high lane first (a flat string, no `toString(16)` and padding).
function hex16(hi: number, lo: number): string {
  return String.fromCharCode(
    digit(hi, 28),
    digit(hi, 24),
    digit(hi, 20),
    digit(hi, 16),
    digit(hi, 12),
    digit(hi, 8),
    digit(hi, 4),
    digit(hi, 0),
    digit(lo, 28),
    digit(lo, 24),
    digit(lo, 20),
    digit(lo, 16),
    digit(lo, 12),
    digit(lo, 8),
    digit(lo, 4),
    digit(lo, 0),
  );
}

/**
 * A 64-bit hash of `text` as 16 lowercase hex digits: cyrb53 (bryc, public domain) keeping all 64 bits of
 * its two 32-bit lanes ("cyrb64"), over the UTF-16 code units. Fast in any JS engine (two `Math.imul`
 * per code unit, no encoding step) and deterministic across engines. Not cryptographic.
 */
export function hash64(text: string): string {
  return new Hash64().add(text).digest();
}

/** Adds the canonical JSON of a value (as `canonicalJson` writes it) to a hash, without building the text. @internal */
export function addCanonical(h: Hash64, value: unknown): void {
  switch (typeof value) {
    case "string":
      h.addQuoted(value);
      return;
    case "number":
      h.add(Number.isFinite(value) ? String(value) : "null");
      return;
    case "boolean":
      h.add(value ? "true" : "false");
      return;
    case "object":
      break;
    default:
      h.add("null");
      return;
  }
  if (value === null) {
    h.add("null");
    return;
  }
  if (Array.isArray(value)) {
    h.add("[");
    for (let i = 0; i < value.length; i++) {
      if (i > 0) h.add(",");
      addCanonical(h, value[i]);
    }
    h.add("]");
    return;
  }
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj);
  if (keys.length > 1) keys.sort();
  h.add("{");
  let first = true;
  for (const key of keys) {
    const v = obj[key];
    if (v === undefined) continue;
    if (!first) h.add(",");
    first = false;
    h.addQuoted(key).add(":");
    addCanonical(h, v);
  }
  h.add("}");
}

/** `hash64(canonicalJson(value))`, without building the text. */
export function hashCanonical(value: unknown): string {
  const h = new Hash64();
  addCanonical(h, value);
  return h.digest();
}
