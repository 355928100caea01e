import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, extname, isAbsolute, join, relative, resolve } from "node:path";
import type { Rule } from "../engine/rule.js";
import { formatPath, type Issue, PolicyError } from "../model/errors.js";
import type { MessageLocale } from "../model/locale.js";
import type { PolicyDefinition } from "../policy/define-policy.js";
import type { Policy } from "../policy/schema.js";
import { definePolicy } from "../rules/define-policy.js";
import { decodeText } from "./decode.js";
import { type ParsedFile, parsePolicyText } from "./parse-policy-text.js";

/** File names `findPolicyFile` looks for, in this order, in a folder and then each parent. */
export const CONFIG_FILE_NAMES: readonly string[] = [
  "normas.config.json",
  "normas.config.yaml",
  "normas.config.yml",
];

/** An issue of a policy file, with the file, line and column (1-based) of the field when they are known. */
export interface LocatedIssue extends Issue {
  /** The policy file the issue is in, as named to the user (relative to `cwd` when possible). */
  readonly file?: string;
  /** Line of the offending field. */
  readonly line?: number;
  /** Column of the offending field, in UTF-16 code units. */
  readonly column?: number;
}

/**
 * A policy file that cannot be read, decoded, parsed or validated: a `PolicyError` whose issues carry the file,
 * line and column of each problem. `code` is `POLICY_FILE_INVALID`.
 */
export class PolicyFileError extends PolicyError {
  override readonly code: string = "POLICY_FILE_INVALID";
  /** The policy file named by the caller (the one whose `extends` led to any other). */
  readonly file: string;
  declare readonly issues: readonly LocatedIssue[];

  constructor(file: string, issues: readonly LocatedIssue[], intro = `Invalid policy file ${file}`) {
    super(issues, intro);
    this.name = "PolicyFileError";
    this.file = file;
    const lines = issues.slice(0, 20).map((i) => `  ${where(file, i)}  ${i.pathText}: ${i.message}`);
    if (issues.length > 20) lines.push(`  … and ${issues.length - 20} more`);
    this.message = [intro, ...lines].join("\n");
  }
}

function where(file: string, issue: LocatedIssue): string {
  const name = issue.file ?? file;
  return issue.line === undefined ? name : `${name}:${issue.line}:${issue.column ?? 1}`;
}

/** Finds `normas.config.{json,yaml,yml}` in `from` or the nearest parent folder that has one. */
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

const issue = (
  code: string,
  path: readonly (string | number)[],
  message: string,
  extra: { file?: string; line?: number; column?: number } = {},
): LocatedIssue => ({ code, path, pathText: formatPath(path), message, ...extra });

async function readPolicyText(file: string, shown: string): Promise<ParsedFile> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT"
        ? "File not found."
        : code === "EISDIR"
          ? "This is a folder, not a policy file."
          : code === "EACCES" || code === "EPERM"
            ? "Permission denied."
            : `Cannot read it (${code ?? String(error)}).`;
    throw new PolicyFileError(
      shown,
      [issue("file_unreadable", [], reason, { file: shown })],
      `Cannot read policy file ${shown}`,
    );
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    const { code, message, line, column } = decoded.problem;
    throw new PolicyFileError(
      shown,
      [
        issue(code, [], message, {
          file: shown,
          ...(line === undefined ? {} : { line, column: column ?? 1 }),
        }),
      ],
      `Cannot read policy file ${shown}`,
    );
  }
  const parsed = parsePolicyText(decoded.text, extname(file).toLowerCase() === ".json" ? "json" : "yaml");
  if (!parsed.ok) {
    throw new PolicyFileError(
      shown,
      parsed.problems.map((p) =>
        issue(p.code, [], p.message, { file: shown, line: p.line, column: p.column }),
      ),
      `Cannot parse policy file ${shown}`,
    );
  }
  return parsed.file;
}

function describeValue(value: unknown): string {
  if (value === undefined) return "is empty";
  if (value === null) return "holds only null";
  if (Array.isArray(value)) return "holds a list";
  return `holds a ${typeof value}`;
}

