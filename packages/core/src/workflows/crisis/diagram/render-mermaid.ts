import type { MessageLocale } from "../../../model/locale.js";
import { commandLabel, deadlineLabel } from "./edge-label.js";
import type { ProtocolGraph } from "./protocol-graph.js";

// Mermaid reads `:`, `;`, `#`, quotes and angle brackets as syntax: written as its `#code;` entities.
const escapeMermaid = (s: string): string =>
  s.replace(/[:;#"<>{}|\\`]/g, (c) => `#${c.charCodeAt(0)};`).replace(/[\r\n]+/g, " ");

/** Mermaid ids: state ids with anything but letters, digits and `_` replaced (numbered if two collide). */
function mermaidIds(ids: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const used = new Set<string>();
  for (const id of ids) {
    const base = `s_${id.replace(/[^A-Za-z0-9_]/g, "_")}`;
    let name = base;
    for (let n = 2; used.has(name); n++) name = `${base}_${n}`;
    used.add(name);
    out.set(id, name);
  }
  return out;
}

/** The graph as a Mermaid `stateDiagram-v2`: states with their names, one labelled edge per transition and deadline. */
export function renderMermaid(graph: ProtocolGraph, locale: MessageLocale): string {
  const ids = mermaidIds(graph.nodes.map((n) => n.id));
  const id = (s: string) => ids.get(s) ?? `s_${s.replace(/[^A-Za-z0-9_]/g, "_")}`;
  const lines = [
    "stateDiagram-v2",
    `  %% ${escapeMermaid(graph.name)} (${escapeMermaid(graph.id)} v${graph.version})`,
  ];
  for (const n of graph.nodes)
    lines.push(`  state "${escapeMermaid(n.name)} (${escapeMermaid(n.id)})" as ${id(n.id)}`);
  for (const n of graph.nodes) if (n.initial) lines.push(`  [*] --> ${id(n.id)}`);
  for (const e of graph.edges) {
    const label = e.kind === "command" ? commandLabel(e, locale) : deadlineLabel(e, locale);
    lines.push(`  ${id(e.from)} --> ${id(e.to)} : ${label.map(escapeMermaid).join("<br/>")}`);
  }
  for (const n of graph.nodes) if (n.terminal) lines.push(`  ${id(n.id)} --> [*]`);
  return `${lines.join("\n")}\n`;
}
