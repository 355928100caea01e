import { createReadStream } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { extname, join, resolve } from "node:path";
import type { Readable } from "node:stream";
import { MAX_TEXT_LENGTH } from "@normas/core/schemas";
import { maskMarkdown } from "./markdown.js";
import { UsageError } from "./usage-error.js";

/** How an input is read: one text, one Markdown document, or one JSON object per line. */
export type InputFormat = "text" | "markdown" | "jsonl";

/** Defaults applied to every text that does not say otherwise. */
export interface ItemDefaults {
  readonly brand: string | undefined;
  readonly author: { readonly id: string; readonly roles: readonly string[] };
  readonly as: "reply" | "post";
}

/** A problem with one input (a line that is not JSON, a text that is not valid input). */
export interface ItemError {
  readonly code: string;
  readonly message: string;
  readonly issues?: readonly { readonly pathText: string; readonly message: string }[];
}

/** One text to check, with where it came from. */
export interface CheckItem {
  /** File as given on the command line (or the stdin name). */
  readonly file: string;
  readonly format: InputFormat;
  /** 1-based line of a JSON Lines record. */
  readonly line?: number;
  /** The record's own `id`, when it has one. */
  readonly id?: string;
  readonly target: "reply" | "post" | "moderation";
  /** The evaluation input (without `brand` check yet), or the reason there is none. */
  readonly input?: Record<string, unknown>;
  readonly error?: ItemError;
  /** The text as the user wrote it, for excerpts (Markdown is checked masked, shown as written). */
  readonly shownText: string;
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

/** Splits a stream into lines without holding more than one line (and one chunk) in memory. */
export async function* splitLines(stream: Readable): AsyncGenerator<{ text: string; tooLong: boolean }> {
  stream.setEncoding("utf8");
  let pending = "";
  let overflow = false;
  for await (const chunk of stream as AsyncIterable<string>) {
    let start = 0;
    for (let nl = chunk.indexOf("\n"); nl !== -1; nl = chunk.indexOf("\n", start)) {
      const piece = chunk.slice(start, nl);
      start = nl + 1;
      if (overflow) {
        overflow = false;
        pending = "";
        yield { text: "", tooLong: true };
        continue;
      }
      const line = pending + piece;
      pending = "";
      yield { text: line.endsWith("\r") ? line.slice(0, -1) : line, tooLong: false };
    }
    if (!overflow) {
      pending += chunk.slice(start);
      if (pending.length > MAX_LINE_LENGTH) {
        overflow = true;
        pending = "";
      }
    }
  }
  if (overflow) yield { text: "", tooLong: true };
  else if (pending !== "")
    yield { text: pending.endsWith("\r") ? pending.slice(0, -1) : pending, tooLong: false };
}

const POST_KINDS = new Set(["organic", "scheduled", "promotional", "profile-update"]);
const isPlain = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** Turns one JSON Lines record into an evaluation input; `author` and `inReplyTo` may be plain strings. */
export function recordToItem(
  file: string,
  line: number,
  raw: string,
  defaults: ItemDefaults,
): CheckItem | undefined {
  if (raw.trim() === "") return undefined;
  const base = { file, format: "jsonl" as const, line };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    return {
      ...base,
      target: defaults.as,
      shownText: raw,
      error: { code: "invalid_json", message: `Not a JSON object: ${(error as Error).message}` },
    };
  }
  if (!isPlain(value)) {
    return {
      ...base,
      target: defaults.as,
      shownText: raw,
      error: { code: "invalid_json", message: 'Each line must be a JSON object with at least a "text".' },
    };
  }
  const { id, kind, author, inReplyTo, ...rest } = value;
  const defaultAuthor = { id: defaults.author.id, roles: [...defaults.author.roles] };
  const label = typeof id === "string" || typeof id === "number" ? { id: String(id) } : {};
  if (rest.action !== undefined) {
    // A proposed moderation action on a comment: `{ "brand", "action", "comment", "reason"? }`.
    const { comment, ...others } = rest;
    const input: Record<string, unknown> = { ...others };
    if (input.brand === undefined && defaults.brand !== undefined) input.brand = defaults.brand;
    input.author = typeof author === "string" ? { ...defaultAuthor, id: author } : (author ?? defaultAuthor);
    input.comment = typeof comment === "string" ? { text: comment } : comment;
    const shown = isPlain(input.comment) && typeof input.comment.text === "string" ? input.comment.text : "";
    if (inReplyTo !== undefined) input.inReplyTo = inReplyTo; // left for the schema to reject
    return { ...base, ...label, target: "moderation", input, shownText: shown };
  }
  const target = typeof kind === "string" && POST_KINDS.has(kind) ? "post" : defaults.as;
  const input: Record<string, unknown> = { ...rest };
  if (input.brand === undefined && defaults.brand !== undefined) input.brand = defaults.brand;
  input.author = typeof author === "string" ? { ...defaultAuthor, id: author } : (author ?? defaultAuthor);
  if (typeof inReplyTo === "string") input.inReplyTo = { text: inReplyTo };
  else if (inReplyTo !== undefined) input.inReplyTo = inReplyTo;
  if (target === "post" && kind !== undefined) input.kind = kind;
  else if (kind !== undefined && kind !== "reply") input.kind = kind; // left for the schema to reject
  return {
    ...base,
    ...label,
    target,
    input,
    shownText: typeof rest.text === "string" ? rest.text : "",
  };
}

