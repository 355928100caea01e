// A strict JSON reader (RFC 8259) that remembers where every value is. JSON.parse cannot serve: on Node 20 its
// errors often carry no position, it keeps the last of two equal keys silently, and it cannot say where a value
// was. One pass over the text, depth-limited, so no document makes it slow or overflows the stack.

/** Where a value is in the document: UTF-16 offsets `[start, end)`. */
export interface JsonRange {
  /** Offset of the value's first character. */
  readonly start: number;
  /** Offset just after the value's last character. */
  readonly end: number;
}

/** A problem that stops a JSON document from being read. */
export interface JsonSyntaxProblem {
  /** `invalid_json` (syntax), `duplicate_key` or `too_deep`. */
  readonly code: "invalid_json" | "duplicate_key" | "too_deep";
  /** What is wrong, for a person. */
  readonly message: string;
  /** Offset of the problem in the text. */
  readonly offset: number;
  /** 1-based line of the problem. */
  readonly line: number;
  /** 1-based column of the problem, in UTF-16 code units. */
  readonly column: number;
}

/** A JSON document read with `parseJsonDocument`. */
export interface JsonDocument {
  /** The value, as `JSON.parse` would give it (a `__proto__` key stays an ordinary own key). */
  readonly value: unknown;
  /** Range of the value at `path` (`[]` for the whole document), or `undefined` when there is none. */
  rangeOf(path: readonly (string | number)[]): JsonRange | undefined;
  /**
   * Offset in the document of the UTF-16 offset `offset` of the string at `path` (escapes such as `\n` or
   * `\u00e9` take more characters in the document than in the string). `undefined` when `path` is not a string.
   */
  sourceOffset(path: readonly (string | number)[], offset: number): number | undefined;
}

/** What `parseJsonDocument` returns: the document, or the first problem found. */
export type JsonParseResult =
  | { readonly ok: true; readonly document: JsonDocument }
  | { readonly ok: false; readonly problem: JsonSyntaxProblem };

/** Deepest nesting accepted; deeper documents are refused rather than risking the stack. */
export const MAX_JSON_DEPTH = 200;

interface Node {
  readonly start: number;
  end: number;
  children?: Map<string | number, Node>;
  isString?: boolean;
}

class Problem extends Error {
  constructor(
    readonly code: JsonSyntaxProblem["code"],
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const ESCAPES: Record<string, string> = {
  '"': '"',
  "\\": "\\",
  "/": "/",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
};

const isHex = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);

function describe(ch: string | undefined): string {
  if (ch === undefined) return "the end of the file";
  if (ch === "\n") return "a line break";
  const code = ch.charCodeAt(0);
  if (code < 32 || code === 127) return `control character U+${code.toString(16).padStart(4, "0")}`;
  return `"${ch}"`;
}

class Reader {
  at = 0;
  constructor(private readonly text: string) {}

  fail(message: string, offset = this.at): never {
    throw new Problem("invalid_json", message, offset);
  }

  space(): void {
    const t = this.text;
    for (;;) {
      const c = t.charCodeAt(this.at);
      if (c === 32 || c === 9 || c === 10 || c === 13) this.at++;
      else return;
    }
  }

  value(depth: number): { value: unknown; node: Node } {
    if (depth > MAX_JSON_DEPTH) {
      throw new Problem("too_deep", `Nested deeper than ${MAX_JSON_DEPTH} levels.`, this.at);
    }
    this.space();
    const start = this.at;
    const ch = this.text[start];
    if (ch === "{") return this.object(depth);
    if (ch === "[") return this.array(depth);
    if (ch === '"') {
      const value = this.string();
      return { value, node: { start, end: this.at, isString: true } };
    }
    if (ch === "-" || (ch !== undefined && ch >= "0" && ch <= "9")) {
      return { value: this.number(), node: { start, end: this.at } };
    }
    for (const [word, value] of [
      ["true", true],
      ["false", false],
      ["null", null],
    ] as const) {
      if (this.text.startsWith(word, start)) {
        this.at += word.length;
        return { value, node: { start, end: this.at } };
      }
    }
    return this.fail(`Expected a value, found ${describe(ch)}.`);
  }

  object(depth: number): { value: unknown; node: Node } {
    const start = this.at++;
    const out: Record<string, unknown> = {};
    const children = new Map<string | number, Node>();
    this.space();
    if (this.text[this.at] === "}") {
      this.at++;
      return { value: out, node: { start, end: this.at, children } };
    }
    for (;;) {
      this.space();
      const keyAt = this.at;
      if (this.text[keyAt] !== '"') {
        this.fail(
          this.text[keyAt] === "}"
            ? "Trailing comma before }: remove the last comma."
            : `Expected a property name in double quotes, found ${describe(this.text[keyAt])}.`,
        );
      }
      const key = this.string();
      if (children.has(key)) throw new Problem("duplicate_key", `Duplicate key "${key}".`, keyAt);
      this.space();
      if (this.text[this.at] !== ":")
        this.fail(`Expected ":" after "${key}", found ${describe(this.text[this.at])}.`);
      this.at++;
      const { value, node } = this.value(depth + 1);
      // defineProperty: a "__proto__" key stays an own key instead of changing the prototype.
      Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
      children.set(key, node);
      this.space();
      const next = this.text[this.at];
      if (next === ",") {
        this.at++;
        continue;
      }
      if (next === "}") {
        this.at++;
        return { value: out, node: { start, end: this.at, children } };
      }
      this.fail(`Expected "," or "}" after a property, found ${describe(next)}.`);
    }
  }

