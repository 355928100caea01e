/**
 * One problem found in a document (a policy, an input, a protocol, an event).
 * `path` is the JSON path of the offending field, `message` is written for a person.
 *
 * @category Verdicts and errors
 */
export interface Issue {
  /** Stable machine-readable code of this problem, e.g. `unknown_key`, `duplicate_id`. */
  readonly code: string;
  /** JSON path of the offending field, e.g. `["brands", 0, "id"]`. Empty for the document itself. */
  readonly path: readonly (string | number)[];
  /** The path as text, e.g. `brands[0].id` (`(root)` for the document itself). */
  readonly pathText: string;
  /** What is wrong, in the requested language. */
  readonly message: string;
}

/** Renders a JSON path as `brands[0].voice.address`. */
export function formatPath(path: readonly (string | number | symbol)[]): string {
  if (path.length === 0) return "(root)";
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else {
      const key = String(part);
      out += /^[A-Za-z_$][\w$-]*$/.test(key) ? (out === "" ? key : `.${key}`) : `[${JSON.stringify(key)}]`;
    }
  }
  return out;
}

/**
 * Base class of every error normas throws. Each has a stable `code` and the list of `issues`
 * that caused it; `toJSON()` gives a plain object safe to log or send over the wire.
 *
 * @category Verdicts and errors
 */
export class NormasError extends Error {
  /** Stable code of the error class, e.g. `POLICY_INVALID`. */
  readonly code: string;
  /** Every problem found, each with its path and message. */
  readonly issues: readonly Issue[];

  constructor(code: string, message: string, issues: readonly Issue[] = []) {
    super(message);
    this.name = "NormasError";
    this.code = code;
    this.issues = issues;
  }

  /** A plain, serialisable view of the error. */
  toJSON(): { name: string; code: string; message: string; issues: readonly Issue[] } {
    return { name: this.name, code: this.code, message: this.message, issues: this.issues };
  }
}

function summarise(intro: string, issues: readonly Issue[]): string {
  if (issues.length === 0) return intro;
  const lines = issues.slice(0, 10).map((i) => `  - ${i.pathText}: ${i.message}`);
  if (issues.length > 10) lines.push(`  … and ${issues.length - 10} more`);
  return `${intro}\n${lines.join("\n")}`;
}

/**
 * A policy document that does not validate. Thrown by `definePolicy` and `compilePolicy`.
 *
 * @category Verdicts and errors
 */
export class PolicyError extends NormasError {
  constructor(issues: readonly Issue[], intro = "Invalid policy") {
    super("POLICY_INVALID", summarise(intro, issues), issues);
    this.name = "PolicyError";
  }
}

/**
 * An evaluation input (reply, post, moderation request, event) that does not validate.
 *
 * @category Verdicts and errors
 */
export class InputError extends NormasError {
  constructor(issues: readonly Issue[], intro = "Invalid input") {
    super("INPUT_INVALID", summarise(intro, issues), issues);
    this.name = "InputError";
  }
}
