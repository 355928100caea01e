// Checks one unit — a whole text or Markdown document, or one JSON Lines record — and formats its result. Pure
// given the environment, so it runs the same in the main thread and in worker threads.
import { relative, resolve, sep } from "node:path";
import {
  evaluateModeration,
  evaluatePost,
  evaluateReply,
  fixPost,
  fixReply,
  InputError,
  type Verdict,
  type Violation,
} from "@normas/core";
import { type FileOverrides, type JsonDocument, overridesFor, parseJsonDocument } from "@normas/core/node";
import { type EvaluationRecord, parseRecord } from "@normas/core/schemas";
import { applyDirectives, type Directive } from "./directives.js";
import type { CheckEnv } from "./env.js";
import { readFrontMatter } from "./front-matter.js";
import type { InputFormat, ItemError } from "./inputs.js";
import { LineIndex } from "./lines.js";
import { readMarkdown } from "./markdown-loader.js";
import {
  addCounts,
  type CheckedItem,
  type Counts,
  countOf,
  type Placed,
  type Reporter,
  zeroCounts,
} from "./report/types.js";

const textOrUndefined = (value: unknown): string | undefined =>
  typeof value === "string" ? value : undefined;

/** One thing to check: a document, a JSON Lines line, or an input that failed before it could be read. */
export type Unit =
  | {
      readonly kind: "document";
      readonly file: string;
      readonly path?: string;
      readonly format: "text" | "markdown";
      readonly source: string;
    }
  | {
      readonly kind: "line";
      readonly file: string;
      readonly path?: string;
      readonly line: number;
      readonly raw: string;
    }
  | {
      readonly kind: "failed";
      readonly file: string;
      readonly line?: number;
      readonly format: InputFormat;
      readonly error: ItemError;
    };

/** What checking a unit gives back: the formatted result, its totals, and the fixed content if any. */
export interface UnitOutput {
  readonly chunk: string;
  readonly counts: Counts;
  /** The fixed document or line (`--fix`, `--fix-dry-run`), when fixes changed it. */
  readonly output?: string;
}

const EMPTY: Omit<CheckedItem, "file" | "format" | "target" | "brand" | "shownText"> = {
  suppressed: [],
  directiveProblems: [],
  fixed: 0,
  place: () => {
    throw new Error("nothing to place");
  },
};

function countsOf(item: CheckedItem): Counts {
  const counts = zeroCounts();
  counts.texts = 1;
  if (item.error !== undefined) {
    counts.invalid = 1;
    return counts;
  }
  const violations = item.verdict?.violations ?? [];
  const { errors, warnings, infos } = countOf(violations);
  counts.errors = errors + item.directiveProblems.length;
  counts.warnings = warnings;
  counts.infos = infos;
  counts.textsWithProblems = violations.length + item.directiveProblems.length > 0 ? 1 : 0;
  counts.fixed = item.fixed;
  counts.suppressed = item.suppressed.length;
  return counts;
}

/** Overrides of a file, cached per file (every line of a JSON Lines file shares them). */
const overridesCache = new WeakMap<CheckEnv, Map<string, FileOverrides>>();
function overridesOf(env: CheckEnv, path: string | undefined): FileOverrides | undefined {
  if (path === undefined || env.policy.overrides === undefined) return undefined;
  let cache = overridesCache.get(env);
  if (cache === undefined) {
    cache = new Map();
    overridesCache.set(env, cache);
  }
  let found = cache.get(path);
  if (found === undefined) {
    const rel = relative(env.policyDir, resolve(env.settings.cwd, path)).split(sep).join("/");
    found = overridesFor(env.policy, rel);
    cache.set(path, found);
  }
  return found;
}

function recordOptions(env: CheckEnv, overrides: FileOverrides | undefined) {
  const s = env.settings;
  const singleBrand = env.policy.brands.length === 1 ? env.policy.brands[0]?.id : undefined;
  const brand = overrides?.brand ?? s.brand ?? singleBrand;
  return {
    defaults: {
      ...(brand === undefined ? {} : { brand }),
      ...(overrides?.channel === undefined ? {} : { channel: overrides.channel }),
      author: { id: s.author, roles: [...s.roles] },
      kind: overrides?.kind ?? s.as,
    },
    ignoreUnknownFields: s.ignoreUnknownFields,
    // Evaluation validates the input with the same paths and messages: once is enough.
    validate: false,
    ...(s.lang === undefined ? {} : { locale: s.lang }),
  };
}

