import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, extname, isAbsolute, join, relative, resolve } from "node:path";
import {
  definePolicy,
  type Issue,
  type MessageLocale,
  NormasError,
  type Policy,
  type PolicyDefinition,
  PolicyError,
  type Rule,
} from "@normas/core";
import { formatPath } from "@normas/core/text";
import { type Document, isNode, LineCounter, parseDocument } from "yaml";

/** File names `normas check` looks for, in this order, in the working directory and then each parent. */
export const CONFIG_FILE_NAMES: readonly string[] = [
  "normas.config.json",
  "normas.config.yaml",
  "normas.config.yml",
];

/** An issue of a policy file, with the line and column (1-based) of the field when it could be found. */
export interface LocatedIssue extends Issue {
  /** Line of the offending field in the policy file. */
  readonly line?: number;
  /** Column of the offending field in the policy file. */
  readonly column?: number;
}

/** A policy file that cannot be read, parsed or validated. `issues` carry paths, messages and positions. */
export class PolicyFileError extends NormasError {
  /** The policy file, as named to the user. */
  readonly file: string;
  declare readonly issues: readonly LocatedIssue[];

  constructor(file: string, issues: readonly LocatedIssue[], intro = `Invalid policy file ${file}`) {
    const lines = issues.slice(0, 20).map((i) => `  ${where(file, i)}  ${i.pathText}: ${i.message}`);
    super("POLICY_FILE_INVALID", [intro, ...lines].join("\n"), issues);
    this.name = "PolicyFileError";
    this.file = file;
  }
}

function where(file: string, issue: LocatedIssue): string {
  return issue.line === undefined ? file : `${file}:${issue.line}:${issue.column ?? 1}`;
}

/** Finds `normas.config.{json,yaml,yml}` in `from` or the nearest parent directory that has one. */
export function findPolicyFile(from: string): string | undefined {
  let dir = resolve(from);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

interface ParsedFile {
  readonly value: unknown;
  readonly doc: Document | undefined;
  readonly lines: LineCounter;
}

const issue = (
  code: string,
  path: (string | number)[],
  message: string,
  at?: { line: number; col: number },
) => ({
  code,
  path,
  pathText: formatPath(path),
  message,
  ...(at === undefined ? {} : { line: at.line, column: at.col }),
});

async function parseFile(file: string, shown: string): Promise<ParsedFile> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "File not found." : String(error);
    throw new PolicyFileError(
      shown,
      [issue("file_unreadable", [], reason)],
      `Cannot read policy file ${shown}`,
    );
  }
  const lines = new LineCounter();
  const isJson = extname(file).toLowerCase() === ".json";
  if (isJson) {
    try {
      JSON.parse(text);
    } catch (error) {
      const message = (error as Error).message;
      const at = /position (\d+)/.exec(message);
      const pos = at === null ? undefined : lineColumnOf(text, Number(at[1]));
      throw new PolicyFileError(
        shown,
        [issue("invalid_json", [], message, pos)],
        `Cannot parse policy file ${shown}`,
      );
    }
  }
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length > 0) {
    if (isJson) return { value: JSON.parse(text), doc: undefined, lines };
    const issues = doc.errors.map((e) => {
      const pos = e.linePos?.[0];
      const first = (e.message.split("\n")[0] ?? e.message).replace(/ at line \d+, column \d+:?$/, "");
      return issue("invalid_yaml", [], first, pos);
    });
    throw new PolicyFileError(shown, issues, `Cannot parse policy file ${shown}`);
  }
  if (isJson) return { value: JSON.parse(text), doc, lines };
  try {
    // Aliases are capped so that a small file cannot expand into a huge document ("billion laughs").
    return { value: doc.toJS({ maxAliasCount: 100 }), doc, lines };
  } catch (error) {
    throw new PolicyFileError(
      shown,
      [issue("invalid_yaml", [], (error as Error).message)],
      `Cannot parse policy file ${shown}`,
    );
  }
}

function lineColumnOf(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, col: offset - start + 1 };
}

