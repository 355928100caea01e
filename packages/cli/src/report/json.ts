import {
  type CheckedItem,
  type CheckSummary,
  directiveMessage,
  type Placed,
  type Reporter,
  UNKNOWN_DIRECTIVE_RULE,
  UNUSED_DIRECTIVE_RULE,
} from "./types.js";

const position = (p: Placed, inFile: boolean) => {
  const at = inFile ? p.inFile : p.inText;
  return { line: at.start.line, column: at.start.column, endLine: at.end.line, endColumn: at.end.column };
};

/** The plain-data view of one checked text, as `--format json` prints it. */
export function itemToJson(
  result: CheckedItem,
  options: { readonly withOutput: boolean },
): Record<string, unknown> {
  const { verdict, error } = result;
  const out: Record<string, unknown> = { file: result.file };
  if (result.line !== undefined) out.line = result.line;
  if (result.id !== undefined) out.id = result.id;
  if (result.brand !== undefined) out.brand = result.brand;
  out.target = result.target;
  if (error !== undefined) {
    out.ok = false;
    out.error = error;
    return out;
  }
  if (verdict === undefined) return out;
  const problems = result.directiveProblems.map(({ kind, problem }) => {
    const { start, end } = problem.directive;
    const span = problem.directive.kind === "record" ? undefined : { start, end };
    const placed = span === undefined ? undefined : result.place(span);
    return {
      ruleId: kind === "unused" ? UNUSED_DIRECTIVE_RULE : UNKNOWN_DIRECTIVE_RULE,
      severity: "error",
      message: directiveMessage(kind, problem),
      ...(span === undefined ? {} : { span }),
      ...(placed === undefined ? {} : { position: position(placed, true) }),
    };
  });
  out.ok = verdict.ok && problems.length === 0;
  out.errorCount = verdict.errorCount + problems.length;
  out.warningCount = verdict.warningCount;
  out.violations = [
    ...verdict.violations.map((v) => {
      if (v.span === undefined) return v;
      const placed = result.place(v.span);
      return {
        ...v,
        position: position(placed, false),
      };
    }),
    ...problems,
  ];
  if (result.suppressed.length > 0) {
    out.suppressed = result.suppressed.map(({ violation, directive }) => ({
      ruleId: violation.ruleId,
      messageId: violation.messageId,
      ...(violation.span === undefined ? {} : { span: violation.span }),
      directive: directive.kind,
      ...(directive.reason === undefined ? {} : { reason: directive.reason }),
    }));
  }
  if (result.fixed > 0) out.fixed = result.fixed;
  if (options.withOutput && result.output !== undefined) out.output = result.output;
  return out;
}

/**
 * `--format json`: one JSON document `{ "results": [...], "summary": {...} }`, written result by result.
 * Every checked text has a result, clean ones too.
 */
export function jsonReporter(options: { readonly withOutput: boolean }): Reporter {
  return {
    begin: () => '{"results":[\n',
    item: (result) => JSON.stringify(itemToJson(result, options)),
    separator: ",\n",
    end: (summary: CheckSummary) => `\n],"summary":${JSON.stringify(summary)}}\n`,
  };
}