function inputError(env: CheckEnv, error: InputError, where: "record" | "front matter" | "text"): ItemError {
  const brandMissing = error.issues.find(
    (i) => i.path.length === 1 && i.path[0] === "brand" && i.code === "invalid_type",
  );
  if (brandMissing !== undefined) {
    const list = env.policy.brands.map((b) => b.id).join(", ");
    const how =
      where === "record"
        ? 'add "brand" to the record'
        : where === "front matter"
          ? "add brand: to the front matter"
          : "add an override for this file to the policy";
    return {
      code: "missing_brand",
      message: `No brand: ${how}, or pass --brand (brands: ${list}).`,
    };
  }
  return {
    code: error.code,
    message: "Invalid input.",
    issues: error.issues.map((i) => ({ pathText: i.pathText, message: i.message })),
  };
}

function evaluateRecord(
  env: CheckEnv,
  record: EvaluationRecord,
  overrides: FileOverrides | undefined,
): Verdict {
  const compiled = env.compiled(overrides?.rules);
  if (record.kind === "post") return evaluatePost(compiled, record.input, env.services);
  if (record.kind === "moderation") return evaluateModeration(compiled, record.input, env.services);
  return evaluateReply(compiled, record.input, env.services);
}

function withViolations(verdict: Verdict, violations: readonly Violation[]): Verdict {
  if (violations.length === verdict.violations.length) return verdict;
  const { errors, warnings } = countOf(violations);
  return { ok: errors === 0, violations, errorCount: errors, warningCount: warnings };
}

function failed(
  unit: { file: string; line?: number },
  format: InputFormat,
  error: ItemError,
  brand?: string,
): CheckedItem {
  return {
    ...EMPTY,
    file: unit.file,
    format,
    ...(unit.line === undefined ? {} : { line: unit.line }),
    brand,
    target: "reply",
    shownText: "",
    error,
  };
}

/** The directive outcome of a verdict, as the item carries it. */
function directivesOf(env: CheckEnv, text: string, directives: readonly Directive[], verdict: Verdict) {
  const outcome = applyDirectives(text, directives, verdict.violations, env.knownRules);
  const problems = [
    ...outcome.unknown.map((problem) => ({ kind: "unknown" as const, problem })),
    ...(env.settings.reportUnusedDirectives
      ? outcome.unused.map((problem) => ({ kind: "unused" as const, problem }))
      : []),
  ];
  return {
    verdict: withViolations(verdict, outcome.kept),
    suppressed: outcome.suppressed,
    directiveProblems: problems,
  };
}

