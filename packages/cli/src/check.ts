import { createReadStream } from "node:fs";
import { rename, rm, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import { Readable } from "node:stream";
import type { MessageLocale } from "@normas/core";
import { findPolicyFile } from "@normas/core/node";
import { type CheckSettings, createEnv } from "./env.js";
import {
  describeFsError,
  expandInputs,
  formatOf,
  type InputEntry,
  type InputFormat,
  type ItemError,
  MAX_LINE_LENGTH,
  readDocument,
  readStreamDocument,
  splitLines,
} from "./inputs.js";
import { type CliIo, flush, paint, useColour, watchOutput, write } from "./io.js";
import { unknownLocales } from "./locales.js";
import { Pipeline } from "./pipeline.js";
import type { BatchOutput, Unit } from "./process-unit.js";
import { reporterFor } from "./report/index.js";
import { addCounts, type CheckSummary, zeroCounts } from "./report/types.js";
import { escapeTerminal } from "./terminal.js";
import { UsageError } from "./usage-error.js";

/** Options of `normas check`, as parsed from the command line. */
export interface CheckOptions {
  readonly policy?: string;
  readonly brand?: string;
  readonly format: "pretty" | "json" | "sarif";
  readonly lang?: MessageLocale;
  readonly author: string;
  readonly role: readonly string[];
  readonly as: "reply" | "post";
  readonly stdinFilename?: string;
  readonly color?: boolean;
  readonly progress?: boolean;
  readonly stats?: boolean;
  readonly maxWarnings?: number;
  readonly rules: readonly string[];
  readonly sources: readonly string[];
  readonly fix?: boolean;
  readonly fixDryRun?: boolean;
  readonly ignoreUnknownFields?: boolean;
  readonly reportUnusedDisableDirectives?: boolean;
  readonly concurrency?: number;
  readonly docsBaseUrl?: string;
}

/** Texts checked before the throughput is reported even without `--stats`. */
const LARGE_INPUT = 1000;

/** Standard input, its first bytes read to tell JSON Lines from a text. `undefined` when it is empty. */
async function sniffStdin(
  io: CliIo,
  name: string | undefined,
): Promise<{ format: InputFormat; stream: Readable } | undefined> {
  const iterator = io.stdin[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  let first = await iterator.next();
  while (first.done !== true && first.value.length === 0) first = await iterator.next();
  if (first.done === true) return undefined;
  const head = first.value;
  const text = typeof head === "string" ? head : head.toString("utf8");
  const format: InputFormat =
    name !== undefined
      ? formatOf(name)
      : text
            .replace(/^\uFEFF/, "")
            .trimStart()
            .startsWith("{")
        ? "jsonl"
        : "text";
  async function* replay() {
    yield typeof head === "string" ? Buffer.from(head) : head;
    for (let next = await iterator.next(); next.done !== true; next = await iterator.next())
      yield typeof next.value === "string" ? Buffer.from(next.value) : next.value;
  }
  return { format, stream: Readable.from(replay(), { objectMode: false }) };
}

/** Where the fixed lines of a JSON Lines file go until the file is done: a file beside it, renamed over it. */
class LineRewriter {
  private readonly parts: string[] = [];
  private changed = false;
  private unsafe: string | undefined;
  private readonly temp: string;
  private started = false;

  constructor(private readonly path: string) {
    this.temp = `${path}.normas-fix-${process.pid}.tmp`;
  }

  async add(line: string, eol: string, changed: boolean): Promise<void> {
    this.changed ||= changed;
    this.parts.push(line, eol);
    if (this.parts.length >= 2048) await this.spill();
  }

  refuse(reason: string): void {
    this.unsafe ??= reason;
  }

  private async spill(): Promise<void> {
    await writeFile(this.temp, this.parts.join(""), { flag: this.started ? "a" : "w" });
    this.started = true;
    this.parts.length = 0;
  }

  /** Replaces the file when a line changed and every line could be kept; returns why not, otherwise. */
  async finish(): Promise<string | undefined> {
    if (!this.changed || this.unsafe !== undefined) {
      if (this.started) await rm(this.temp, { force: true });
      return this.changed ? this.unsafe : undefined;
    }
    await this.spill();
    await rename(this.temp, this.path);
    return undefined;
  }
}

/** Runs `normas check`; returns the exit code (0 clean, 1 errors, 2 bad usage or bad policy). */
export async function check(
  files: readonly string[],
  options: CheckOptions,
  io: CliIo,
  version: string,
): Promise<number> {
  watchOutput(io.stdout);
  watchOutput(io.stderr);
  if (options.fix === true && options.fixDryRun === true) {
    throw new UsageError("Pass --fix or --fix-dry-run, not both.");
  }
  const fixMode = options.fix === true ? "write" : options.fixDryRun === true ? "dry-run" : "off";
  const policyPath = options.policy ?? findPolicyFile(io.cwd);
  if (policyPath === undefined) {
    throw new UsageError(
      "No policy: pass --policy <file> or add normas.config.json (or .yaml) to this folder or a parent.",
    );
  }
  if (files.length === 0 && io.stdin.isTTY === true) {
    throw new UsageError("Nothing to check: name files, or pipe texts or JSON Lines into standard input.");
  }
  const inputs: InputEntry[] = files.length === 0 ? [{ kind: "stdin" }] : await expandInputs(files, io.cwd);
  let stdin: { format: InputFormat; stream: Readable } | undefined;
  if (inputs.some((i) => i.kind === "stdin")) {
    if (fixMode === "write") {
      throw new UsageError(
        "--fix cannot write standard input back: use --fix-dry-run to see the fixed text.",
      );
    }
    stdin = await sniffStdin(io, options.stdinFilename);
    if (stdin === undefined) throw new UsageError("No input: standard input is empty (or closed).");
  }

  const markdown =
    inputs.some((i) => i.kind === "file" && formatOf(i.name) === "markdown") || stdin?.format === "markdown";
  const settings: CheckSettings = {
    cwd: io.cwd,
    policyFile: resolve(io.cwd, policyPath),
    ruleModules: options.rules,
    sources: options.sources,
    ...(options.lang === undefined ? {} : { lang: options.lang }),
    ...(options.brand === undefined ? {} : { brand: options.brand }),
    author: options.author,
    roles: options.role,
    as: options.as,
    ignoreUnknownFields: options.ignoreUnknownFields === true,
    reportUnusedDirectives: options.reportUnusedDisableDirectives === true,
    fix: fixMode,
    format: options.format,
    colour: useColour(io.stdout, io.env, options.color),
    ...(options.docsBaseUrl === undefined ? {} : { docsBaseUrl: options.docsBaseUrl }),
    version,
    markdown,
  };
  const env = await createEnv(settings);
  const knownBrands = env.policy.brands.map((b) => b.id);
  if (options.brand !== undefined && !knownBrands.includes(options.brand)) {
    throw new UsageError(
      `Unknown brand "${options.brand}". Brands in the policy: ${knownBrands.join(", ")}.`,
    );
  }

  const errPaint = paint(useColour(io.stderr, io.env, options.color));
  for (const unknown of unknownLocales(env.policy)) {
    await write(io.stderr, `${errPaint.yellow("normas:")} ${escapeTerminal(unknown.message)}\n`);
  }
  for (const entry of inputs) {
    if (entry.kind === "skipped") {
      await write(
        io.stderr,
        `${errPaint.yellow("normas:")} skipped ${escapeTerminal(entry.name)}: ${entry.reason}.\n`,
      );
    }
  }

  const reporter = reporterFor(env);
  const concurrency = Math.max(1, options.concurrency ?? Math.min(availableParallelism(), 4));
  const showProgress = options.progress ?? io.stderr.isTTY === true;
  const started = performance.now();
  let lastProgress = Number.NEGATIVE_INFINITY; // updates every 250 ms at most, from 1,024 texts on
  const totals = zeroCounts();
  let written = 0;
  let fileCount = 0;

  const notFixed = async (name: string, reason: string) => {
    await write(io.stderr, `${errPaint.yellow("normas:")} ${escapeTerminal(name)} not fixed: ${reason}.\n`);
  };
  // What to do with each unit's fixed content: write a document back, or add a line to its file's rewrite.
  type Tag =
    | undefined
    | { readonly kind: "document"; readonly path: string; readonly shown: string }
    | { readonly kind: "line"; readonly rewriter: LineRewriter; readonly text: string; readonly eol: string };
  const handle = async (output: BatchOutput, tags: readonly Tag[]) => {
    addCounts(totals, output.counts);
    if (output.results > 0) {
      await write(io.stdout, written === 0 ? output.chunk : `${reporter.separator}${output.chunk}`);
      written += output.results;
    }
    if (output.outputs !== undefined) {
      for (const [i, tag] of tags.entries()) {
        const fixed = output.outputs[i];
        if (tag?.kind === "line")
          await tag.rewriter.add(fixed ?? tag.text, tag.eol, fixed !== undefined && fixed !== tag.text);
        else if (tag?.kind === "document" && fixed !== undefined && fixMode === "write") {
          try {
            await writeFile(tag.path, fixed);
          } catch (error) {
            await notFixed(tag.shown, describeFsError(error));
          }
        }
      }
    }
    if (showProgress && totals.texts >= 1024) {
      const now = performance.now();
      if (now - lastProgress > 250) {
        lastProgress = now;
        const rate = Math.round(totals.texts / ((now - started) / 1000));
        await write(
          io.stderr,
          `\r${errPaint.dim(`checked ${totals.texts.toLocaleString("en")} texts (${rate.toLocaleString("en")}/s)…`)}`,
        );
      }
    }
  };
  // NORMAS_POOL_AFTER: how many texts are checked in this thread before worker threads start (tests set 0).
  const poolAfter = Number.parseInt(io.env.NORMAS_POOL_AFTER ?? "", 10);
  const pipeline = new Pipeline<Tag>(
    env,
    reporter,
    concurrency,
    handle,
    Number.isInteger(poolAfter) && poolAfter >= 0 ? poolAfter : undefined,
  );
  const failedUnit = (file: string, format: InputFormat, error: ItemError, line?: number): Unit => ({
    kind: "failed",
    file,
    format,
    error,
    ...(line === undefined ? {} : { line }),
  });

  await write(io.stdout, reporter.begin());
  for (const entry of inputs) {
    if (entry.kind === "skipped") continue;
    fileCount++;
    if (entry.kind === "unreadable") {
      await pipeline.push(failedUnit(entry.name, formatOf(entry.name), entry.error), undefined);
      continue;
    }
    const isStdin = entry.kind === "stdin";
    const shown = isStdin ? (options.stdinFilename ?? "<stdin>") : entry.name;
    const path = isStdin ? options.stdinFilename : entry.name;
    const format = isStdin ? (stdin?.format ?? "text") : formatOf(entry.name);
    const absolute = isStdin ? undefined : resolve(io.cwd, entry.name);

    if (format !== "jsonl") {
      const read = isStdin
        ? await readStreamDocument(stdin?.stream ?? Readable.from([]))
        : await readDocument(absolute as string);
      if ("error" in read) {
        await pipeline.push(failedUnit(shown, format, read.error), undefined);
        continue;
      }
      await pipeline.push(
        { kind: "document", file: shown, format, source: read.text, ...(path === undefined ? {} : { path }) },
        absolute === undefined ? undefined : { kind: "document", path: absolute, shown },
      );
      continue;
    }

    const rewriter = fixMode === "write" && absolute !== undefined ? new LineRewriter(absolute) : undefined;
    const stream = isStdin ? (stdin?.stream as Readable) : createReadStream(absolute as string);
    let line = 0;
    try {
      for await (const { text, eol, tooLong, invalidUtf8 } of splitLines(stream)) {
        line++;
        if (invalidUtf8 === true || tooLong) {
          const error: ItemError = invalidUtf8
            ? { code: "invalid_utf8", message: "Invalid UTF-8 from this line on: save the file as UTF-8." }
            : {
                code: "line_too_long",
                message: `Line longer than ${MAX_LINE_LENGTH.toLocaleString("en")} characters.`,
              };
          rewriter?.refuse(`line ${line} ${invalidUtf8 ? "is not UTF-8" : "is too long to rewrite"}`);
          await pipeline.push(failedUnit(shown, "jsonl", error, line), undefined);
          continue;
        }
        await pipeline.push(
          { kind: "line", file: shown, line, raw: text, ...(path === undefined ? {} : { path }) },
          rewriter === undefined ? undefined : { kind: "line", rewriter, text, eol },
        );
      }
    } catch (error) {
      // A file that fails while being read (a folder, a device error) is reported, and the run goes on.
      rewriter?.refuse(describeFsError(error));
      const message = `Cannot read this file: ${describeFsError(error)}.`;
      await pipeline.push(
        failedUnit(shown, "jsonl", { code: "file_unreadable", message }, line + 1),
        undefined,
      );
    }
    if (rewriter !== undefined) {
      await pipeline.after(async () => {
        try {
          const reason = await rewriter.finish();
          if (reason !== undefined) await notFixed(shown, reason);
        } catch (error) {
          await notFixed(shown, describeFsError(error));
        }
      });
    }
  }
  await pipeline.finish();

  const seconds = (performance.now() - started) / 1000;
  if (showProgress && totals.texts >= 1024) await write(io.stderr, "\r\u001b[K");
  const summary: CheckSummary = { ...totals, files: fileCount, seconds: Math.round(seconds * 1000) / 1000 };
  await write(io.stdout, reporter.end(summary));
  await flush(io.stdout);
  if (options.stats === true || totals.texts >= LARGE_INPUT) {
    const rate = seconds > 0 ? Math.round(totals.texts / seconds) : totals.texts;
    const threads = pipeline.workers > 0 ? `, ${pipeline.workers} worker threads` : "";
    const peak = Math.round(process.resourceUsage().maxRSS / 1024);
    // CPU time of the whole process (every thread, start-up included): on a busy machine, a steadier figure.
    const { user, system } = process.cpuUsage();
    const cpu = (user + system) / 1e6;
    await write(
      io.stderr,
      `normas: checked ${totals.texts.toLocaleString("en")} texts in ${seconds.toFixed(2)} s (${rate.toLocaleString("en")} texts/s${threads}; CPU ${cpu.toFixed(2)} s; peak memory ${peak} MB)\n`,
    );
  }
  if (totals.errors > 0 || totals.invalid > 0) return 1;
  if (options.maxWarnings !== undefined && totals.warnings > options.maxWarnings) return 1;
  return 0;
}
