// The policy as tools for AI assistants (Model Context Protocol): check a draft, fix it, explain a rule, list
// the rules. Inputs are the records of `normas check` (one shape everywhere); results are plain JSON.

import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import {
  type CompiledPolicy,
  compilePolicy,
  evaluatePost,
  evaluateReply,
  fixPost,
  fixReply,
  InputError,
  type Policy,
  type Rule,
  type Verdict,
} from "@normas/core";
import { builtinRules } from "@normas/core/rules";
import { parseRecord } from "@normas/core/schemas";
import * as z from "zod";
import { ruleInfo } from "./rule-info.js";

/** What the MCP server serves: a validated policy, its custom rules, and where rule pages are. */
export interface McpContext {
  readonly policy: Policy;
  readonly customRules: readonly Rule[];
  readonly docsBaseUrl: string;
  readonly version: string;
}

const TEXT_KINDS = ["reply", "post", "organic", "scheduled", "promotional", "profile-update"] as const;

const draftShape = {
  text: z.string().describe("The draft to check: a reply or a post, as it would be published."),
  brand: z
    .string()
    .optional()
    .describe("Brand id of the policy (default: the only brand, when there is one)."),
  author: z.string().optional().describe("Author id (default: mcp)."),
  roles: z.array(z.string()).optional().describe("Roles of the author, e.g. agent, supervisor."),
  inReplyTo: z.string().optional().describe("The comment the reply answers."),
  channel: z.string().optional().describe("Channel id, e.g. x, instagram."),
  kind: z.enum(TEXT_KINDS).optional().describe("reply (default), post, or a post kind such as promotional."),
  lang: z.enum(["en", "es"]).optional().describe("Language of the messages (default: the text's)."),
};

type Draft = { [K in keyof typeof draftShape]?: z.infer<(typeof draftShape)[K]> } & { text: string };

const json = (value: unknown) => ({
  content: [{ type: "text" as const, text: JSON.stringify(value, null, 2) }],
  structuredContent: value as Record<string, unknown>,
});

const refusal = (message: string) => ({ content: [{ type: "text" as const, text: message }], isError: true });