const isFileReference = (ref: string): boolean =>
  ref.startsWith("./") || ref.startsWith("../") || isAbsolute(ref) || /\.(json|ya?ml)$/i.test(ref);

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => typeof v === "object" && v !== null && !Array.isArray(v);

interface Loaded {
  /** Files read, by the name shown to the user. */
  readonly files: Map<string, ParsedFile>;
  /** Each file's policy (its `extends` rewritten to keys of `named`), by the same names. */
  readonly named: Record<string, PolicyDefinition>;
  readonly issues: LocatedIssue[];
  readonly cwd: string;
}

/** Reads the files named in `extends` (relative to the file naming them), each once, however often named. */
async function loadExtends(file: string, shown: string, value: Plain, state: Loaded): Promise<Plain> {
  const raw = value.extends;
  if (raw === undefined) return value;
  const refs = Array.isArray(raw) ? raw : [raw];
  const rewritten: unknown[] = [];
  const parsed = state.files.get(shown);
  for (const [index, ref] of refs.entries()) {
    if (typeof ref !== "string" || !isFileReference(ref)) {
      rewritten.push(ref);
      continue;
    }
    const target = resolve(dirname(file), ref);
    // Named by its path from the working folder: unique, and readable in messages.
    const key = relative(state.cwd, target) || target;
    if (!state.files.has(key)) {
      const path = Array.isArray(raw) ? ["extends", index] : ["extends"];
      const at = parsed?.locate(path);
      let child: ParsedFile;
      try {
        child = await readPolicyText(target, key);
      } catch (error) {
        if (!(error instanceof PolicyFileError)) throw error;
        // Where the reference is, then what is wrong with the file it names.
        state.issues.push(
          issue(
            "extends_unreadable",
            path,
            `Cannot use "${ref}": ${error.issues[0]?.message ?? error.message}`,
            {
              file: shown,
              ...(at ?? {}),
            },
          ),
          ...error.issues,
        );
        rewritten.push(ref);
        continue;
      }
      state.files.set(key, child);
      if (!isPlain(child.value)) {
        state.issues.push(
          issue(
            "extends_not_a_policy",
            path,
            `"${ref}" ${describeValue(child.value)}: a policy file must hold a mapping of settings (brands, rules…).`,
            { file: shown, ...(at ?? {}) },
          ),
        );
        rewritten.push(ref);
        continue;
      }
      state.named[key] = {}; // placeholder while loading: a cycle reaches it and definePolicy reports the cycle
      state.named[key] = (await loadExtends(target, key, child.value, state)) as PolicyDefinition;
    }
    rewritten.push(key);
  }
  return { ...value, extends: Array.isArray(raw) ? rewritten : rewritten[0] };
}

/** The file and position of `path`: the file where the deepest part of it is written (the named file on ties). */
function locateIssue(
  state: Loaded,
  shown: string,
  path: readonly (string | number)[],
): LocatedIssue | undefined {
  let best: { file: string; depth: number; line: number; column: number } | undefined;
  for (const [name, parsed] of state.files) {
    for (let n = path.length; n >= (name === shown ? 0 : 1); n--) {
      const at = parsed.locate(path.slice(0, n));
      if (at === undefined) continue;
      if (best === undefined || n > best.depth) best = { file: name, depth: n, ...at };
      break;
    }
  }
  return best === undefined
    ? undefined
    : ({ file: best.file, line: best.line, column: best.column } as LocatedIssue);
}

/** Options of `loadPolicyFile`. */
export interface LoadPolicyOptions {
  /** Language of the issue messages (default English). */
  readonly locale?: MessageLocale;
  /** Custom rules the policy may configure, besides the built-in catalogue. */
  readonly rules?: readonly Rule[];
  /** Folder a relative `path` is resolved from, and that messages name files relative to (default: cwd). */
  readonly cwd?: string;
}

/** What `loadPolicyFile` returns. */
export interface LoadedPolicy {
  /** Absolute path of the policy file. */
  readonly file: string;
  /** Every file read (the policy file, then the files its `extends` named), absolute. */
  readonly files: readonly string[];
  /** The validated policy, `extends` resolved and defaults applied. */
  readonly policy: Policy;
}

