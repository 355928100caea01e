import * as z from "zod/mini";
import { PolicyError } from "../model/errors.js";
import type { MessageLocale } from "../model/locale.js";
import type { NormNumber, Severity } from "../model/violation.js";
import { isDefinedPolicy, pluginsOf, resolvePolicy } from "../policy/define-policy.js";
import type { Brand, Policy, RuleSetting } from "../policy/schema.js";
import type { Classifier } from "./classifier.js";
import type { AnyRule, Rule, RuleHandlers, RuleMessages } from "./rule.js";

/**
 * Options of `compilePolicy`.
 *
 * @category Policy
 */
export interface CompileOptions {
  /**
   * Custom rules (the policy's `rules` may configure them by id).
   *
   * @deprecated Give custom rules once, as the policy's `plugins` in `definePolicy`: the defined policy carries
   * them here.
   */
  readonly rules?: readonly AnyRule[];
  /** Asynchronous classifiers, used by `evaluateReplyAsync` and `evaluatePostAsync`. */
  readonly classifiers?: readonly Classifier[];
  /** Language of messages; by default each evaluation uses the language of the text it checks. */
  readonly messageLocale?: MessageLocale;
  /**
   * Prefix of rule documentation links; the rule id and `.md` are appended. Default: the policy's
   * `docsBaseUrl`, else `docs/rules/`. A rule's own `meta.docs.url` wins over both.
   */
  readonly docsBaseUrl?: string;
}

/**
 * What a reporter needs to know about a rule of a compiled policy (SARIF's rule list, an editor's hover).
 *
 * @category Policy
 */
export interface CompiledRuleMeta {
  /** Rule id. */
  readonly id: string;
  /** The norm it enforces. */
  readonly norm: NormNumber;
  /** One sentence on what it checks. */
  readonly description: string;
  /** Its severity when turned on without a level. */
  readonly defaultSeverity: Severity;
  /** Whether the `recommended` preset turns it on. */
  readonly recommended: boolean;
  /** Link to its documentation page (the policy's or the compile options' `docsBaseUrl` applied). */
  readonly docsUrl: string;
  /** Its message templates by message id, in every language. */
  readonly messages: RuleMessages;
  /** Whether it is a custom rule (a plugin) rather than a built-in one. */
  readonly plugin: boolean;
}

/**
 * A compiled rule, as listed by `CompiledPolicy.rules`.
 *
 * @category Policy
 */
export interface CompiledRuleInfo {
  /** Rule id. */
  readonly id: string;
  /** The brand it is compiled for. */
  readonly brand: string;
  /** Its severity for that brand. */
  readonly severity: Severity;
  /** The norm it enforces. */
  readonly norm: NormNumber;
  /** Link to its documentation page. */
  readonly docsUrl: string;
}

/**
 * A policy compiled for evaluation: immutable, reusable across any number of evaluations.
 *
 * @category Policy
 */
export interface CompiledPolicy {
  /** The validated policy. */
  readonly policy: Policy;
  /** Every rule that is on, per brand. */
  readonly rules: readonly CompiledRuleInfo[];
  /** Every rule the policy knows (built-in and plugins, on or off), with what a reporter needs: the built-in rules by norm, then the plugins. */
  readonly catalogue: readonly CompiledRuleMeta[];
}

/** @internal One rule compiled for one brand. */
export interface ActiveRule {
  readonly rule: Rule;
  readonly severity: Severity;
  readonly handlers: RuleHandlers;
  readonly setupError: unknown;
  readonly docsUrl: string;
}

/** @internal What the evaluators need, kept out of the public type. */
export interface CompiledInternals {
  readonly brands: ReadonlyMap<string, { readonly brand: Brand; readonly rules: readonly ActiveRule[] }>;
  readonly classifiers: readonly Classifier[];
  readonly messageLocale: MessageLocale | undefined;
}

const internals = new WeakMap<CompiledPolicy, CompiledInternals>();

