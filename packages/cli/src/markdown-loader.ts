// The Markdown parser (micromark, with GFM and front matter) takes a few hundred milliseconds to load: it is
// loaded only by runs that check Markdown.
import type { MarkdownDocument } from "./markdown.js";

let reader: ((source: string) => MarkdownDocument) | undefined;

/** Loads the Markdown reader (once). */
export async function loadMarkdownReader(): Promise<void> {
  reader ??= (await import("./markdown.js")).readMarkdown;
}

/** The Markdown reader; `loadMarkdownReader` must have run. */
export function readMarkdown(source: string): MarkdownDocument {
  if (reader === undefined)
    throw new Error("The Markdown reader is not loaded (call loadMarkdownReader first).");
  return reader(source);
}
