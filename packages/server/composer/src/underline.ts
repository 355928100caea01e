// Draws the violations under the reply: a backdrop behind the textarea holds the same text, cut where spans
// start and end, each piece that a violation covers in a <mark> naming its rules. Text goes in as text nodes only.
import type { Violation } from "@normas/core";

/** Fills `backdrop` with `text`, marking the spans of `violations`. */
export function drawUnderlines(backdrop: HTMLElement, text: string, violations: readonly Violation[]): void {
  const cuts = new Set<number>([0, text.length]);
  const spans = violations.filter((v) => v.span !== undefined && v.span.end > v.span.start);
  for (const v of spans) {
    cuts.add(Math.min(v.span!.start, text.length));
    cuts.add(Math.min(v.span!.end, text.length));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const parts: Node[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = spans.filter((v) => v.span!.start <= start && v.span!.end >= end);
    const piece = document.createTextNode(text.slice(start, end));
    if (covering.length === 0) {
      parts.push(piece);
      continue;
    }
    const mark = document.createElement("mark");
    mark.dataset.rules = [...new Set(covering.map((v) => v.ruleId))].join(" ");
    mark.className = covering.some((v) => v.severity === "error") ? "sev-error" : "sev-warning";
    mark.title = covering.map((v) => v.message).join("\n");
    mark.append(piece);
    parts.push(mark);
  }
  // A final newline would be swallowed by the backdrop: keep the heights equal.
  parts.push(document.createTextNode("\u200b"));
  backdrop.replaceChildren(...parts);
}
