import { createReadStream } from "node:fs";
import { resolve } from "node:path";
import { InputError } from "@normas/core";
import { type SourceDocumentInput, SourceIndex } from "@normas/core/originality";
import { splitLines } from "./inputs.js";
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
    const stream = createReadStream(resolve(cwd, file));
    const opened = new Promise<void>((ok, fail) => {
      stream.once("open", () => ok());
      stream.once("error", fail);
    });
    try {
      await opened;
    } catch {
      throw new UsageError(`Cannot read sources "${file}".`);
    }
    let line = 0;
    for await (const { text, tooLong } of splitLines(stream)) {
      line++;
      if (text.trim() === "") continue;
      if (tooLong) throw new UsageError(`${file}:${line}: line too long.`);
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
  }
  return index;
}
