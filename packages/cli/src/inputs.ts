import type { Dirent } from "node:fs";
import { open, readdir, realpath, stat } from "node:fs/promises";
import { extname, join, resolve } from "node:path";
import type { Readable } from "node:stream";
import { decodeText } from "@normas/core/node";
import { MAX_TEXT_LENGTH } from "@normas/core/schemas";
import { UsageError } from "./usage-error.js";

/** How an input is read: one text, one Markdown document, or one JSON object per line. */
export type InputFormat = "text" | "markdown" | "jsonl";

/** A problem with one input (a line that is not JSON, a text that is not valid input, a file not readable). */
export interface ItemError {
  readonly code: string;
  readonly message: string;
  readonly issues?: readonly { readonly pathText: string; readonly message: string }[];
}

/** JSON Lines longer than this are refused (a text is at most 100,000 UTF-16 units; JSON escapes add some). */
export const MAX_LINE_LENGTH = 1_000_000;

/** Picks the format from a file name. */
export function formatOf(name: string): InputFormat {
  const ext = extname(name).toLowerCase();
  if (ext === ".jsonl" || ext === ".ndjson") return "jsonl";
  if (ext === ".md" || ext === ".markdown" || ext === ".mdx") return "markdown";
  return "text";
}

/** One line of a stream: its text (without the line break), the break itself, or why it cannot be read. */
export interface SplitLine {
  readonly text: string;
  /** `\n`, `\r\n`, or `` for a last line without one. */
  readonly eol: string;
  readonly tooLong: boolean;
  /** The bytes from here on are not UTF-8: the line, and the rest of the input, cannot be read. */
  readonly invalidUtf8?: boolean;
}

/**
 * Splits a stream into lines without holding more than one line (and one chunk) in memory. Bytes are decoded
 * as UTF-8 strictly (a leading byte-order mark is dropped): invalid bytes end the input with `invalidUtf8`
 * instead of being replaced.
 */
export async function* splitLines(stream: Readable): AsyncGenerator<SplitLine> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let pending = "";
  let overflow = false;
  for await (const raw of stream as AsyncIterable<Buffer | string>) {
    let chunk: string;
    try {
      chunk = typeof raw === "string" ? raw : decoder.decode(raw, { stream: true });
    } catch {
      stream.destroy();
      yield { text: "", eol: "", tooLong: false, invalidUtf8: true };
      return;
    }
    let start = 0;
    for (let nl = chunk.indexOf("\n"); nl !== -1; nl = chunk.indexOf("\n", start)) {
      const piece = chunk.slice(start, nl);
      start = nl + 1;
      if (overflow) {
        overflow = false;
        pending = "";
        yield { text: "", eol: "\n", tooLong: true };
        continue;
      }
      const line = pending + piece;
      pending = "";
      yield line.endsWith("\r")
        ? { text: line.slice(0, -1), eol: "\r\n", tooLong: false }
        : { text: line, eol: "\n", tooLong: false };
    }
    if (!overflow) {
      pending += chunk.slice(start);
      if (pending.length > MAX_LINE_LENGTH) {
        overflow = true;
        pending = "";
      }
    }
  }
  try {
    pending += decoder.decode();
  } catch {
    yield { text: "", eol: "", tooLong: false, invalidUtf8: true };
    return;
  }
  if (overflow) yield { text: "", eol: "", tooLong: true };
  else if (pending !== "") yield { text: pending, eol: "", tooLong: false };
}

const errno = (error: unknown): string | undefined => (error as NodeJS.ErrnoException).code;

/** A sentence for a file system error, for per-file errors and usage errors. */
export function describeFsError(error: unknown): string {
  switch (errno(error)) {
    case "ENOENT":
      return "no such file";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "it is a folder";
    case "ELOOP":
      return "too many levels of symbolic links";
    default:
      return (error as Error).message ?? String(error);
  }
}

/** Largest file read as one text: a text is at most MAX_TEXT_LENGTH UTF-16 units, at most 4 bytes each. */
const MAX_DOCUMENT_BYTES = MAX_TEXT_LENGTH * 4 + 4;

