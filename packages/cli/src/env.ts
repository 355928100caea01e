// What checking needs, built once per run — and once per worker thread, from the same plain settings.
import { dirname } from "node:path";
import {
  type CompiledPolicy,
  compilePolicy,
  type EvaluationServices,
  type Policy,
  type Rule,
  type RuleSetting,
} from "@normas/core";
import { loadPolicyFile, withRuleOverrides } from "@normas/core/node";
import { builtinRules } from "@normas/core/rules";
import { loadRuleModules } from "./custom-rules.js";
import { loadMarkdownReader } from "./markdown-loader.js";
import { DEFAULT_DOCS_BASE_URL } from "./rule-info.js";
import { loadSources } from "./sources.js";

/** The settings of a `normas check` run: plain data, so that worker threads can rebuild the environment. */
export interface CheckSettings {
  readonly cwd: string;
  /** The policy file, absolute. */
  readonly policyFile: string;
  /** Custom rule modules, as given. */
  readonly ruleModules: readonly string[];
  /** Source documents for the originality rules, as given. */
  readonly sources: readonly string[];
  readonly lang?: "en" | "es";
  readonly brand?: string;
  readonly author: string;
  readonly roles: readonly string[];
  readonly as: "reply" | "post";
  readonly ignoreUnknownFields: boolean;
  readonly reportUnusedDirectives: boolean;
  readonly fix: "off" | "write" | "dry-run";
  readonly format: "pretty" | "json" | "sarif";
  readonly colour: boolean;
  /** Base of rule documentation links from --docs-base-url (else the policy's `docsBaseUrl`, else the default). */
  readonly docsBaseUrl?: string;
  readonly version: string;
  /** Whether some input is Markdown (then the Markdown parser is loaded). */
  readonly markdown: boolean;
}

/** The environment of a run: the policy compiled (once per set of override rules), rules and services. */
export interface CheckEnv {
  readonly settings: CheckSettings;
  readonly policy: Policy;
  /** Folder of the policy file: `overrides` globs are relative to it. */
  readonly policyDir: string;
  readonly customRules: readonly Rule[];
  /** Every rule a directive may name. */
  readonly knownRules: ReadonlySet<string>;
  /** Every rule, built-in and custom, for SARIF's rule list. */
  readonly allRules: readonly Rule[];
  readonly services: EvaluationServices;
  /** Base of rule documentation links: --docs-base-url, else the policy's `docsBaseUrl`, else the default. */
  readonly docsBaseUrl: string;
  /** The policy compiled with the given override rules (none: the policy itself). */
  compiled(rules?: Readonly<Record<string, RuleSetting>>): CompiledPolicy;
}

/** Loads the policy, custom rules and sources of a run and compiles the policy. */
export async function createEnv(settings: CheckSettings): Promise<CheckEnv> {
  if (settings.markdown) await loadMarkdownReader();
  const customRules = await loadRuleModules(settings.ruleModules, settings.cwd);
  const { policy } = await loadPolicyFile(settings.policyFile, {
    cwd: settings.cwd,
    rules: customRules,
    ...(settings.lang === undefined ? {} : { locale: settings.lang }),
  });
  const index = await loadSources(settings.sources, settings.cwd);
  const services: EvaluationServices = index === undefined ? {} : { sources: index };
  const docsBaseUrl = settings.docsBaseUrl ?? policy.docsBaseUrl ?? DEFAULT_DOCS_BASE_URL;
  const options = {
    rules: customRules,
    docsBaseUrl,
    ...(settings.lang === undefined ? {} : { messageLocale: settings.lang }),
  };
  const base = compilePolicy(policy, options);
  const cache = new Map<string, CompiledPolicy>();
  const allRules = [...new Map([...builtinRules, ...customRules].map((r) => [r.id, r])).values()];
  return {
    settings,
    policy,
    policyDir: dirname(settings.policyFile),
    customRules,
    knownRules: new Set(allRules.map((r) => r.id)),
    allRules,
    services,
    docsBaseUrl,
    compiled(rules) {
      if (rules === undefined) return base;
      const key = JSON.stringify(rules);
      let found = cache.get(key);
      if (found === undefined) {
        found = compilePolicy(withRuleOverrides(policy, rules), options);
        cache.set(key, found);
      }
      return found;
    },
  };
}
