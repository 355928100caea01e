import { InputError } from "../../../model/errors.js";
import type { MessageLocale } from "../../../model/locale.js";
import type { CrisisProtocol } from "../protocol-schema.js";
import { protocolGraph } from "./protocol-graph.js";
import { renderDot } from "./render-dot.js";
import { renderMachineJson } from "./render-machine-json.js";
import { renderMermaid } from "./render-mermaid.js";

/** The diagram formats: Mermaid `stateDiagram-v2`, Graphviz DOT, or an XState machine config as JSON (Stately). */
export const PROTOCOL_DIAGRAM_FORMATS = ["mermaid", "dot", "json"] as const;

/** A diagram format. */
export type ProtocolDiagramFormat = (typeof PROTOCOL_DIAGRAM_FORMATS)[number];

/** Options of {@link renderProtocol}. */
export interface RenderProtocolOptions {
  /** `mermaid` (default), `dot` or `json`. */
  readonly format?: ProtocolDiagramFormat | undefined;
  /** Language of names and labels (default `en`). */
  readonly locale?: MessageLocale | undefined;
}

/**
 * Draws a crisis protocol (standard or customised) as a state diagram: one edge per transition with its command,
 * roles, guards, required reason and, for statements, the approvals each severity requires; one dashed edge per
 * deadline with its minutes (by severity), the commands that meet it and whom its escalation alerts. Pure: the
 * same protocol gives the same text.
 *
 * - `mermaid`: a `stateDiagram-v2` for Markdown (GitHub renders it).
 * - `dot`: Graphviz (`dot -Tsvg`).
 * - `json`: an XState v5 machine config, which Stately's editor imports (wrap it in `createMachine(…)`).
 *
 * @throws `InputError` for an unknown format or locale.
 * @example
 * ```ts
 * import { renderProtocol, standardProtocol } from "@normas/core/crisis";
 * const mermaid = renderProtocol(standardProtocol, { format: "mermaid", locale: "es" });
 * ```
 */
export function renderProtocol(protocol: CrisisProtocol, options: RenderProtocolOptions = {}): string {
  const format = options.format ?? "mermaid";
  const locale = options.locale ?? "en";
  const issues = [];
  if (!PROTOCOL_DIAGRAM_FORMATS.includes(format))
    issues.push({
      code: "invalid_format",
      path: ["format"],
      pathText: "format",
      message: `Unknown format '${String(format).slice(0, 40)}' (${PROTOCOL_DIAGRAM_FORMATS.join(", ")}).`,
    });
  if (locale !== "en" && locale !== "es")
    issues.push({
      code: "invalid_locale",
      path: ["locale"],
      pathText: "locale",
      message: `Unknown locale '${String(locale).slice(0, 40)}' (en, es).`,
    });
  if (issues.length > 0) throw new InputError(issues, "Invalid diagram options");
  const graph = protocolGraph(protocol, locale);
  switch (format) {
    case "mermaid":
      return renderMermaid(graph, locale);
    case "dot":
      return renderDot(graph, locale);
    case "json":
      return renderMachineJson(graph, protocol, locale);
    default: {
      const forgotten: never = format;
      return forgotten;
    }
  }
}
