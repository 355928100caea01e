// A threat phrase beside a laughing or loving emoji is a joke or praise (`te mato, Chispa 😍`, `I'll kill you 😂`),
// not a threat. Read in the phrase's own sentence, at most 80 code units either side, so a long comment costs no
// more than a short one per phrase.

/** Laughing and loving emoji, as code points. */
const JOKING = new Set([
  0x1f602, // 😂
  0x1f923, // 🤣
  0x1f60d, // 😍
  0x1f970, // 🥰
  0x1f618, // 😘
  0x2764, // ❤
  0x1f495, // 💕
  0x1f60b, // 😋
  0x1f924, // 🤤
  0x1f606, // 😆
  0x1f605, // 😅
]);
const SENTENCE_END = new Set([".", "!", "?", "\n"]);
const REACH = 80;

/** Whether the sentence around `[start, end)` holds a laughing or loving emoji within 80 code units. */
export function jokingAround(source: string, start: number, end: number): boolean {
  for (let i = end, stop = Math.min(source.length, end + REACH); i < stop; i++) {
    const c = source[i] as string;
    if (SENTENCE_END.has(c) && !(c === "!" || c === "?")) break;
    if (isJoking(source, i)) return true;
  }
  for (let i = start - 1, stop = Math.max(0, start - REACH); i >= stop; i--) {
    const c = source[i] as string;
    if (SENTENCE_END.has(c)) break;
    if (isJoking(source, i)) return true;
  }
  return false;
}

function isJoking(source: string, at: number): boolean {
  const code = source.codePointAt(at);
  return code !== undefined && JOKING.has(code);
}
