// Base64 of typed-array bytes without Node's Buffer (the package is isomorphic). Little-endian byte order of
// the platform's typed arrays, which is every engine normas supports.
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const DECODE = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i;

/** Encodes bytes as base64. */
export function encodeBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  let chunk = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i] ?? 0;
    const b1 = bytes[i + 1] ?? 0;
    const b2 = bytes[i + 2] ?? 0;
    chunk +=
      ALPHABET.charAt(b0 >> 2) +
      ALPHABET.charAt(((b0 & 3) << 4) | (b1 >> 4)) +
      (i + 1 < bytes.length ? ALPHABET.charAt(((b1 & 15) << 2) | (b2 >> 6)) : "=") +
      (i + 2 < bytes.length ? ALPHABET.charAt(b2 & 63) : "=");
    if (chunk.length >= 8192) {
      parts.push(chunk);
      chunk = "";
    }
  }
  parts.push(chunk);
  return parts.join("");
}

/** Decodes base64; returns null when `text` is not valid base64. */
export function decodeBase64(text: string): Uint8Array | null {
  if (text.length % 4 !== 0) return null;
  const pad = text.endsWith("==") ? 2 : text.endsWith("=") ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - pad);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    const c = [0, 1, 2, 3].map((k) => {
      const ch = text.charCodeAt(i + k);
      return ch === 61 && i + k >= text.length - pad ? 0 : ch < 128 ? (DECODE[ch] ?? -1) : -1;
    });
    if (c.some((v) => v < 0)) return null;
    const [c0 = 0, c1 = 0, c2 = 0, c3 = 0] = c;
    const n = (c0 << 18) | (c1 << 12) | (c2 << 6) | c3;
    if (o < out.length) out[o++] = (n >> 16) & 255;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}