function checkOverrides(policy: Policy, options: LoadPolicyOptions): Issue[] {
  const issues: Issue[] = [];
  const brands = new Set(policy.brands.map((b) => b.id));
  const es = options.locale === "es";
  (policy.overrides ?? []).forEach((o, index) => {
    if (o.brand !== undefined && !brands.has(o.brand)) {
      const path = ["overrides", index, "brand"];
      const list = [...brands].join(", ");
      issues.push({
        code: "unknown_brand",
        path,
        pathText: formatPath(path),
        message: es
          ? `La marca "${o.brand}" no está en la política (marcas: ${list}).`
          : `Brand "${o.brand}" is not in the policy (brands: ${list}).`,
      });
    }
    if (o.rules === undefined) return;
    try {
      // The override's rules checked as the policy's own would be, then named by where they are written.
      definePolicy(
        { brands: policy.brands, rules: o.rules },
        {
          ...(options.rules === undefined ? {} : { rules: options.rules }),
          ...(options.locale === undefined ? {} : { locale: options.locale }),
        },
      );
    } catch (error) {
      if (!(error instanceof PolicyError)) throw error;
      for (const i of error.issues) {
        if (i.path[0] !== "rules") continue;
        const path = ["overrides", index, ...i.path];
        issues.push({ ...i, path, pathText: formatPath(path) });
      }
    }
  });
  return issues;
}

/**
 * Reads a policy file (JSON or YAML, UTF-8 or UTF-16 with a byte-order mark), resolves its `extends` (presets, or
 * other policy files by path relative to the file naming them; each file read once) and validates it with
 * `definePolicy`, then checks that its `overrides` name brands and rules of the policy.
 *
 * @throws {@link PolicyFileError} with the file, line and column of every problem: a file that cannot be read,
 * bytes that are not text, a syntax error, a duplicate key, an `extends` naming an empty file or one that does
 * not hold a mapping, and every validation issue.
 *
 * @example
 * ```ts
 * import { compilePolicy } from "@normas/core";
 * import { loadPolicyFile } from "@normas/core/node";
 *
 * const { policy } = await loadPolicyFile("normas.config.yaml");
 * const compiled = compilePolicy(policy);
 * ```
 */
export async function loadPolicyFile(path: string, options: LoadPolicyOptions = {}): Promise<LoadedPolicy> {
  const cwd = resolve(options.cwd ?? ".");
  const file = resolve(cwd, path);
  // Named by its path from the working folder, as the files its `extends` name are: a cycle back to it is found.
  const shown = relative(cwd, file) || file;
  const root = await readPolicyText(file, shown);
  const state: Loaded = { files: new Map([[shown, root]]), named: {}, issues: [], cwd };
  if (!isPlain(root.value)) {
    throw new PolicyFileError(shown, [
      issue(
        "not_a_policy",
        [],
        `The file ${describeValue(root.value)}: a policy file must hold a mapping of settings (brands, rules…).`,
        { file: shown, line: 1, column: 1 },
      ),
    ]);
  }
  state.named[shown] = {}; // placeholder while loading, as for every other file
  const value = await loadExtends(file, shown, root.value, state);
  state.named[shown] = value as PolicyDefinition;
  if (state.issues.length > 0) throw new PolicyFileError(shown, state.issues);
  const absolute = [...state.files.keys()].map((name) => resolve(cwd, name));
  let policy: Policy;
  try {
    policy = definePolicy(value as PolicyDefinition, {
      policies: state.named,
      ...(options.rules === undefined ? {} : { rules: options.rules }),
      ...(options.locale === undefined ? {} : { locale: options.locale }),
    });
  } catch (error) {
    if (!(error instanceof PolicyError)) throw error;
    throw new PolicyFileError(
      shown,
      error.issues.map((i) => ({ ...i, ...locateIssue(state, shown, i.path) })),
    );
  }
  const overrideIssues = checkOverrides(policy, options);
  if (overrideIssues.length > 0) {
    throw new PolicyFileError(
      shown,
      overrideIssues.map((i) => ({ ...i, ...locateIssue(state, shown, i.path) })),
    );
  }
  return { file, files: absolute, policy };
}
