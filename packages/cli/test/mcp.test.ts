// The MCP server, in-process with the SDK's own client over its in-memory transport.
import { fileURLToPath } from "node:url";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import { definePolicy } from "@normas/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMcpServer } from "../src/mcp.js";
import { ensureBuilt, fixtures } from "./run-normas.js";

const policy = definePolicy({
  extends: "recommended",
  brands: [
    { id: "acme-es", name: "Acme España", locale: "es-ES", voice: { address: "usted", maxEmoji: 0 } },
    { id: "acme-uk", name: "Acme UK", locale: "en-GB", voice: { maxEmoji: 0 } },
  ],
});
const server = createMcpServer({
  policy,
  customRules: [],
  docsBaseUrl: "https://docs.example.com/r/",
  version: "1.2.3",
});
const client = new Client({ name: "test", version: "0.0.0" });

beforeAll(async () => {
  const [a, b] = InMemoryTransport.createLinkedPair();
  await Promise.all([server.connect(a), client.connect(b)]);
});
afterAll(async () => {
  await client.close();
  await server.close();
});

type ToolResult = {
  structuredContent?: Record<string, unknown>;
  isError?: boolean;
  content: { text?: string }[];
};
const call = async (name: string, args: Record<string, unknown>) =>
  (await client.callTool({ name, arguments: args })) as ToolResult;

describe("normas mcp", () => {
  it("lists the four tools, with input schemas", async () => {
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual([
      "check_reply",
      "explain_rule",
      "fix_reply",
      "list_rules",
    ]);
    expect(tools.find((t) => t.name === "check_reply")?.inputSchema.required).toEqual(["text"]);
  });

  it("check_reply finds what breaks the policy, in Spanish and English", async () => {
    const es = await call("check_reply", {
      brand: "acme-es",
      text: "Cálmate, te devolveremos el dinero 😀",
      inReplyTo: "Mi pedido no llega.",
    });
    const esIds = ((es.structuredContent?.violations ?? []) as { ruleId: string }[]).map((v) => v.ruleId);
    expect(esIds).toEqual(expect.arrayContaining(["voice/emoji", "authority/commitment"]));
    const en = await call("check_reply", {
      brand: "acme-uk",
      text: "Thanks for writing, we are looking into it.",
    });
    expect(en.structuredContent?.ok).toBe(true);
  });

  it("fix_reply applies the safe fixes and says what is left", async () => {
    const r = await call("fix_reply", { brand: "acme-uk", text: "Thanks 😀 for writing." });
    expect(r.structuredContent).toMatchObject({ changed: true, applied: [{ ruleId: "voice/emoji" }] });
    expect(r.structuredContent?.text).not.toContain("😀");
  });

  it("explain_rule describes a rule in Spanish, with its docs link and options; an unknown rule is an error", async () => {
    const r = await call("explain_rule", { ruleId: "voice/emoji", lang: "es" });
    expect(r.structuredContent).toMatchObject({
      id: "voice/emoji",
      norm: 4,
      normName: "No eres la empresa",
      docsUrl: "https://docs.example.com/r/voice/emoji.md",
    });
    const unknown = await call("explain_rule", { ruleId: "voice/emojj" });
    expect(unknown.isError).toBe(true);
    expect(unknown.content[0]?.text).toContain("voice/emoji");
  });

  it("list_rules says which rules are on for a brand; a text without a brand is refused with a reason", async () => {
    const r = await call("list_rules", { brand: "acme-es" });
    const ids = ((r.structuredContent?.rules ?? []) as { id: string }[]).map((x) => x.id);
    expect(ids).toContain("voice/emoji");
    const noBrand = await call("check_reply", { text: "Hola" });
    expect(noBrand.isError).toBe(true);
    expect(noBrand.content[0]?.text).toContain("acme-es, acme-uk");
  });
});

describe("normas mcp, the built binary over standard input and output", () => {
  it("answers check_reply for the policy it was given, then stops when the client closes", async () => {
    ensureBuilt();
    const transport = new StdioClientTransport({
      command: process.execPath,
      args: [
        fileURLToPath(new URL("../bin/normas.js", import.meta.url)),
        "mcp",
        "-p",
        "normas.config.yaml",
        "-r",
        "rules.mjs",
      ],
      cwd: fixtures,
      stderr: "pipe",
    });
    const stdio = new Client({ name: "test-stdio", version: "0.0.0" });
    await stdio.connect(transport);
    const r = (await stdio.callTool({
      name: "check_reply",
      arguments: { brand: "demo-en", text: "We are LOOKING into it." },
    })) as ToolResult;
    expect(
      (r.structuredContent?.violations as { ruleId: string }[] | undefined)?.map((v) => v.ruleId),
    ).toEqual(["demo/no-shouting"]);
    await stdio.close();
  }, 60_000);
});
