import type { Writable } from "node:stream";
import type { Severity, Span } from "@normas/core";
import { type Paint, write } from "../io.js";
import { LineIndex } from "../lines.js";
import { type CheckedItem, type CheckSummary, INVALID_INPUT_RULE, type Reporter } from "./types.js";

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

const widthOfAll = (chars: readonly string[]): number => chars.reduce((n, c) => n + widthOf(c), 0);
const chars = (s: string): string[] => [...s.replace(/\t/g, " ")];

const CONTEXT = 40;
const MAX_MARK = 60;

/**
 * The line of `text` that holds `span`, clipped around it, with the offending words underlined (colour) and
 * marked with carets (always, so the mark survives without colour).
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
export function prettyReporter(out: Writable, p: Paint): Reporter {
  const labelOf = (s: Severity): string =>
    s === "error" ? p.red("error  ") : s === "warning" ? p.yellow("warning") : p.blue("info   ");
  const colourOf = (s: Severity): ((x: string) => string) =>
    s === "error" ? p.red : s === "warning" ? p.yellow : p.blue;

  return {
    async begin() {},
    async item(result: CheckedItem) {
      const { item, verdict, error } = result;
      const problems = verdict?.violations.length ?? 0;
      if (error === undefined && problems === 0) return;
      const where = item.line === undefined ? item.file : `${item.file}:${item.line}`;
      const tags = [result.brand, item.id === undefined ? undefined : `#${item.id}`].filter(
        (t) => t !== undefined,
      );
      const lines = [`${p.bold(where)}${tags.length > 0 ? `  ${p.dim(tags.join(" "))}` : ""}`];
      if (error !== undefined) {
        lines.push(`  ${labelOf("error")}  ${error.message}  ${p.dim(INVALID_INPUT_RULE)}`);
        for (const issue of error.issues ?? [])
          lines.push(`           ${p.dim(issue.pathText)}: ${issue.message}`);
      }
      const violations = verdict?.violations ?? [];
      const places = violations.map((_, i) => {
        const at = result.positions?.[i];
        return at === undefined ? "" : `${at.start.line}:${at.start.column}`;
      });
      const pad = Math.max(0, ...places.map((s) => s.length));
      violations.forEach((v, i) => {
        const place = pad === 0 ? "" : `${p.dim((places[i] ?? "").padEnd(pad))}  `;
        lines.push(`  ${place}${labelOf(v.severity)}  ${v.message}  ${p.dim(v.ruleId)}`);
        const indent = " ".repeat(pad + 4);
        if (v.span !== undefined && item.shownText !== "") {
          const [shown, carets] = underline(item.shownText, v.span, p, colourOf(v.severity));
          lines.push(`${indent}${p.dim("│")} ${shown}`, `${indent}${p.dim("│")} ${carets}`);
        }
        const fix = v.suggestions?.[0];
        if (fix !== undefined) lines.push(`${indent}${p.dim("→")} ${fix.description}`);
      });
      await write(out, `${lines.join("\n")}\n\n`);
    },
    async end(s: CheckSummary) {
      const found = s.errors + s.warnings + s.infos;
      if (found === 0 && s.invalid === 0) {
        await write(out, `${p.green("✔")} ${plural(s.texts, "text")} checked: no problems.\n`);
        return;
      }
      const parts = [plural(s.errors, "error"), plural(s.warnings, "warning")];
      if (s.infos > 0) parts.push(plural(s.infos, "note"));
      const mark = s.errors > 0 || s.invalid > 0 ? p.red("✖") : p.yellow("⚠");
      let line = `${mark} ${plural(found, "problem")} (${parts.join(", ")}) in ${s.textsWithProblems} of ${plural(s.texts, "text")}`;
      if (s.invalid > 0) line += `; ${plural(s.invalid, "input")} could not be checked`;
      await write(out, `${p.bold(line)}.\n`);
    },
  };
}