  array(depth: number): { value: unknown; node: Node } {
    const start = this.at++;
    const out: unknown[] = [];
    const children = new Map<string | number, Node>();
    this.space();
    if (this.text[this.at] === "]") {
      this.at++;
      return { value: out, node: { start, end: this.at, children } };
    }
    for (;;) {
      this.space();
      if (this.text[this.at] === "]") this.fail("Trailing comma before ]: remove the last comma.");
      const { value, node } = this.value(depth + 1);
      children.set(out.length, node);
      out.push(value);
      this.space();
      const next = this.text[this.at];
      if (next === ",") {
        this.at++;
        continue;
      }
      if (next === "]") {
        this.at++;
        return { value: out, node: { start, end: this.at, children } };
      }
      this.fail(`Expected "," or "]" after an item, found ${describe(next)}.`);
    }
  }

  string(): string {
    const t = this.text;
    const start = this.at++;
    let out = "";
    let from = this.at;
    for (;;) {
      const c = t.charCodeAt(this.at);
      if (Number.isNaN(c)) this.fail("Unterminated string: add the closing double quote.", start);
      if (c === 34) {
        out += t.slice(from, this.at);
        this.at++;
        return out;
      }
      if (c < 32) this.fail(`Unescaped ${describe(t[this.at])} inside a string: write it as an escape.`);
      if (c === 92) {
        out += t.slice(from, this.at);
        const e = t[this.at + 1];
        if (e === "u") {
          for (let k = 2; k < 6; k++) {
            if (!isHex(t.charCodeAt(this.at + k))) this.fail("Invalid \\u escape: it needs four hex digits.");
          }
          out += String.fromCharCode(Number.parseInt(t.slice(this.at + 2, this.at + 6), 16));
          this.at += 6;
        } else if (e !== undefined && ESCAPES[e] !== undefined) {
          out += ESCAPES[e];
          this.at += 2;
        } else {
          this.fail(`Invalid escape "\\${e ?? ""}" in a string.`);
        }
        from = this.at;
        continue;
      }
      this.at++;
    }
  }

  number(): number {
    const t = this.text;
    const start = this.at;
    const digits = () => {
      const from = this.at;
      while (t.charCodeAt(this.at) >= 48 && t.charCodeAt(this.at) <= 57) this.at++;
      return this.at - from;
    };
    if (t[this.at] === "-") this.at++;
    if (t[this.at] === "0") this.at++;
    else if (digits() === 0) this.fail("Invalid number.", start);
    if (t[this.at] === ".") {
      this.at++;
      if (digits() === 0) this.fail("Invalid number: digits must follow the decimal point.", start);
    }
    if (t[this.at] === "e" || t[this.at] === "E") {
      this.at++;
      if (t[this.at] === "+" || t[this.at] === "-") this.at++;
      if (digits() === 0) this.fail("Invalid number: the exponent has no digits.", start);
    }
    return Number(t.slice(start, this.at));
  }
}

/** 1-based line and column (UTF-16 code units) of `offset` in `text`. */
export function lineColumnOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  const end = Math.min(offset, text.length);
  for (let nl = text.indexOf("\n"); nl !== -1 && nl < end; nl = text.indexOf("\n", nl + 1)) {
    line++;
    start = nl + 1;
  }
  return { line, column: offset - start + 1 };
}

function nodeAt(root: Node, path: readonly (string | number)[]): Node | undefined {
  let node: Node | undefined = root;
  for (const key of path) {
    node = node?.children?.get(key);
    if (node === undefined) return undefined;
  }
  return node;
}

/**
 * Reads a JSON document strictly (no comments, no trailing commas, no duplicate keys), keeping where each
 * value is. The first problem is returned with its line and column.
 *
 * @example
 * ```ts
 * const read = parseJsonDocument('{"text": "caf\\u00e9 OK"}');
 * if (read.ok) read.document.sourceOffset(["text"], 5); // 16: "OK" in the line
 * ```
 */
export function parseJsonDocument(text: string): JsonParseResult {
  const reader = new Reader(text);
  try {
    const { value, node } = reader.value(0);
    reader.space();
    if (reader.at < text.length) {
      reader.fail(`Unexpected ${describe(text[reader.at])} after the end of the document.`);
    }
    const document: JsonDocument = {
      value,
      rangeOf(path) {
        const found = nodeAt(node, path);
        return found === undefined ? undefined : { start: found.start, end: found.end };
      },
      sourceOffset(path, offset) {
        const found = nodeAt(node, path);
        if (found?.isString !== true) return undefined;
        let units = 0;
        let at = found.start + 1;
        while (units < offset && at < found.end - 1) {
          if (text.charCodeAt(at) === 92) at += text[at + 1] === "u" ? 6 : 2;
          else at++;
          units++;
        }
        return at;
      },
    };
    return { ok: true, document };
  } catch (error) {
    if (!(error instanceof Problem)) throw error;
    const { line, column } = lineColumnOf(text, error.offset);
    return {
      ok: false,
      problem: { code: error.code, message: error.message, offset: error.offset, line, column },
    };
  }
}
