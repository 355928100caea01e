import type { Writable } from "node:stream";
import { write } from "../io.js";
import type { CheckedItem, CheckSummary, Reporter } from "./types.js";

/** The plain-data view of one checked text, as `--format json` prints it. */
export function itemToJson(result: CheckedItem): Record<string, unknown> {
  const { item, verdict, positions, error } = result;
  const out: Record<string, unknown> = { file: item.file };
  if (item.line !== undefined) out.line = item.line;
  if (item.id !== undefined) out.id = item.id;
  if (result.brand !== undefined) out.brand = result.brand;
  out.target = item.target;
  if (error !== undefined) {
    out.ok = false;
    out.error = error;
    return out;
  }
  if (verdict !== undefined) {
    out.ok = verdict.ok;
    out.errorCount = verdict.errorCount;
    out.warningCount = verdict.warningCount;
    out.violations = verdict.violations.map((v, i) => {
      const at = positions?.[i];
      return at === undefined
        ? v
        : {
            ...v,
            position: {
              line: at.start.line,
              column: at.start.column,
              endLine: at.end.line,
              endColumn: at.end.column,
            },
          };
    });
  }
  return out;
}

/**
 * `--format json`: one JSON document `{ "results": [...], "summary": {...} }`, written result by result.
 * Every checked text has a result, clean ones too.
 */
export function jsonReporter(out: Writable): Reporter {
  let first = true;
  return {
    async begin() {
      await write(out, '{"results":[');
    },
    async item(result) {
      await write(out, `${first ? "\n" : ",\n"}${JSON.stringify(itemToJson(result))}`);
      first = false;
    },
    async end(summary: CheckSummary) {
      await write(out, `\n],"summary":${JSON.stringify(summary)}}\n`);
    },
  };
}