function checkDocument(
  env: CheckEnv,
  unit: Extract<Unit, { kind: "document" }>,
): { item: CheckedItem; output?: string } {
  const overrides = overridesOf(env, unit.path);
  const markdown = unit.format === "markdown";
  const md = markdown ? readMarkdown(unit.source) : undefined;
  let fields: Record<string, unknown> = {};
  if (md?.frontMatter !== undefined) {
    const read = readFrontMatter(md.frontMatter.yaml, md.frontMatter.line);
    if ("error" in read) return { item: failed(unit, unit.format, read.error) };
    fields = read.fields;
  }
  let record: EvaluationRecord;
  try {
    record = parseRecord(
      { ...fields, text: md?.view ?? unit.source },
      { ...recordOptions(env, overrides), ignoreUnknownFields: false },
    );
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const where = fields.brand !== undefined || md?.frontMatter !== undefined ? "front matter" : "text";
    return { item: failed(unit, unit.format, inputError(env, error, where)) };
  }
  const recordDirectives: Directive[] = record.disable.map((d) => ({
    ...d,
    kind: "record",
    start: 0,
    end: 0,
  }));
  const directivesAt = (source: string, view: string | undefined): Directive[] =>
    md === undefined
      ? recordDirectives
      : [...recordDirectives, ...(view === undefined ? readMarkdown(source).directives : md.directives)];

  let source = unit.source;
  let verdict: Verdict;
  let fixed = 0;
  try {
    if (env.settings.fix !== "off" && record.kind !== "moderation") {
      const compiled = env.compiled(overrides?.rules);
      // Directives and the prose view of the text of each pass, computed once per pass.
      let last: { text: string; directives: Directive[]; view: string } | undefined;
      const at = (text: string) => {
        if (last?.text !== text) {
          const doc = markdown ? readMarkdown(text) : undefined;
          last = {
            text,
            view: doc?.view ?? text,
            directives: doc === undefined ? recordDirectives : [...recordDirectives, ...doc.directives],
          };
        }
        return last;
      };
      const options = {
        services: env.services,
        ...(markdown ? { view: (text: string) => at(text).view } : {}),
        fixable: (v: Violation, text: string) => {
          const state = at(text);
          const edits = v.suggestions?.find((s) => s.safe === true)?.edits ?? [];
          // Not a violation a directive covers, nor one whose edits reach into lines a directive covers, and
          // only edits inside prose: never inside code, a URL or a comment blanked out of the view.
          const covered = [
            v,
            ...edits.map((e) => ({ ...v, span: { start: e.start, end: Math.max(e.start, e.end) } })),
          ];
          if (applyDirectives(text, state.directives, covered, env.knownRules).suppressed.length > 0)
            return false;
          return edits.every((e) => text.slice(e.start, e.end) === state.view.slice(e.start, e.end));
        },
      };
      const input = { ...record.input, text: source };
      const result =
        record.kind === "post" ? fixPost(compiled, input, options) : fixReply(compiled, input, options);
      source = keepFinalLineBreak(source, result.text);
      verdict = result.verdict;
      fixed = result.applied.length;
    } else verdict = evaluateRecord(env, record, overrides);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return {
      item: failed(unit, unit.format, inputError(env, error, "text"), textOrUndefined(record.input.brand)),
    };
  }
  const lines = new LineIndex(source);
  const place = (span: { start: number; end: number }): Placed => {
    const inText = { start: lines.at(span.start), end: lines.at(Math.max(span.start, span.end)) };
    return { inText, inFile: inText };
  };
  const item: CheckedItem = {
    file: unit.file,
    format: unit.format,
    ...(record.id === undefined ? {} : { id: record.id }),
    brand: record.input.brand,
    target: record.kind,
    shownText: source,
    ...directivesOf(
      env,
      source,
      directivesAt(source, source === unit.source ? md?.view : undefined),
      verdict,
    ),
    place,
    fixed,
    ...(source === unit.source ? {} : { output: source }),
  };
  return source === unit.source ? { item } : { item, output: source };
}

/**
 * A file that ended with a line break still ends with one after its fixes: a fix appended at the very end (a
 * sign-off) goes after the text's last line break, and would otherwise leave the file without a final one.
 */
function keepFinalLineBreak(before: string, after: string): string {
  const eol = /\r?\n$/.exec(before)?.[0];
  return eol === undefined || after === before || /\n$/.test(after) ? after : after + eol;
}

