import { type ProtocolDiagramFormat, renderProtocol } from "@normas/core/crisis";
import { loadProtocol } from "./crisis-drill.js";
import { type CliIo, write } from "./io.js";

/** Options of `normas crisis graph`. */
export interface GraphOptions {
  /** `mermaid`, `dot` or `json` (an XState machine config for Stately's editor). */
  readonly format: ProtocolDiagramFormat;
  /** `standard` (default) or a JSON/YAML protocol file. */
  readonly protocol: string;
  /** Language of names and labels. */
  readonly lang?: "en" | "es";
}

/** Runs `normas crisis graph`: prints the protocol's state diagram; returns the exit code (2 for a bad protocol). */
export async function graph(options: GraphOptions, io: CliIo): Promise<number> {
  const lang = options.lang ?? "en";
  const protocol = await loadProtocol(options.protocol, io.cwd, lang);
  await write(io.stdout, renderProtocol(protocol, { format: options.format, locale: lang }));
  return 0;
}