/** @internal */
export function internalsOf(compiled: CompiledPolicy): CompiledInternals {
  const found = internals.get(compiled);
  if (found === undefined) {
    throw new PolicyError(
      [
        {
          code: "not_compiled",
          path: [],
          pathText: "(root)",
          message: "Pass the result of compilePolicy().",
        },
      ],
      "Not a compiled policy",
    );
  }
  return found;
}

function effectiveSetting(
  rule: Rule,
  ...settings: (RuleSetting | undefined)[]
): { level: "off" | "warn" | "error" | "info"; options: Record<string, unknown> } | undefined {
  let level: "off" | "warn" | "error" | "info" | undefined;
  let options: Record<string, unknown> = {};
  let mentioned = false;
  for (const s of settings) {
    if (s === undefined) continue;
    mentioned = true;
    if (typeof s === "string") level = s;
    else {
      if (s.level !== undefined) level = s.level;
      if (s.options !== undefined) options = { ...options, ...s.options };
    }
  }
  if (!mentioned) return undefined;
  const fallback = rule.meta.defaultSeverity === "warning" ? "warn" : rule.meta.defaultSeverity;
  return { level: level ?? fallback, options };
}

const severityOf = (level: "warn" | "error" | "info"): Severity => (level === "warn" ? "warning" : level);

/**
 * Compiles a policy against a rule catalogue (the engine of the public `compilePolicy`, which passes the built-in
 * catalogue): validates it unless it came from `definePolicy`, resolves each brand's rule settings and runs every
 * rule's `create`.
 *
 * @throws {@link PolicyError} when the policy is invalid.
 */
export function compileWith(
  policy: Policy,
  builtin: readonly Rule[],
  options: CompileOptions = {},
): CompiledPolicy {
  const extra = (options.rules ?? []) as readonly Rule[];
  const valid = isDefinedPolicy(policy) ? policy : resolvePolicy(policy, builtin, { rules: extra });
  const custom = [...(pluginsOf(valid) as readonly Rule[]), ...extra];
  // A custom rule with a built-in id replaces the built-in one: each id runs once.
  const catalogue = [...new Map([...builtin, ...custom].map((rule) => [rule.id, rule])).values()];
  const plugins = new Set(custom);
  const docsBase = options.docsBaseUrl ?? valid.docsBaseUrl ?? "docs/rules/";
  const docsUrlOf = (rule: Rule): string => rule.meta.docs.url ?? `${docsBase}${rule.id}.md`;

  const brands = new Map<string, { brand: Brand; rules: ActiveRule[] }>();
  const infos: CompiledRuleInfo[] = [];
  for (const brand of valid.brands) {
    const active: ActiveRule[] = [];
    for (const rule of catalogue) {
      const setting = effectiveSetting(rule, valid.rules[rule.id], brand.rules[rule.id]);
      if (setting === undefined || setting.level === "off") continue;
      const severity = severityOf(setting.level);
      const docsUrl = docsUrlOf(rule);
      let handlers: RuleHandlers = {};
      let setupError: unknown;
      try {
        const ruleOptions = z.parse(rule.options, setting.options);
        handlers = rule.create({ ruleId: rule.id, options: ruleOptions, brand, policy: valid });
      } catch (error) {
        setupError = error;
      }
      active.push({ rule, severity, handlers, setupError, docsUrl });
      infos.push({ id: rule.id, brand: brand.id, severity, norm: rule.meta.norm, docsUrl });
    }
    brands.set(brand.id, { brand, rules: active });
  }

  const metas: CompiledRuleMeta[] = catalogue.map((rule) => ({
    id: rule.id,
    norm: rule.meta.norm,
    description: rule.meta.docs.description,
    defaultSeverity: rule.meta.defaultSeverity,
    recommended: rule.meta.recommended !== false,
    docsUrl: docsUrlOf(rule),
    messages: rule.meta.messages,
    plugin: plugins.has(rule),
  }));
  const compiled: CompiledPolicy = Object.freeze({
    policy: valid,
    rules: Object.freeze(infos),
    catalogue: Object.freeze(metas),
  });
  internals.set(compiled, {
    brands,
    classifiers: options.classifiers ?? [],
    messageLocale: options.messageLocale,
  });
  return compiled;
}