function checkLine(
  env: CheckEnv,
  unit: Extract<Unit, { kind: "line" }>,
): { item?: CheckedItem; output?: string } {
  if (unit.raw.trim() === "") return {};
  const base = { file: unit.file, line: unit.line };
  let value: unknown;
  try {
    value = JSON.parse(unit.raw);
  } catch {
    const read = parseJsonDocument(unit.raw);
    const detail = read.ok ? "" : ` ${read.problem.message} (column ${read.problem.column})`;
    return { item: failed(base, "jsonl", { code: "invalid_json", message: `Not a JSON object:${detail}` }) };
  }
  const overrides = overridesOf(env, unit.path);
  let record: EvaluationRecord;
  try {
    record = parseRecord(value, recordOptions(env, overrides));
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const brand =
      typeof (value as { brand?: unknown })?.brand === "string"
        ? (value as { brand: string }).brand
        : undefined;
    const rawId = (value as { id?: unknown } | null)?.id;
    const id = typeof rawId === "string" || typeof rawId === "number" ? String(rawId) : undefined;
    const err =
      error.issues[0]?.path.length === 0
        ? { code: "invalid_json", message: 'Each line must be a JSON object with at least a "text".' }
        : inputError(env, error, "record");
    return { item: { ...failed(base, "jsonl", err, brand), ...(id === undefined ? {} : { id }) } };
  }
  const directives: Directive[] = record.disable.map((d) => ({ ...d, kind: "record", start: 0, end: 0 }));
  let raw = unit.raw;
  let verdict: Verdict;
  let fixed = 0;
  const shown = (r: EvaluationRecord): string =>
    r.kind === "moderation" ? r.input.comment.text : r.input.text;
  try {
    if (env.settings.fix !== "off" && record.kind !== "moderation") {
      const compiled = env.compiled(overrides?.rules);
      const options = {
        services: env.services,
        fixable: (v: Violation, text: string) =>
          applyDirectives(text, directives, [v], env.knownRules).kept.length > 0,
      };
      const result =
        record.kind === "post"
          ? fixPost(compiled, record.input, options)
          : fixReply(compiled, record.input, options);
      verdict = result.verdict;
      fixed = result.applied.length;
      if (result.text !== record.input.text) {
        const range = parseJsonDocument(raw);
        const at = range.ok ? range.document.rangeOf(["text"]) : undefined;
        if (at !== undefined) raw = raw.slice(0, at.start) + JSON.stringify(result.text) + raw.slice(at.end);
        record = { ...record, input: { ...record.input, text: result.text } };
      }
    } else verdict = evaluateRecord(env, record, overrides);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const item = failed(base, "jsonl", inputError(env, error, "record"), textOrUndefined(record.input.brand));
    return { item: { ...item, ...(record.id === undefined ? {} : { id: record.id }) } };
  }
  const text = shown(record);
  let lines: LineIndex | undefined;
  let doc: JsonDocument | undefined | null;
  // Where the checked text is in the JSON of the line: `text`, or the moderated comment.
  const path =
    record.kind === "moderation"
      ? typeof (value as { comment?: unknown }).comment === "string"
        ? ["comment"]
        : ["comment", "text"]
      : ["text"];
  const place = (span: { start: number; end: number }): Placed => {
    lines ??= new LineIndex(text);
    const inText = { start: lines.at(span.start), end: lines.at(Math.max(span.start, span.end)) };
    return {
      inText,
      // Read the line's JSON only when asked (SARIF regions, fixes): most formats never need it.
      get inFile() {
        if (doc === undefined) {
          const read = parseJsonDocument(raw);
          doc = read.ok ? read.document : null;
        }
        const column = (offset: number) => (doc?.sourceOffset(path, offset) ?? 0) + 1;
        return {
          start: { line: unit.line, column: column(span.start) },
          end: { line: unit.line, column: column(Math.max(span.start, span.end)) },
        };
      },
    };
  };
  const item: CheckedItem = {
    file: unit.file,
    format: "jsonl",
    line: unit.line,
    ...(record.id === undefined ? {} : { id: record.id }),
    brand: record.input.brand,
    target: record.kind,
    shownText: text,
    ...directivesOf(env, text, directives, verdict),
    place,
    fixed,
    ...(raw === unit.raw ? {} : { output: raw }),
  };
  return env.settings.fix === "off" ? { item } : { item, output: raw };
}

/** What checking a batch of units gives back: their formatted results joined, totals, fixed contents. */
export interface BatchOutput {
  /** The non-empty results, joined with the reporter's separator. */
  readonly chunk: string;
  /** How many results `chunk` holds. */
  readonly results: number;
  readonly counts: Counts;
  /** Each unit's fixed content (--fix, --fix-dry-run), in unit order; absent otherwise. */
  readonly outputs?: readonly (string | undefined)[];
}

/** Checks a batch of units: one message to and from a worker thread, whatever the batch size. */
export function processBatch(env: CheckEnv, reporter: Reporter, units: readonly Unit[]): BatchOutput {
  const chunks: string[] = [];
  const counts = zeroCounts();
  const outputs: (string | undefined)[] | undefined = env.settings.fix === "off" ? undefined : [];
  for (const unit of units) {
    const out = processUnit(env, reporter, unit);
    if (out.chunk !== "") chunks.push(out.chunk);
    addCounts(counts, out.counts);
    outputs?.push(out.output);
  }
  return {
    chunk: chunks.join(reporter.separator),
    results: chunks.length,
    counts,
    ...(outputs === undefined ? {} : { outputs }),
  };
}

/** Checks one unit and formats it with `reporter`. */
export function processUnit(env: CheckEnv, reporter: Reporter, unit: Unit): UnitOutput {
  let result: { item?: CheckedItem; output?: string };
  if (unit.kind === "failed") result = { item: failed(unit, unit.format, unit.error) };
  else if (unit.kind === "document") result = checkDocument(env, unit);
  else result = checkLine(env, unit);
  const { item, output } = result;
  if (item === undefined)
    return { chunk: "", counts: zeroCounts(), ...(output === undefined ? {} : { output }) };
  return { chunk: reporter.item(item), counts: countsOf(item), ...(output === undefined ? {} : { output }) };
}
