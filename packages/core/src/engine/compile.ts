import type * as z from "zod";
import { PolicyError } from "../model/errors.js";
import type { MessageLocale } from "../model/locale.js";
import type { Severity } from "../model/violation.js";
import { isDefinedPolicy, resolvePolicy } from "../policy/define-policy.js";
import type { Brand, Policy, RuleSetting } from "../policy/schema.js";
import type { Classifier } from "./classifier.js";
import type { Rule, RuleHandlers } from "./rule.js";

/** Options of `compilePolicy`. */
export interface CompileOptions {
  /** Custom rules (the policy's `rules` may configure them by id). */
  readonly rules?: readonly Rule[];
  /** Asynchronous classifiers, used by `evaluateReplyAsync` and `evaluatePostAsync`. */
  readonly classifiers?: readonly Classifier[];
  /** Language of messages; by default each evaluation uses the language of the text it checks. */
  readonly messageLocale?: MessageLocale;
  /** Prefix of rule documentation links (default `docs/rules/`); the rule id and `.md` are appended. */
  readonly docsBaseUrl?: string;
}

/** A compiled rule, as listed by `CompiledPolicy.rules`. */
export interface CompiledRuleInfo {
  /** Rule id. */
  readonly id: string;
  /** The brand it is compiled for. */
  readonly brand: string;
  /** Its severity for that brand. */
  readonly severity: Severity;
}

/** A policy compiled for evaluation: immutable, reusable across any number of evaluations. */
export interface CompiledPolicy {
  /** The validated policy. */
  readonly policy: Policy;
  /** Every rule that is on, per brand. */
  readonly rules: readonly CompiledRuleInfo[];
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
  const custom = options.rules ?? [];
  const valid = isDefinedPolicy(policy) ? policy : resolvePolicy(policy, builtin, { rules: custom });
  // A custom rule with a built-in id replaces the built-in one: each id runs once.
  const catalogue = [...new Map([...builtin, ...custom].map((rule) => [rule.id, rule])).values()];
  const docsBase = options.docsBaseUrl ?? "docs/rules/";

  const brands = new Map<string, { brand: Brand; rules: ActiveRule[] }>();
  const infos: CompiledRuleInfo[] = [];
  for (const brand of valid.brands) {
    const active: ActiveRule[] = [];
    for (const rule of catalogue) {
      const setting = effectiveSetting(rule, valid.rules[rule.id], brand.rules[rule.id]);
      if (setting === undefined || setting.level === "off") continue;
      const severity = severityOf(setting.level);
      const docsUrl = rule.meta.docs.url ?? `${docsBase}${rule.id}.md`;
      let handlers: RuleHandlers = {};
      let setupError: unknown;
      try {
        const ruleOptions = (rule.options as z.ZodType).parse(setting.options);
        handlers = rule.create({ ruleId: rule.id, options: ruleOptions, brand, policy: valid });
      } catch (error) {
        setupError = error;
      }
      active.push({ rule, severity, handlers, setupError, docsUrl });
      infos.push({ id: rule.id, brand: brand.id, severity });
    }
    brands.set(brand.id, { brand, rules: active });
  }

  const compiled: CompiledPolicy = Object.freeze({ policy: valid, rules: Object.freeze(infos) });
  internals.set(compiled, {
    brands,
    classifiers: options.classifiers ?? [],
    messageLocale: options.messageLocale,
  });
  return compiled;
}
