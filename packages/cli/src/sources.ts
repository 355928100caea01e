import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { InputError } from "@normas/core";
import { type SourceDocumentInput, SourceIndex } from "@normas/core/originality";
import { describeFsError, splitLines } from "./inputs.js";
import { UsageError } from "./usage-error.js";

/**
 * Builds the source index the `originality/*` rules compare texts with, from JSON Lines files of source
 * documents (`{ "id", "text", "author"?, "handle"?, "url"?, "locale"?, "own"? }` per line; `own: true` marks the
 * brand's own earlier texts). Read line by line.
 */
export async function loadSources(files: readonly string[], cwd: string): Promise<SourceIndex | undefined> {
  if (files.length === 0) return undefined;
  const index = new SourceIndex();
  for (const file of files) {
    const path = resolve(cwd, file);
    try {
      if ((await stat(path)).isDirectory()) {
        throw new UsageError(
          `Cannot read sources "${file}": it is a folder. Pass a JSON Lines file of source documents (one { "id", "text" } per line).`,
        );
      }
    } catch (error) {
      if (error instanceof UsageError) throw error;
      throw new UsageError(`Cannot read sources "${file}": ${describeFsError(error)}.`);
    }
    const stream = createReadStream(path);
    let line = 0;
    try {
      for await (const { text, tooLong, invalidUtf8 } of splitLines(stream)) {
        line++;
        if (invalidUtf8) throw new UsageError(`${file}:${line}: invalid UTF-8. Save the file as UTF-8.`);
        if (tooLong) throw new UsageError(`${file}:${line}: line too long.`);
        if (text.trim() === "") continue;
        addSource(index, file, line, text);
      }
    } catch (error) {
      if (error instanceof UsageError) throw error;
      throw new UsageError(`Cannot read sources "${file}": ${describeFsError(error)}.`);
    }
  }
  return index;
}

function addSource(index: SourceIndex, file: string, line: number, text: string): void {
  let doc: SourceDocumentInput;
  try {
    doc = JSON.parse(text) as SourceDocumentInput;
  } catch (error) {
    throw new UsageError(`${file}:${line}: not JSON (${(error as Error).message}).`);
  }
  try {
    if (index.has(doc.id)) index.replace(doc);
    else index.add(doc);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const list = error.issues.map((i) => `${i.pathText}: ${i.message}`).join("; ");
    throw new UsageError(`${file}:${line}: invalid source document (${list}).`);
  }
}
