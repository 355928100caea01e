import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { findPolicyFile, loadPolicyFile } from "@normas/core/node";
import { loadRuleModules } from "./custom-rules.js";
import type { CliIo } from "./io.js";
import { createMcpServer } from "./mcp.js";
import { DEFAULT_DOCS_BASE_URL } from "./rule-info.js";
import { UsageError } from "./usage-error.js";

/** Options of `normas mcp`. */
export interface McpOptions {
  readonly policy?: string;
  readonly rules: readonly string[];
  readonly docsBaseUrl?: string;
}

/** Serves the policy over standard input and output until the client closes standard input. */
export async function serveMcp(options: McpOptions, io: CliIo, version: string): Promise<number> {
  const policyPath = options.policy ?? findPolicyFile(io.cwd);
  if (policyPath === undefined) {
    throw new UsageError(
      "No policy: pass --policy <file> or add normas.config.json (or .yaml) to this folder or a parent.",
    );
  }
  const customRules = await loadRuleModules(options.rules, io.cwd);
  const { policy } = await loadPolicyFile(policyPath, { cwd: io.cwd, rules: customRules });
  const server = createMcpServer({
    policy,
    customRules,
    docsBaseUrl: options.docsBaseUrl ?? policy.docsBaseUrl ?? DEFAULT_DOCS_BASE_URL,
    version,
  });
  const closed = new Promise<void>((resolve) => {
    io.stdin.once("end", resolve);
    io.stdin.once("close", resolve);
  });
  await server.connect(new StdioServerTransport(io.stdin, io.stdout));
  await closed;
  await server.close();
  return 0;
}
