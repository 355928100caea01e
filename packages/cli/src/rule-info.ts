// What the CLI says about a rule: in SARIF's rule list, in `explain_rule` of the MCP server.
import type { NormNumber, Severity } from "@normas/core";
import type { CompiledRuleMeta } from "@normas/core/rules";

/** Where rule pages are when neither the policy (`docsBaseUrl`) nor `--docs-base-url` says. */
export const DEFAULT_DOCS_BASE_URL = "https://github.com/normas-dev/normas/blob/main/docs/rules/";

const NORMS: Record<NormNumber, { en: string; es: string }> = {
  1: { en: "Originality", es: "Originalidad" },
  2: { en: "Respect every opinion", es: "Respetar todas las opiniones" },
  3: { en: "Measure, analyse, meditate, act", es: "Medir, analizar, meditar, actuar" },
  4: { en: "You are not the company", es: "No eres la empresa" },
  5: { en: "Follow the crisis protocol", es: "Seguir el protocolo de crisis" },
};

/** Everything a reader or a tool needs to know about a rule, as plain data. */
export interface RuleInfo {
  readonly id: string;
  readonly norm: NormNumber;
  readonly normName: string;
  readonly description: string;
  readonly fullDescription: string;
  readonly defaultSeverity: Severity;
  readonly recommended: boolean;
  readonly docsUrl: string;
  readonly messages: Readonly<Record<string, string>>;
}

/**
 * Describes a rule in English or Spanish, from the metadata a compiled policy exposes (`compiled.catalogue`):
 * the docs link there already has the policy's or the run's `docsBaseUrl` applied.
 */
export function ruleInfo(rule: CompiledRuleMeta, lang: "en" | "es" = "en"): RuleInfo {
  const norm = NORMS[rule.norm];
  const messages = rule.messages[lang];
  const reports = Object.values(messages)
    .map((m) => m.replace(/\s+/g, " ").trim())
    .join(" / ");
  const label = lang === "es" ? "Norma" : "Norm";
  const says = lang === "es" ? "Mensajes" : "Messages";
  return {
    id: rule.id,
    norm: rule.norm,
    normName: norm[lang],
    description: rule.description,
    fullDescription: `${rule.description} ${label} ${rule.norm}: ${norm[lang]}. ${says}: ${reports}`,
    defaultSeverity: rule.defaultSeverity,
    recommended: rule.recommended,
    docsUrl: rule.docsUrl,
    messages,
  };
}
