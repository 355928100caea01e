import type { Severity, Span } from "@normas/core";
import type { Paint } from "../io.js";
import { LineIndex } from "../lines.js";
import { escapeTerminal, shownChar } from "../terminal.js";
import {
  type CheckedItem,
  type CheckSummary,
  directiveMessage,
  INVALID_INPUT_RULE,
  type Reporter,
  UNKNOWN_DIRECTIVE_RULE,
  UNUSED_DIRECTIVE_RULE,
} from "./types.js";

// Terminal width of a code point: combining marks and joiners take none, wide East Asian letters and emoji two.
function widthOf(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  if (
    cp === 0x200d ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0x1f3fb && cp <= 0x1f3ff) ||
    /\p{M}/u.test(ch)
  ) {
    return 0;
  }
  if (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0x1f300 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  )
    return 2;
  return 1;
}

// Each character as the terminal will show it: control characters as visible escapes (`\x1b`), tabs as a space.
const chars = (s: string): string[] => [...s].map((c) => (c === "\t" ? " " : shownChar(c)));
const widthOfAll = (list: readonly string[]): number =>
  list.reduce((n, c) => n + (c.length > 2 && c.startsWith("\\") ? c.length : widthOf(c)), 0);

const CONTEXT = 40;
const MAX_MARK = 60;

/**
 * The line of `text` that holds `span`, clipped around it, with the offending words underlined (colour) and
 * marked with carets (always, so the mark survives without colour). Control characters are shown escaped.
 */
export function underline(
  text: string,
  span: Span,
  p: Paint,
  colour: (s: string) => string,
): [string, string] {
  const index = new LineIndex(text);
  const start = index.at(span.start);
  const end = index.at(Math.max(span.start, span.end));
  const line = index.lineText(start.line);
  const from = start.column - 1;
  const to = end.line === start.line ? Math.max(end.column - 1, from) : line.length;
  let before = chars(line.slice(0, from));
  let marked = chars(line.slice(from, to));
  let after = chars(line.slice(to));
  if (before.length > CONTEXT) before = ["…", ...before.slice(-CONTEXT + 1)];
  if (marked.length > MAX_MARK) marked = [...marked.slice(0, MAX_MARK - 1), "…"];
  if (after.length > CONTEXT) after = [...after.slice(0, CONTEXT - 1), "…"];
  const shown = `${before.join("")}${p.underline(colour(marked.join("")))}${after.join("")}`;
  const carets = `${" ".repeat(widthOfAll(before))}${colour("^".repeat(Math.max(1, widthOfAll(marked))))}`;
  return [shown, carets];
}

const plural = (n: number, one: string, many = `${one}s`): string =>
  `${n.toLocaleString("en")} ${n === 1 ? one : many}`;

/** The readable format: one block per text with problems, the offending words underlined, then a summary. */
export function prettyReporter(
  p: Paint,
  options: { readonly fixMode: "off" | "write" | "dry-run" },
): Reporter {
  const labelOf = (s: Severity): string =>
    s === "error" ? p.red("error  ") : s === "warning" ? p.yellow("warning") : p.blue("info   ");
  const colourOf = (s: Severity): ((x: string) => string) =>
    s === "error" ? p.red : s === "warning" ? p.yellow : p.blue;
  const e = escapeTerminal;

  return {
    begin: () => "",
    separator: "",
    item(result: CheckedItem) {
      const { verdict, error } = result;
      const violations = verdict?.violations ?? [];
      const problems = result.directiveProblems;
      if (error === undefined && violations.length === 0 && problems.length === 0) return "";
      const where = result.line === undefined ? e(result.file) : `${e(result.file)}:${result.line}`;
      const tags = [result.brand, result.id === undefined ? undefined : `#${result.id}`]
        .filter((t) => t !== undefined)
        .map(e);
      const lines = [`${p.bold(where)}${tags.length > 0 ? `  ${p.dim(tags.join(" "))}` : ""}`];
      if (error !== undefined) {
        lines.push(`  ${labelOf("error")}  ${e(error.message)}  ${p.dim(INVALID_INPUT_RULE)}`);
        for (const issue of error.issues ?? [])
          lines.push(`           ${p.dim(e(issue.pathText))}: ${e(issue.message)}`);
      }
      const places = violations.map((v) => {
        if (v.span === undefined) return "";
        const at = result.place(v.span).inText.start;
        return `${at.line}:${at.column}`;
      });
      const directivePlaces = problems.map(({ problem }) => {
        const d = problem.directive;
        if (d.kind === "record") return "";
        const at = result.place(d).inFile.start;
        return `${at.line}:${at.column}`;
      });
      const pad = Math.max(0, ...places.map((s) => s.length), ...directivePlaces.map((s) => s.length));
      violations.forEach((v, i) => {
        const place = pad === 0 ? "" : `${p.dim((places[i] ?? "").padEnd(pad))}  `;
        lines.push(`  ${place}${labelOf(v.severity)}  ${e(v.message)}  ${p.dim(e(v.ruleId))}`);
        const indent = " ".repeat(pad + 4);
        if (v.span !== undefined && result.shownText !== "") {
          const [shown, carets] = underline(result.shownText, v.span, p, colourOf(v.severity));
          lines.push(`${indent}${p.dim("│")} ${shown}`, `${indent}${p.dim("│")} ${carets}`);
        }
        const fix = v.suggestions?.[0];
        if (fix !== undefined) lines.push(`${indent}${p.dim("→")} ${e(fix.description)}`);
      });
      problems.forEach(({ kind, problem }, i) => {
        const place = pad === 0 ? "" : `${p.dim((directivePlaces[i] ?? "").padEnd(pad))}  `;
        const rule = kind === "unused" ? UNUSED_DIRECTIVE_RULE : UNKNOWN_DIRECTIVE_RULE;
        lines.push(`  ${place}${labelOf("error")}  ${e(directiveMessage(kind, problem))}  ${p.dim(rule)}`);
      });
      return `${lines.join("\n")}\n\n`;
    },
    end(s: CheckSummary) {
      const found = s.errors + s.warnings + s.infos;
      const fixedNote =
        s.fixed === 0
          ? ""
          : options.fixMode === "dry-run"
            ? ` ${plural(s.fixed, "problem")} can be fixed with --fix.`
            : ` ${plural(s.fixed, "problem")} fixed.`;
      if (found === 0 && s.invalid === 0) {
        return `${p.green("✔")} ${plural(s.texts, "text")} checked: no problems.${fixedNote}\n`;
      }
      const parts = [plural(s.errors, "error"), plural(s.warnings, "warning")];
      if (s.infos > 0) parts.push(plural(s.infos, "note"));
      const mark = s.errors > 0 || s.invalid > 0 ? p.red("✖") : p.yellow("⚠");
      let line = `${mark} ${plural(found, "problem")} (${parts.join(", ")}) in ${s.textsWithProblems} of ${plural(s.texts, "text")}`;
      if (s.invalid > 0) line += `; ${plural(s.invalid, "input")} could not be checked`;
      return `${p.bold(line)}.${fixedNote}\n`;
    },
  };
}
