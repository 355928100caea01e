import { resolve } from "node:path";
import { Readable } from "node:stream";
import {
  type CompiledPolicy,
  compilePolicy,
  type EvaluationServices,
  evaluateModeration,
  evaluatePost,
  evaluateReply,
  InputError,
  type MessageLocale,
  type ModerationInput,
  type PostInput,
  type ReplyInput,
} from "@normas/core";
import { builtinRules } from "@normas/core/rules";
import { loadRuleModules } from "./custom-rules.js";
import {
  type CheckItem,
  expandInputs,
  formatOf,
  type InputFormat,
  type ItemDefaults,
  openFile,
  readItems,
} from "./inputs.js";
import { type CliIo, paint, useColour, write } from "./io.js";
import { LineIndex } from "./lines.js";
import { findPolicyFile, loadPolicyFile } from "./policy-file.js";
import { jsonReporter } from "./report/json.js";
import { prettyReporter } from "./report/pretty.js";
import { sarifReporter } from "./report/sarif.js";
import type { CheckedItem, CheckSummary, Reporter } from "./report/types.js";
import { loadSources } from "./sources.js";
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
}

/** Texts checked before the throughput is reported even without `--stats`. */
const LARGE_INPUT = 1000;

async function sniffStdin(
  io: CliIo,
  name: string | undefined,
): Promise<{ format: InputFormat; stream: Readable }> {
  if (name !== undefined) return { format: formatOf(name), stream: io.stdin };
  const iterator = io.stdin[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  const first = await iterator.next();
  if (first.done === true) return { format: "text", stream: Readable.from([]) };
  const head = first.value;
  const text = typeof head === "string" ? head : head.toString("utf8");
  const format: InputFormat = text.trimStart().startsWith("{") ? "jsonl" : "text";
  async function* replay() {
    yield head;
    for (let next = await iterator.next(); next.done !== true; next = await iterator.next()) yield next.value;
  }
  return { format, stream: Readable.from(replay(), { objectMode: false }) };
}

function evaluate(
  compiled: CompiledPolicy,
  item: CheckItem,
  knownBrands: ReadonlySet<string>,
  services: EvaluationServices,
): CheckedItem {
  const input = item.input;
  const brand = typeof input?.brand === "string" ? input.brand : undefined;
  if (item.error !== undefined || input === undefined)
    return { item, brand, ...(item.error && { error: item.error }) };
  if (input.brand === undefined) {
    const list = [...knownBrands].join(", ");
    return {
      item,
      brand,
      error: {
        code: "missing_brand",
        message: `No brand: add "brand" to the record or pass --brand (brands: ${list}).`,
      },
    };
  }
  try {
    const verdict =
      item.target === "post"
        ? evaluatePost(compiled, input as unknown as PostInput, services)
        : item.target === "moderation"
          ? evaluateModeration(compiled, input as unknown as ModerationInput, services)
          : evaluateReply(compiled, input as unknown as ReplyInput, services);
    if (verdict.violations.length === 0) return { item, brand, verdict };
    // Spans refer to the checked text: the reply or post, or the comment of a moderation action.
    const index = new LineIndex(item.target === "moderation" ? item.shownText : String(input.text ?? ""));
    const positions = verdict.violations.map((v) =>
      v.span === undefined ? undefined : { start: index.at(v.span.start), end: index.at(v.span.end) },
    );
    return { item, brand, verdict, positions };
  } catch (error) {
    if (error instanceof InputError) {
      return {
        item,
        brand,
        error: {
          code: error.code,
          message: "Invalid input.",
          issues: error.issues.map((i) => ({ pathText: i.pathText, message: i.message })),
        },
      };
    }
    throw error;
  }
}

/** Runs `normas check`; returns the exit code (0 clean, 1 errors, 2 bad usage or bad policy). */
export async function check(
  files: readonly string[],
  options: CheckOptions,
  io: CliIo,
  version: string,
): Promise<number> {
  const policyPath = options.policy ?? findPolicyFile(io.cwd);
  if (policyPath === undefined) {
    throw new UsageError(
      "No policy: pass --policy <file> or add normas.config.json (or .yaml) to this directory or a parent.",
    );
  }
  const custom = await loadRuleModules(options.rules, io.cwd);
  const { policy } = await loadPolicyFile(policyPath, {
    cwd: io.cwd,
    rules: custom,
    ...(options.lang === undefined ? {} : { locale: options.lang }),
  });
  const knownBrands = new Set(policy.brands.map((b) => b.id));
  if (options.brand !== undefined && !knownBrands.has(options.brand)) {
    throw new UsageError(
      `Unknown brand "${options.brand}". Brands in the policy: ${[...knownBrands].join(", ")}.`,
    );
  }
  const compiled = compilePolicy(policy, {
    rules: custom,
    ...(options.lang === undefined ? {} : { messageLocale: options.lang }),
  });
  const defaults: ItemDefaults = {
    brand: options.brand ?? (policy.brands.length === 1 ? policy.brands[0]?.id : undefined),
    author: { id: options.author, roles: options.role },
    as: options.as,
  };

  if (files.length === 0 && io.stdin.isTTY === true) {
    throw new UsageError("Nothing to check: name files, or pipe texts or JSON Lines into standard input.");
  }
  const inputs = files.length === 0 ? ["-"] : await expandInputs(files, io.cwd);
  for (const file of inputs) {
    if (file !== "-" && formatOf(file) !== "jsonl" && defaults.brand === undefined) {
      throw new UsageError(
        `Pass --brand to check "${file}": the policy has several brands (${[...knownBrands].join(", ")}).`,
      );
    }
  }

  const index = await loadSources(options.sources, io.cwd);
  const services: EvaluationServices = index === undefined ? {} : { sources: index };
  const active = new Set(compiled.rules.map((r) => r.id));
  const reporter: Reporter =
    options.format === "json"
      ? jsonReporter(io.stdout)
      : options.format === "sarif"
        ? sarifReporter(io.stdout, {
            cwd: io.cwd,
            version,
            rules: [...builtinRules, ...custom].filter((r) => active.has(r.id)),
          })
        : prettyReporter(io.stdout, paint(useColour(io.stdout, io.env, options.color)));

  const errPaint = paint(useColour(io.stderr, io.env, options.color));
  const showProgress = options.progress ?? io.stderr.isTTY === true;
  const started = performance.now();
  let lastProgress = Number.NEGATIVE_INFINITY; // the first update comes at 1,024 texts, then every 250 ms at most
  const totals = { texts: 0, textsWithProblems: 0, errors: 0, warnings: 0, infos: 0, invalid: 0 };

  await reporter.begin();
  for (const file of inputs) {
    let source: { format: InputFormat; stream: () => Readable };
    const shownName = file === "-" ? (options.stdinFilename ?? "<stdin>") : file;
    if (file === "-") {
      const sniffed = await sniffStdin(io, options.stdinFilename);
      source = { format: sniffed.format, stream: () => sniffed.stream };
      if (sniffed.format !== "jsonl" && defaults.brand === undefined) {
        throw new UsageError(
          `Pass --brand to check standard input: the policy has several brands (${[...knownBrands].join(", ")}).`,
        );
      }
    } else {
      source = { format: formatOf(file), stream: openFile(resolve(io.cwd, file)) };
    }
    for await (const item of readItems(shownName, source.stream, source.format, defaults)) {
      const result = evaluate(compiled, item, knownBrands, services);
      totals.texts++;
      if (result.error !== undefined) totals.invalid++;
      const violations = result.verdict?.violations ?? [];
      if (violations.length > 0) totals.textsWithProblems++;
      for (const v of violations) {
        if (v.severity === "error") totals.errors++;
        else if (v.severity === "warning") totals.warnings++;
        else totals.infos++;
      }
      await reporter.item(result);
      if (showProgress && (totals.texts & 1023) === 0) {
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
    }
  }
  const seconds = (performance.now() - started) / 1000;
  if (showProgress && totals.texts >= 1024) await write(io.stderr, "\r\u001b[K");
  const summary: CheckSummary = {
    ...totals,
    files: inputs.length,
    seconds: Math.round(seconds * 1000) / 1000,
  };
  await reporter.end(summary);
  if (options.stats === true || totals.texts >= LARGE_INPUT) {
    const rate = seconds > 0 ? Math.round(totals.texts / seconds) : totals.texts;
    await write(
      io.stderr,
      `normas: checked ${totals.texts.toLocaleString("en")} texts in ${seconds.toFixed(2)} s (${rate.toLocaleString("en")} texts/s)\n`,
    );
  }
  if (totals.errors > 0 || totals.invalid > 0) return 1;
  if (options.maxWarnings !== undefined && totals.warnings > options.maxWarnings) return 1;
  return 0;
}
