import type { MessageLocale } from "../../../model/locale.js";
import { commandLabel, deadlineLabel } from "./edge-label.js";
import type { ProtocolGraph } from "./protocol-graph.js";

// A DOT string literal: backslashes and quotes escaped, line breaks as `\n` (joined by the caller).
const quote = (s: string): string =>
  `"${s
    .replace(/\\/g, "\\\\")
    .replace(/"/g, '\\"')
    .replace(/[\r\n]+/g, " ")}"`;
const lines = (parts: readonly string[]): string =>
  `"${parts.map((p) => quote(p).slice(1, -1)).join("\\n")}"`;

/** The graph in Graphviz DOT: states as boxes (final ones doubled), commands solid, deadlines dashed. */
export function renderDot(graph: ProtocolGraph, locale: MessageLocale): string {
  const out = [
    `digraph ${quote(graph.id)} {`,
    `  label=${quote(`${graph.name} (${graph.id} v${graph.version})`)};`,
    "  rankdir=LR;",
    '  node [shape=box, style=rounded, fontname="Helvetica"];',
    '  edge [fontname="Helvetica", fontsize=10];',
    '  "__start" [shape=point, label=""];',
  ];
  for (const n of graph.nodes) {
    const shape = n.terminal ? ", peripheries=2" : "";
    out.push(`  ${quote(n.id)} [label=${lines([n.name, `(${n.id})`])}${shape}];`);
  }
  for (const n of graph.nodes) if (n.initial) out.push(`  "__start" -> ${quote(n.id)};`);
  for (const e of graph.edges) {
    const label = e.kind === "command" ? commandLabel(e, locale) : deadlineLabel(e, locale);
    const style = e.kind === "deadline" ? ", style=dashed, color=firebrick" : "";
    out.push(`  ${quote(e.from)} -> ${quote(e.to)} [label=${lines(label)}${style}];`);
  }
  out.push("}");
  return `${out.join("\n")}\n`;
}
