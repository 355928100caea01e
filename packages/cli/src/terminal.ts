// Text from checked files, record ids and file names is shown in a terminal: a raw ESC or OSC sequence in it
// could recolour the screen, rewrite the title, hide lines or plant a link. Every control character (C0, DEL,
// C1) and every bidirectional override is shown as a visible escape instead.

/** Whether `code` is a code point a terminal would act on instead of showing. */
function isControl(code: number): boolean {
  return (
    (code < 0x20 && code !== 0x09) ||
    (code >= 0x7f && code <= 0x9f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0x200e ||
    code === 0x200f ||
    code === 0x061c
  );
}

/** How one character is shown: itself, or an escape such as `\x1b` or `\u202e`. */
export function shownChar(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  if (!isControl(code)) return ch;
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, "0")}`
    : `\\u${code.toString(16).padStart(4, "0")}`;
}

/** `text` with every control character and bidirectional override escaped (tabs become spaces). */
export function escapeTerminal(text: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x09) {
      out += `${text.slice(from, i)} `;
      from = i + 1;
    } else if (isControl(code)) {
      out += text.slice(from, i) + shownChar(text[i] as string);
      from = i + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}