/** Reads one input (a file, or standard input when `file` is `-`), yielding the texts to check. */
export async function* readItems(
  file: string,
  open: () => Readable,
  format: InputFormat,
  defaults: ItemDefaults,
): AsyncGenerator<CheckItem> {
  if (format === "jsonl") {
    let line = 0;
    for await (const { text, tooLong } of splitLines(open())) {
      line++;
      if (tooLong) {
        yield {
          file,
          format,
          line,
          target: defaults.as,
          shownText: "",
          error: { code: "line_too_long", message: `Line longer than ${MAX_LINE_LENGTH} characters.` },
        };
        continue;
      }
      const item = recordToItem(file, line, text, defaults);
      if (item !== undefined) yield item;
    }
    return;
  }
  let source = "";
  const stream = open().setEncoding("utf8");
  for await (const chunk of stream as AsyncIterable<string>) {
    source += chunk;
    if (source.length > MAX_TEXT_LENGTH) {
      // Longer than any text normas checks: stop reading rather than hold the whole file.
      stream.destroy();
      const message = `Longer than ${MAX_TEXT_LENGTH.toLocaleString("en")} characters: split it into smaller texts.`;
      yield { file, format, target: defaults.as, shownText: "", error: { code: "text_too_long", message } };
      return;
    }
  }
  const text = format === "markdown" ? maskMarkdown(source) : source;
  const input: Record<string, unknown> = {
    author: { id: defaults.author.id, roles: [...defaults.author.roles] },
    text,
  };
  if (defaults.brand !== undefined) input.brand = defaults.brand;
  yield { file, format, target: defaults.as, input, shownText: source };
}

/** Opens a file as a stream (used for every input so that JSON Lines never load whole). */
export const openFile = (path: string) => (): Readable => createReadStream(path);

/** Extensions checked when a directory is named. */
const CHECKED_EXTENSIONS = new Set([".txt", ".md", ".markdown", ".mdx", ".jsonl", ".ndjson"]);

async function walk(dir: string, shown: string, out: string[]): Promise<void> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    const path = join(dir, entry.name);
    const name = shown === "." ? entry.name : `${shown}/${entry.name}`;
    if (entry.isDirectory()) await walk(path, name, out);
    else if (entry.isFile() && CHECKED_EXTENSIONS.has(extname(entry.name).toLowerCase())) out.push(name);
  }
}

/**
 * The files to check: files as named, directories expanded to the text, Markdown and JSON Lines files under them
 * (skipping dot-folders and `node_modules`), `-` for standard input. A path that does not exist is a usage error.
 */
export async function expandInputs(names: readonly string[], cwd: string): Promise<string[]> {
  const out: string[] = [];
  for (const name of names) {
    if (name === "-") {
      out.push(name);
      continue;
    }
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(resolve(cwd, name));
    } catch {
      throw new UsageError(`Cannot read "${name}": no such file.`);
    }
    if (info.isDirectory()) await walk(resolve(cwd, name), name.replace(/\/+$/, "") || ".", out);
    else out.push(name);
  }
  return out;
}
