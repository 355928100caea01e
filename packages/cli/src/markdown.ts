// Markdown is checked as prose: code, front matter, HTML comments and link targets are blanked with spaces
// (newlines kept), so every offset of the masked text is the same offset in the file.

const blank = (s: string): string => s.replace(/[^\n]/g, " ");

/** Blanks the parts of a Markdown document that are not prose, keeping its length and line breaks. */
export function maskMarkdown(source: string): string {
  let text = source;
  // Front matter at the very start.
  const front = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/.exec(text);
  if (front !== null) text = blank(front[0]) + text.slice(front[0].length);
  // Fenced code blocks (``` or ~~~), line by line so that the scan stays linear.
  const lines = text.split("\n");
  let fence: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence === undefined && open !== null) {
      fence = open[1]?.[0];
      lines[i] = blank(line);
    } else if (fence !== undefined) {
      if (line.trimStart().startsWith(fence.repeat(3))) fence = undefined;
      lines[i] = blank(line);
    }
  }
  text = lines.join("\n");
  return (
    text
      // HTML comments.
      .replace(/<!--[\s\S]*?-->/g, blank)
      // Inline code.
      .replace(/`[^`\n]+`/g, blank)
      // Link and image targets: keep the label, blank `(url)`.
      .replace(/\]\([^)\n]*\)/g, (m) => `]${blank(m.slice(1))}`)
  );
}
