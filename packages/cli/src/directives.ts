// Inline directives, as ESLint has them: `<!-- normas-disable-next-line voice/emoji -- reason -->` in Markdown,
// `normas-disable` / `normas-enable` blocks, `normas-disable-line`, and a record's own `disable` field in JSON
// Lines. A directive without rule ids covers every rule. Violations a directive covers are not reported (nor
// fixed); a directive that covers nothing can be reported with --report-unused-disable-directives.
import type { Violation } from "@normas/core";
import { type DisableDirective, parseDisableDirective } from "@normas/core/schemas";
import { LineIndex } from "./lines.js";

/** What a directive does. `record` is a JSON Lines record's `disable` field: the whole record. */
export type DirectiveKind = "disable" | "enable" | "disable-line" | "disable-next-line" | "record";

/** One directive, with the offsets of the comment that holds it (0, 0 for a record's field). */
export interface Directive extends DisableDirective {
  readonly kind: DirectiveKind;
  readonly start: number;
  readonly end: number;
}

const KINDS: readonly DirectiveKind[] = ["disable-next-line", "disable-line", "disable", "enable"];

/** The directive an HTML comment holds (`<!-- normas-disable … -->`), if it is one. */
export function readDirectiveComment(html: string, start: number, end: number): Directive | undefined {
  const trimmed = html.trim();
  if (!trimmed.startsWith("<!--") || !trimmed.endsWith("-->")) return undefined;
  const body = trimmed.slice(4, -3).trim();
  if (!body.startsWith("normas-")) return undefined;
  for (const kind of KINDS) {
    const word = `normas-${kind}`;
    if (!body.startsWith(word)) continue;
    const rest = body.slice(word.length);
    if (rest !== "" && !/^\s/.test(rest)) continue;
    return { kind, start, end, ...parseDisableDirective(rest) };
  }
  return undefined;
}

/** A directive that covered nothing, or that names a rule normas does not know. */
export interface DirectiveProblem {
  readonly directive: Directive;
  /** The rule id of the directive that covered nothing (absent: the directive as a whole). */
  readonly rule?: string;
}

/** A violation not reported because of a directive. */
export interface Suppressed {
  readonly violation: Violation;
  readonly directive: Directive;
}

/** What the directives of a text do to its violations. */
export interface DirectiveOutcome {
  readonly kept: readonly Violation[];
  readonly suppressed: readonly Suppressed[];
  readonly unused: readonly DirectiveProblem[];
  readonly unknown: readonly DirectiveProblem[];
}

interface Cover {
  readonly key: string;
  readonly from: number;
  readonly to: number;
  readonly directive: Directive;
}

const ALL = "*";
const keysOf = (d: Directive): readonly string[] => d.rules ?? [ALL];

function covers(text: string, directives: readonly Directive[]): Cover[] {
  const out: Cover[] = [];
  const lines = new LineIndex(text);
  const open = new Map<string, { from: number; directive: Directive }>();
  const lineRange = (line: number): [number, number] => {
    const from = lines.startOf(line);
    return [from, from + lines.lineText(line).length + 1];
  };
  for (const d of directives) {
    if (d.kind === "record") {
      for (const key of keysOf(d)) out.push({ key, from: 0, to: Number.POSITIVE_INFINITY, directive: d });
    } else if (d.kind === "disable-line") {
      const [from] = lineRange(lines.at(d.start).line);
      const [, to] = lineRange(lines.at(Math.max(d.start, d.end - 1)).line);
      for (const key of keysOf(d)) out.push({ key, from, to, directive: d });
    } else if (d.kind === "disable-next-line") {
      // The next line with something on it: formatters put a blank line between a comment and a paragraph.
      let line = lines.at(Math.max(d.start, d.end - 1)).line + 1;
      while (line <= lines.count && lines.lineText(line).trim() === "") line++;
      if (line > lines.count) continue;
      const [from, to] = lineRange(line);
      for (const key of keysOf(d)) out.push({ key, from, to, directive: d });
    } else if (d.kind === "disable") {
      for (const key of keysOf(d)) if (!open.has(key)) open.set(key, { from: d.end, directive: d });
    } else {
      const keys = d.rules ?? [...open.keys()];
      for (const key of keys) {
        const o = open.get(key);
        if (o === undefined) continue;
        out.push({ key, from: o.from, to: d.start, directive: o.directive });
        open.delete(key);
      }
    }
  }
  for (const [key, o] of open)
    out.push({ key, from: o.from, to: Number.POSITIVE_INFINITY, directive: o.directive });
  return out;
}

/**
 * Splits the violations of `text` into those reported and those a directive covers. A violation is where its
 * span starts; one without a span (the whole text) counts as at the end of the text, so a `normas-disable`
 * that is never closed covers it.
 */
export function applyDirectives(
  text: string,
  directives: readonly Directive[],
  violations: readonly Violation[],
  knownRules: ReadonlySet<string>,
): DirectiveOutcome {
  const unknown: DirectiveProblem[] = [];
  for (const d of directives) {
    for (const rule of d.rules ?? []) if (!knownRules.has(rule)) unknown.push({ directive: d, rule });
  }
  if (directives.length === 0) return { kept: violations, suppressed: [], unused: [], unknown };
  const all = covers(text, directives);
  const used = new Set<Cover>();
  const kept: Violation[] = [];
  const suppressed: Suppressed[] = [];
  for (const v of violations) {
    const at = v.span?.start ?? text.length;
    const hit = all.find(
      (c) =>
        (c.key === ALL || c.key === v.ruleId) &&
        c.from <= at &&
        (at < c.to || (v.span === undefined && c.to === Number.POSITIVE_INFINITY)),
    );
    if (hit === undefined) kept.push(v);
    else {
      used.add(hit);
      suppressed.push({ violation: v, directive: hit.directive });
    }
  }
  const unused: DirectiveProblem[] = [];
  for (const d of directives) {
    if (d.kind === "enable") continue;
    for (const key of keysOf(d)) {
      if (key !== ALL && !knownRules.has(key)) continue;
      const wasUsed = all.some((c) => c.directive === d && c.key === key && used.has(c));
      if (!wasUsed) unused.push({ directive: d, ...(key === ALL ? {} : { rule: key }) });
    }
  }
  return { kept, suppressed, unused, unknown };
}
