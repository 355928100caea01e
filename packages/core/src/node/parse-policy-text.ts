import { isNode, LineCounter, parseDocument } from "yaml";
import { lineColumnOf, parseJsonDocument } from "./json-document.js";

/** A policy file's value, and where each field of it is written. */
export interface ParsedFile {
  readonly value: unknown;
  /** Line and column (1-based) of the value at `path`, when it is in the file. */
  locate(path: readonly (string | number)[]): { line: number; column: number } | undefined;
}

/** A syntax problem, at its line and column. */
export interface SyntaxProblem {
  readonly code: "invalid_json" | "invalid_yaml" | "duplicate_key" | "too_deep";
  readonly message: string;
  readonly line: number;
  readonly column: number;
}

/** Largest number of aliases a YAML policy may expand, so that a small file cannot become a huge document. */
const MAX_ALIASES = 100;

function parseJson(text: string): { ok: true; file: ParsedFile } | { ok: false; problems: SyntaxProblem[] } {
  const read = parseJsonDocument(text);
  if (!read.ok) {
    const { code, message, line, column } = read.problem;
    return { ok: false, problems: [{ code, message, line, column }] };
  }
  const { document } = read;
  return {
    ok: true,
    file: {
      value: document.value,
      locate(path) {
        const range = document.rangeOf(path);
        return range === undefined ? undefined : lineColumnOf(text, range.start);
      },
    },
  };
}

function parseYaml(text: string): { ok: true; file: ParsedFile } | { ok: false; problems: SyntaxProblem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => {
        const pos = e.linePos?.[0] ?? { line: 1, col: 1 };
        const first = (e.message.split("\n")[0] ?? e.message).replace(/ at line \d+, column \d+:?$/, "");
        return {
          code: e.code === "DUPLICATE_KEY" ? "duplicate_key" : "invalid_yaml",
          message: first,
          line: pos.line,
          column: pos.col,
        };
      }),
    };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    return {
      ok: false,
      problems: [{ code: "invalid_yaml", message: (error as Error).message, line: 1, column: 1 }],
    };
  }
  return {
    ok: true,
    file: {
      value,
      locate(path) {
        const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
        if (!isNode(node) || node.range === undefined || node.range === null) return undefined;
        const { line, col } = lines.linePos(node.range[0]);
        return { line, column: col };
      },
    },
  };
}

/** Parses the text of a policy file: strict JSON for `.json` files, YAML 1.2 otherwise. */
export function parsePolicyText(
  text: string,
  syntax: "json" | "yaml",
): { ok: true; file: ParsedFile } | { ok: false; problems: SyntaxProblem[] } {
  return syntax === "json" ? parseJson(text) : parseYaml(text);
}