/** Position of the deepest node of `path` that exists in the file (the field, or its closest parent). */
function locate(
  parsed: ParsedFile,
  path: readonly (string | number)[],
): { line: number; col: number } | undefined {
  if (parsed.doc === undefined) return undefined;
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? parsed.doc.contents : parsed.doc.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range !== undefined && node.range !== null) {
      return parsed.lines.linePos(node.range[0]);
    }
  }
  return undefined;
}

const isFileReference = (ref: string): boolean =>
  ref.startsWith("./") || ref.startsWith("../") || isAbsolute(ref) || /\.(json|ya?ml)$/i.test(ref);

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => typeof v === "object" && v !== null && !Array.isArray(v);

/** Loads policy files named in `extends` (relative to the file that names them), keyed by absolute path. */
async function loadExtends(
  file: string,
  value: unknown,
  named: Record<string, PolicyDefinition>,
  cwd: string,
): Promise<unknown> {
  if (!isPlain(value)) return value;
  const raw = value.extends;
  if (raw === undefined) return value;
  const refs = Array.isArray(raw) ? raw : [raw];
  const rewritten: unknown[] = [];
  for (const ref of refs) {
    if (typeof ref !== "string" || !isFileReference(ref)) {
      rewritten.push(ref);
      continue;
    }
    const target = resolve(dirname(file), ref);
    // Named by its path from the working directory: unique, and readable in error messages.
    const key = relative(cwd, target) || target;
    if (named[key] === undefined) {
      named[key] = {}; // placeholder while loading: a cycle reaches it and definePolicy reports the cycle
      const parsed = await parseFile(target, key);
      named[key] = (await loadExtends(target, parsed.value, named, cwd)) as PolicyDefinition;
    }
    rewritten.push(key);
  }
  return { ...value, extends: Array.isArray(raw) ? rewritten : rewritten[0] };
}

/** Options of `loadPolicyFile`. */
export interface LoadPolicyOptions {
  /** Language of the issue messages (default English). */
  readonly locale?: MessageLocale;
  /** Custom rules the policy may configure, besides the built-in catalogue. */
  readonly rules?: readonly Rule[];
  /** Directory a relative `path` is resolved from, and error messages name files relative to (default: cwd). */
  readonly cwd?: string;
}

/** What `loadPolicyFile` returns. */
export interface LoadedPolicy {
  /** Absolute path of the policy file. */
  readonly file: string;
  /** The validated policy, `extends` resolved and defaults applied. */
  readonly policy: Policy;
}

/**
 * Reads a policy file (JSON or YAML), resolves its `extends` (presets, or other policy files by relative path)
 * and validates it with `definePolicy`.
 *
 * @throws {@link PolicyFileError} with the path, line and column of every problem.
 *
 * @example
 * ```ts
 * import { loadPolicyFile } from "@normas/cli";
 * const { policy } = await loadPolicyFile("normas.config.yaml");
 * ```
 */
export async function loadPolicyFile(path: string, options: LoadPolicyOptions = {}): Promise<LoadedPolicy> {
  const cwd = resolve(options.cwd ?? ".");
  const file = resolve(cwd, path);
  const shown = isAbsolute(path) ? relative(cwd, path) || path : path;
  const parsed = await parseFile(file, shown);
  const named: Record<string, PolicyDefinition> = {};
  const value = await loadExtends(file, parsed.value, named, cwd);
  try {
    const policy = definePolicy(value as PolicyDefinition, {
      policies: named,
      ...(options.rules === undefined ? {} : { rules: options.rules }),
      ...(options.locale === undefined ? {} : { locale: options.locale }),
    });
    return { file, policy };
  } catch (error) {
    if (!(error instanceof PolicyError)) throw error;
    const issues = error.issues.map((i) => {
      const pos = locate(parsed, i.path);
      return pos === undefined ? i : { ...i, line: pos.line, column: pos.col };
    });
    throw new PolicyFileError(shown, issues);
  }
}
