/**
 * Tamper evidence for the crisis log: FNV-1a 64 over the UTF-8 bytes of a canonical JSON serialisation.
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

/**
 * {@link canonicalJson} of an object with some top-level members replaced (`undefined` leaves one out),
 * without copying the object.
 */
export function canonicalJsonWith(obj: Readonly<Record<string, unknown>>, replace: Readonly<Record<string, unknown>>): string {
  const keys = Object.keys(obj);
  for (const k of Object.keys(replace)) if (!Object.hasOwn(obj, k)) keys.push(k);
  keys.sort();
  let out = "{";
  for (const key of keys) {
    const v = Object.hasOwn(replace, key) ? replace[key] : obj[key];
    if (v === undefined) continue;
    out += `${out.length === 1 ? "" : ","}${quote(key)}:${canonical(v)}`;
  }
  return `${out}}`;
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

// JSON string quoting; plain strings (the usual case) skip the native call.
function quote(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c === 0x22 || c === 0x5c || (c >= 0xd800 && c < 0xe000)) return JSON.stringify(s);
  }
  return `"${s}"`;
}

const encoder = new TextEncoder();
let buffer = new Uint8Array(1024);

/** FNV-1a 64 of the UTF-8 bytes of `text`, as 16 lowercase hex digits. */
export function fnv1a64(text: string): string {
  if (buffer.length < text.length * 3) buffer = new Uint8Array(text.length * 3);
  const n = encoder.encodeInto(text, buffer).written;
  // 64-bit state in four 16-bit limbs; prime 0x100000001b3 = 2^40 + 0x1b3. Every product fits in 31 bits.
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  for (let i = 0; i < n; i++) {
    h0 ^= buffer[i] as number;
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3 + (t0 >>> 16);
    const t2 = h2 * 0x1b3 + (h0 << 8) + (t1 >>> 16);
    const t3 = h3 * 0x1b3 + (h1 << 8) + (t2 >>> 16);
    h0 = t0 & 0xffff;
    h1 = t1 & 0xffff;
    h2 = t2 & 0xffff;
    h3 = t3 & 0xffff;
  }
  return hex4(h3) + hex4(h2) + hex4(h1) + hex4(h0);
}

const hex4 = (x: number): string => x.toString(16).padStart(4, "0");
