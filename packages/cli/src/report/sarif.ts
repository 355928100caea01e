import { isAbsolute, relative, sep } from "node:path";
import type { Severity, Suggestion } from "@normas/core";
import type { CompiledRuleMeta } from "@normas/core/rules";
import { ruleInfo } from "../rule-info.js";
import {
  type CheckedItem,
  directiveMessage,
  INVALID_INPUT_RULE,
  type Placed,
  type Reporter,
  UNKNOWN_DIRECTIVE_RULE,
  UNUSED_DIRECTIVE_RULE,
} from "./types.js";

const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
const LEVEL: Record<Severity, "error" | "warning" | "note"> = {
  error: "error",
  warning: "warning",
  info: "note",
};

function uriOf(file: string, cwd: string): string {
  if (file === "-" || file === "<stdin>") return "stdin";
  const rel = isAbsolute(file) ? relative(cwd, file) : file;
  return encodeURI(rel.split(sep).join("/"));
}

const regionOf = (at: Placed["inFile"]) => ({
  startLine: at.start.line,
  startColumn: at.start.column,
  endLine: at.end.line,
  endColumn: at.end.column,
});

/** Options of the SARIF reporter. */
export interface SarifOptions {
  readonly cwd: string;
  readonly version: string;
  /** Every rule a result may name (built-in and custom): the compiled policy's `catalogue`. */
  readonly rules: readonly CompiledRuleMeta[];
}

const PSEUDO_RULES = [
  {
    id: INVALID_INPUT_RULE,
    text: "The input could not be checked.",
    full: "A file that cannot be read, a JSON Lines record that is not valid JSON or not a valid record, or a text without a brand.",
  },
  {
    id: UNUSED_DIRECTIVE_RULE,
    text: "A normas-disable directive that covers no problem.",
    full: "Reported with --report-unused-disable-directives: remove the directive, or fix the rule id it names.",
  },
  {
    id: UNKNOWN_DIRECTIVE_RULE,
    text: "A normas-disable directive names a rule normas does not know.",
    full: "Check the rule id (e.g. voice/emoji); custom rules need --rules.",
  },
];

/** The `tool.driver.rules` of the log: every rule, then the pseudo rules of the CLI. */
function driverRules(options: SarifOptions) {
  return [
    ...options.rules.map((r) => {
      const info = ruleInfo(r);
      return {
        id: r.id,
        shortDescription: { text: info.description },
        fullDescription: { text: info.fullDescription },
        helpUri: info.docsUrl,
        defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
        properties: { norm: r.norm, tags: [`norm-${r.norm}`, r.id.split("/")[0] ?? r.id] },
      };
    }),
    ...PSEUDO_RULES.map((r) => ({
      id: r.id,
      shortDescription: { text: r.text },
      fullDescription: { text: r.full },
      defaultConfiguration: { level: "error" as const },
    })),
  ];
}

/**
 * `--format sarif`: a SARIF 2.1.0 log for code-scanning tools. Regions count columns in UTF-16 code units, as
 * normas spans do; a JSON Lines result points at its line and at the columns of the offending words inside that
 * line's JSON. Suggestions become `fixes`.
 */
export function sarifReporter(options: SarifOptions): Reporter {
  const rules = driverRules(options);
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));

  const fixesOf = (result: CheckedItem, uri: string, suggestions: readonly Suggestion[] | undefined) => {
    const usable = (suggestions ?? []).filter((s) => s.edits.length > 0);
    if (usable.length === 0) return {};
    const inserted =
      result.format === "jsonl" ? (t: string) => JSON.stringify(t).slice(1, -1) : (t: string) => t;
    return {
      fixes: usable.map((s) => ({
        description: { text: s.description },
        artifactChanges: [
          {
            artifactLocation: { uri },
            replacements: s.edits.map((e) => ({
              deletedRegion: regionOf(result.place(e).inFile),
              insertedContent: { text: inserted(e.text) },
            })),
          },
        ],
        ...(s.safe === true ? { properties: { safe: true } } : {}),
      })),
    };
  };

  return {
    begin() {
      const driver = {
        name: "normas",
        informationUri: "https://www.npmjs.com/package/@normas/cli",
        version: options.version,
        rules,
      };
      const head = JSON.stringify({
        version: "2.1.0",
        $schema: SARIF_SCHEMA,
        runs: [{ tool: { driver }, columnKind: "utf16CodeUnits" }],
      });
      // Open the run's `results` array after `tool`, then stream results into it.
      return `${head.slice(0, -3)},"results":[\n`;
    },
    separator: ",\n",
    item(result: CheckedItem) {
      const uri = uriOf(result.file, options.cwd);
      const lineRegion = result.line === undefined ? {} : { region: { startLine: result.line } };
      const out: string[] = [];
      if (result.error !== undefined) {
        const details = (result.error.issues ?? []).map((i) => `${i.pathText}: ${i.message}`).join("; ");
        out.push(
          JSON.stringify({
            ruleId: INVALID_INPUT_RULE,
            ruleIndex: ruleIndex.get(INVALID_INPUT_RULE),
            level: "error",
            message: { text: details === "" ? result.error.message : `${result.error.message} ${details}` },
            locations: [{ physicalLocation: { artifactLocation: { uri }, ...lineRegion } }],
          }),
        );
        return out.join(",\n");
      }
      for (const v of result.verdict?.violations ?? []) {
        const placed = v.span === undefined ? undefined : result.place(v.span);
        const region =
          placed === undefined
            ? lineRegion
            : {
                region: {
                  ...regionOf(placed.inFile),
                  ...(v.excerpt === undefined ? {} : { snippet: { text: v.excerpt } }),
                },
              };
        const index = ruleIndex.get(v.ruleId);
        out.push(
          JSON.stringify({
            ruleId: v.ruleId,
            ...(index === undefined ? {} : { ruleIndex: index }),
            level: LEVEL[v.severity],
            message: { text: v.message },
            locations: [{ physicalLocation: { artifactLocation: { uri }, ...region } }],
            ...fixesOf(result, uri, v.suggestions),
            properties: {
              norm: v.norm,
              messageId: v.messageId,
              docsUrl: v.docsUrl,
              ...(result.brand === undefined ? {} : { brand: result.brand }),
              ...(result.id === undefined ? {} : { id: result.id }),
              ...(v.span === undefined ? {} : { span: v.span }),
              ...(v.excerpt === undefined ? {} : { excerpt: v.excerpt }),
            },
          }),
        );
      }
      for (const { kind, problem } of result.directiveProblems) {
        const rule = kind === "unused" ? UNUSED_DIRECTIVE_RULE : UNKNOWN_DIRECTIVE_RULE;
        const d = problem.directive;
        const region = d.kind === "record" ? lineRegion : { region: regionOf(result.place(d).inFile) };
        out.push(
          JSON.stringify({
            ruleId: rule,
            ruleIndex: ruleIndex.get(rule),
            level: "error",
            message: { text: directiveMessage(kind, problem) },
            locations: [{ physicalLocation: { artifactLocation: { uri }, ...region } }],
          }),
        );
      }
      return out.join(",\n");
    },
    end: () => "\n]}]}\n",
  };
}