/** Builds the MCP server of a policy (connect it to a transport: standard input and output, or in memory). */
export function createMcpServer(context: McpContext): McpServer {
  const rules = [...new Map([...builtinRules, ...context.customRules].map((r) => [r.id, r])).values()];
  const compiledByLang = new Map<string, CompiledPolicy>();
  const compiled = (lang: "en" | "es" | undefined): CompiledPolicy => {
    const key = lang ?? "text";
    let found = compiledByLang.get(key);
    if (found === undefined) {
      found = compilePolicy(context.policy, {
        rules: context.customRules,
        docsBaseUrl: context.docsBaseUrl,
        ...(lang === undefined ? {} : { messageLocale: lang }),
      });
      compiledByLang.set(key, found);
    }
    return found;
  };
  const singleBrand = context.policy.brands.length === 1 ? context.policy.brands[0]?.id : undefined;
  const brands = context.policy.brands.map((b) => b.id);

  const recordOf = (draft: Draft) => {
    const brand = draft.brand ?? singleBrand;
    if (brand === undefined) {
      throw new InputError([
        {
          code: "missing_brand",
          path: ["brand"],
          pathText: "brand",
          message: `Name a brand: ${brands.join(", ")}.`,
        },
      ]);
    }
    const record = parseRecord(
      {
        brand,
        text: draft.text,
        kind: draft.kind ?? "reply",
        author: { id: draft.author ?? "mcp", roles: draft.roles ?? [] },
        ...(draft.inReplyTo === undefined ? {} : { inReplyTo: draft.inReplyTo }),
        ...(draft.channel === undefined ? {} : { channel: draft.channel }),
      },
      { ...(draft.lang === undefined ? {} : { locale: draft.lang }) },
    );
    if (record.kind === "moderation") throw new Error("unreachable: drafts are replies or posts");
    return record;
  };
  const verdictJson = (verdict: Verdict) => ({
    ok: verdict.ok,
    errorCount: verdict.errorCount,
    warningCount: verdict.warningCount,
    violations: verdict.violations,
  });
  const guard = async <T>(work: () => T) => {
    try {
      return json(work());
    } catch (error) {
      if (error instanceof InputError) {
        return refusal(
          `${error.message}\n${error.issues.map((i) => `${i.pathText}: ${i.message}`).join("\n")}`,
        );
      }
      throw error;
    }
  };

  const server = new McpServer({ name: "normas", version: context.version });
  server.registerTool(
    "check_reply",
    {
      title: "Check a reply or post",
      description: `Checks a draft reply (or post) against the community-management policy of brands ${brands.join(", ")}: returns every violation with its rule id, severity, message, span (UTF-16 offsets of the text), excerpt, suggested fixes and docs link.`,
      inputSchema: draftShape,
      annotations: { readOnlyHint: true, idempotentHint: true, openWorldHint: false },
    },
    (draft) =>
      guard(() => {
        const record = recordOf(draft);
        const policy = compiled(draft.lang);
        return verdictJson(
          record.kind === "post" ? evaluatePost(policy, record.input) : evaluateReply(policy, record.input),
        );
      }),
  );
  server.registerTool(
    "fix_reply",
    {
      title: "Fix a reply or post",
      description:
        "Applies the safe fixes of a draft (preferred terms, emoji, tú/usted where the form is unique, sign-off) until the text stops changing, and returns the fixed text, what was applied, and what is left for a person.",
      inputSchema: draftShape,
      annotations: { readOnlyHint: true, idempotentHint: true, openWorldHint: false },
    },
    (draft) =>
      guard(() => {
        const record = recordOf(draft);
        const policy = compiled(draft.lang);
        const fixed = record.kind === "post" ? fixPost(policy, record.input) : fixReply(policy, record.input);
        return {
          text: fixed.text,
          changed: fixed.text !== draft.text,
          applied: fixed.applied.map((a) => ({ ruleId: a.ruleId, description: a.description })),
          left: verdictJson(fixed.verdict),
        };
      }),
  );
  server.registerTool(
    "explain_rule",
    {
      title: "Explain a rule",
      description:
        "What a rule checks, which norm it enforces, its messages, default severity, options and docs link.",
      inputSchema: {
        ruleId: z.string().describe("Rule id, e.g. voice/emoji or authority/commitment."),
        lang: z.enum(["en", "es"]).optional().describe("Language (default English)."),
      },
      annotations: { readOnlyHint: true, idempotentHint: true, openWorldHint: false },
    },
    ({ ruleId, lang }) => {
      const rule = rules.find((r) => r.id === ruleId);
      if (rule === undefined) {
        const near = rules.filter((r) => r.id.split("/")[0] === ruleId.split("/")[0]).map((r) => r.id);
        const list = (near.length > 0 ? near : rules.map((r) => r.id)).join(", ");
        return refusal(`Unknown rule "${ruleId}". Rules: ${list}.`);
      }
      let options: unknown;
      try {
        options = z.toJSONSchema(rule.options, { io: "input" });
      } catch {
        options = undefined;
      }
      const settings = context.policy.brands.map((b) => ({
        brand: b.id,
        setting: b.rules[rule.id] ?? context.policy.rules[rule.id] ?? "off (unless a preset turns it on)",
      }));
      const meta = compiled(undefined).catalogue.find((m) => m.id === rule.id);
      if (meta === undefined) return refusal(`Unknown rule "${ruleId}".`);
      return json({ ...ruleInfo(meta, lang ?? "en"), options, settings });
    },
  );
  server.registerTool(
    "list_rules",
    {
      title: "List the rules",
      description:
        "Every rule normas knows, with its norm, description and whether the policy turns it on for each brand.",
      inputSchema: { brand: z.string().optional().describe("Only the rules on for this brand.") },
      annotations: { readOnlyHint: true, idempotentHint: true, openWorldHint: false },
    },
    ({ brand }) => {
      if (brand !== undefined && !brands.includes(brand))
        return refusal(`Unknown brand "${brand}". Brands: ${brands.join(", ")}.`);
      const on = compiled(undefined).rules;
      const list = rules
        .map((r) => {
          const active = on.filter((c) => c.id === r.id && (brand === undefined || c.brand === brand));
          return {
            id: r.id,
            norm: r.meta.norm,
            description: r.meta.docs.description,
            on: active.map((c) => ({ brand: c.brand, severity: c.severity })),
          };
        })
        .filter((r) => brand === undefined || r.on.length > 0);
      return json({ rules: list });
    },
  );
  return server;
}