/** Reads a whole text or Markdown file, or says why it cannot be checked. */
export async function readDocument(path: string): Promise<{ text: string } | { error: ItemError }> {
  let bytes: Buffer;
  try {
    const handle = await open(path, "r");
    try {
      const size = (await handle.stat()).size;
      if (size > MAX_DOCUMENT_BYTES) return { error: tooLong() };
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    return {
      error: { code: "file_unreadable", message: `Cannot read this file: ${describeFsError(error)}.` },
    };
  }
  return decodeDocument(bytes);
}

const tooLong = (): ItemError => ({
  code: "text_too_long",
  message: `Longer than ${MAX_TEXT_LENGTH.toLocaleString("en")} characters: split it into smaller texts.`,
});

/** Decodes the bytes of one text (UTF-8, or UTF-16 with a byte-order mark), or says why it is not text. */
export function decodeDocument(bytes: Uint8Array): { text: string } | { error: ItemError } {
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    const { code, message, line, column } = decoded.problem;
    return {
      error: { code, message: line === undefined ? message : `${message} (line ${line}, column ${column})` },
    };
  }
  if (decoded.text.length > MAX_TEXT_LENGTH) return { error: tooLong() };
  return { text: decoded.text };
}

/** Reads standard input (or any stream) as one text, stopping once it is too long for one. */
export async function readStreamDocument(stream: Readable): Promise<{ text: string } | { error: ItemError }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    size += bytes.length;
    if (size > MAX_DOCUMENT_BYTES) {
      stream.destroy();
      return { error: tooLong() };
    }
    chunks.push(bytes);
  }
  return decodeDocument(Buffer.concat(chunks));
}

/** Extensions checked when a folder is named. */
const CHECKED_EXTENSIONS = new Set([".txt", ".md", ".markdown", ".mdx", ".jsonl", ".ndjson"]);

/** One input of a run: a file to check, standard input, or a file or link found but not checkable. */
export type InputEntry =
  | { readonly kind: "file"; readonly name: string }
  | { readonly kind: "stdin" }
  | { readonly kind: "unreadable"; readonly name: string; readonly error: ItemError }
  | { readonly kind: "skipped"; readonly name: string; readonly reason: string };

async function walk(dir: string, shown: string, out: InputEntry[], seen: Set<string>): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    out.push({
      kind: "unreadable",
      name: shown,
      error: { code: "file_unreadable", message: `Cannot read this folder: ${describeFsError(error)}.` },
    });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    const path = join(dir, entry.name);
    const name = shown === "." ? entry.name : `${shown}/${entry.name}`;
    const checked = CHECKED_EXTENSIONS.has(extname(entry.name).toLowerCase());
    if (entry.isSymbolicLink()) {
      // Links are followed; a link to a folder already being read (a loop) is skipped and said so.
      let target: Awaited<ReturnType<typeof stat>>;
      try {
        target = await stat(path);
      } catch (error) {
        if (checked || errno(error) === "ELOOP") {
          out.push({
            kind: "unreadable",
            name,
            error: { code: "broken_link", message: `Cannot follow this link: ${describeFsError(error)}.` },
          });
        } else
          out.push({
            kind: "skipped",
            name,
            reason: `a link that cannot be followed (${describeFsError(error)})`,
          });
        continue;
      }
      if (target.isDirectory()) {
        const real = await realpath(path);
        if (seen.has(real)) {
          out.push({ kind: "skipped", name, reason: "a link to a folder already being checked (a loop)" });
          continue;
        }
        seen.add(real);
        await walk(path, name, out, seen);
        seen.delete(real);
      } else if (target.isFile() && checked) out.push({ kind: "file", name });
      continue;
    }
    if (entry.isDirectory()) {
      const real = await realpath(path);
      seen.add(real);
      await walk(path, name, out, seen);
      seen.delete(real);
    } else if (entry.isFile() && checked) out.push({ kind: "file", name });
  }
}

/**
 * The inputs to check: files as named, folders expanded to the text, Markdown and JSON Lines files under them
 * (skipping dot-folders and `node_modules`, following links with loop detection), `-` for standard input.
 * A named path that does not exist is a usage error; a file found but unreadable is an input of its own.
 */
export async function expandInputs(names: readonly string[], cwd: string): Promise<InputEntry[]> {
  const out: InputEntry[] = [];
  for (const name of names) {
    if (name === "-") {
      out.push({ kind: "stdin" });
      continue;
    }
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(resolve(cwd, name));
    } catch (error) {
      if (errno(error) === "ENOENT") throw new UsageError(`Cannot read "${name}": no such file.`);
      out.push({
        kind: "unreadable",
        name,
        error: { code: "file_unreadable", message: `Cannot read this file: ${describeFsError(error)}.` },
      });
      continue;
    }
    if (info.isDirectory()) {
      const root = resolve(cwd, name);
      await walk(root, name.replace(/\/+$/, "") || ".", out, new Set([await realpath(root)]));
    } else out.push({ kind: "file", name });
  }
  return out;
}
