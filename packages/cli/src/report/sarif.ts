import { isAbsolute, relative, sep } from "node:path";
import type { Writable } from "node:stream";
import type { Rule } from "@normas/core";
import { write } from "../io.js";
import { type CheckedItem, INVALID_INPUT_RULE, type Reporter } from "./types.js";

const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
const LEVEL = { error: "error", warning: "warning", info: "note" } as const;

function uriOf(file: string, cwd: string): string {
  if (file === "-" || file === "<stdin>") return "stdin";
  const rel = isAbsolute(file) ? relative(cwd, file) : file;
  return encodeURI(rel.split(sep).join("/"));
}

const isAbsoluteUrl = (url: string): boolean => /^[a-z][a-z0-9+.-]*:/i.test(url);

/**
 * `--format sarif`: a SARIF 2.1.0 log for code-scanning tools. Plain text and Markdown files get exact regions
 * (SARIF counts columns in UTF-16 code units by default, as normas spans do); a JSON Lines result points at its
 * line and carries the span inside the text in `properties`.
 */
export function sarifReporter(
  out: Writable,
  options: { readonly cwd: string; readonly version: string; readonly rules: readonly Rule[] },
): Reporter {
  let first = true;
  const ruleIndex = new Map<string, number>();
  const rules = [
    ...options.rules.map((r) => ({ id: r.id, description: r.meta.docs.description, url: r.meta.docs.url })),
  ];
  rules.push({ id: INVALID_INPUT_RULE, description: "The input could not be checked.", url: undefined });
  rules.forEach((r, i) => {
    ruleIndex.set(r.id, i);
  });

  const emit = async (result: Record<string, unknown>) => {
    await write(out, `${first ? "\n" : ",\n"}${JSON.stringify(result)}`);
    first = false;
  };

  return {
    async begin() {
      const driver = {
        name: "normas",
        informationUri: "https://www.npmjs.com/package/@normas/cli",
        version: options.version,
        rules: rules.map((r) => ({
          id: r.id,
          shortDescription: { text: r.description },
          ...(r.url !== undefined && isAbsoluteUrl(r.url) ? { helpUri: r.url } : {}),
        })),
      };
      const head = JSON.stringify({ version: "2.1.0", $schema: SARIF_SCHEMA, runs: [{ tool: { driver } }] });
      // Open the run's `results` array after `tool`, then stream results into it.
      await write(out, `${head.slice(0, -3)},"results":[`);
    },
    async item(result: CheckedItem) {
      const { item } = result;
      const uri = uriOf(item.file, options.cwd);
      const lineRegion = item.line === undefined ? {} : { region: { startLine: item.line } };
      if (result.error !== undefined) {
        const details = (result.error.issues ?? []).map((i) => `${i.pathText}: ${i.message}`).join("; ");
        await emit({
          ruleId: INVALID_INPUT_RULE,
          ruleIndex: ruleIndex.get(INVALID_INPUT_RULE),
          level: "error",
          message: { text: details === "" ? result.error.message : `${result.error.message} ${details}` },
          locations: [{ physicalLocation: { artifactLocation: { uri }, ...lineRegion } }],
        });
        return;
      }
      const violations = result.verdict?.violations ?? [];
      for (const [i, v] of violations.entries()) {
        const at = result.positions?.[i];
        const region =
          item.format === "jsonl" || at === undefined
            ? lineRegion
            : {
                region: {
                  startLine: at.start.line,
                  startColumn: at.start.column,
                  endLine: at.end.line,
                  endColumn: at.end.column,
                  ...(v.excerpt === undefined ? {} : { snippet: { text: v.excerpt } }),
                },
              };
        const index = ruleIndex.get(v.ruleId);
        await emit({
          ruleId: v.ruleId,
          ...(index === undefined ? {} : { ruleIndex: index }),
          level: LEVEL[v.severity],
          message: { text: v.message },
          locations: [{ physicalLocation: { artifactLocation: { uri }, ...region } }],
          properties: {
            norm: v.norm,
            messageId: v.messageId,
            docsUrl: v.docsUrl,
            ...(result.brand === undefined ? {} : { brand: result.brand }),
            ...(item.id === undefined ? {} : { id: item.id }),
            ...(v.span === undefined ? {} : { span: v.span }),
            ...(v.excerpt === undefined ? {} : { excerpt: v.excerpt }),
          },
        });
      }
    },
    async end() {
      await write(out, "\n]}]}\n");
    },
  };
}
