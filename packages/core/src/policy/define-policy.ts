import * as z from "zod/mini";
import { didYouMean } from "../model/did-you-mean.js";
import { formatPath, type Issue, PolicyError } from "../model/errors.js";
import type { MessageLocale } from "../model/locale.js";
import { toIssues } from "../model/validate.js";
import { mergePolicyDocuments } from "./merge.js";
import type { PolicyRule } from "./policy-rule.js";
import { buildPreset, PRESET_NAMES, type PresetName } from "./presets.js";
import {
  type BrandInput,
  type OverrideInput,
  type Policy,
  PolicyDocumentSchema,
  type PolicyInput,
} from "./schema.js";

/** A rule's level as a policy writes it. */
export type RuleLevel = "off" | "warn" | "error" | "info";

/** The setting of one rule, with its options typed: a level, or a level with the rule's own options. */
export type TypedRuleSetting<Options> =
  | RuleLevel
  | { level?: RuleLevel | undefined; options?: Options | undefined };

/**
 * Rule settings by rule id, each with the options type of its rule. `Options` maps rule ids to option types:
 * with the built-in map (and the plugins' ids) a misspelt rule id or option is a compile error.
 */
export type RuleSettingsOf<Options> = { [Id in keyof Options]?: TypedRuleSetting<Options[Id]> };

/** Options by rule id when nothing is known of the rules (a policy read from a file). */
export type AnyRuleOptions = Record<string, Record<string, unknown>>;

/**
 * What a policy may extend: a preset, a name from `DefinePolicyOptions.policies`, a policy object, or a policy
 * that `definePolicy` returned.
 */
export type PolicyReference<Options = AnyRuleOptions, Names extends string = string> =
  | PresetName
  | `normas:${PresetName}`
  | Names
  | PolicyDefinition<Options, Names>
  | Policy;

/** A brand as written in code, its rule settings typed. */
export type BrandDefinition<Options = AnyRuleOptions> = Omit<BrandInput, "rules"> & {
  /** Rule settings for this brand only; they override the policy's `rules`. */
  rules?: RuleSettingsOf<Options> | undefined;
};

/** An override as written in code, its rule settings typed. */
export type OverrideDefinition<Options = AnyRuleOptions> = Omit<OverrideInput, "rules"> & {
  /** Rule settings for these files. */
  rules?: RuleSettingsOf<Options> | undefined;
};

/**
 * A policy as written in code: a policy document whose `extends` may also hold policy objects, and whose
 * `brands` may be left out when it only serves as a base for others. (`plugins`, custom rules, are added by
 * the rule layer's `definePolicy`; `resolvePolicy` takes them out of every layer.)
 * `Options` maps the known rule ids to their option types; `Names` are the named policies `extends` may use.
 *
 * @category Policy
 */
export type PolicyDefinition<Options = AnyRuleOptions, Names extends string = string> = Omit<
  PolicyInput,
  "extends" | "brands" | "rules" | "overrides"
> & {
  /** Presets or policies this one builds on, merged in order, then this one on top. */
  extends?: PolicyReference<Options, Names> | readonly PolicyReference<Options, Names>[] | undefined;
  /** The brands; required once everything is merged. */
  brands?: BrandDefinition<Options>[] | undefined;
  /** Rule settings for every brand. */
  rules?: RuleSettingsOf<Options> | undefined;
  /** Per-glob settings for the files `normas check` reads. */
  overrides?: OverrideDefinition<Options>[] | undefined;
};

/**
 * Options of `definePolicy`.
 *
 * @category Policy
 */
export interface DefinePolicyOptions<Names extends string = string> {
  /** Language of error messages (default English). */
  readonly locale?: MessageLocale;
  /**
   * Custom rules the policy may configure, besides the built-in catalogue.
   *
   * @deprecated Put custom rules in the policy's `plugins` instead: they are then given once, checked by type,
   * and reach `compilePolicy` with the policy.
   */
  readonly rules?: readonly PolicyRule[];
  /** Named policies that `extends` may refer to by name. */
  readonly policies?: Readonly<Record<Names, PolicyDefinition<AnyRuleOptions, string>>>;
}

// Policies that came out of `definePolicy`, with the plugins they were defined with.
const validated = new WeakMap<object, readonly PolicyRule[]>();

/** Whether `policy` came out of `definePolicy` (and so needs no second validation). */
export function isDefinedPolicy(policy: object): boolean {
  return validated.has(policy);
}

/** The custom rules a defined policy was given (`plugins`, and the deprecated `rules` option). */
export function pluginsOf(policy: object): readonly PolicyRule[] {
  return validated.get(policy) ?? [];
}

const say = (locale: MessageLocale, en: string, es: string): string => (locale === "es" ? es : en);

function issue(code: string, path: (string | number)[], message: string): Issue {
  return { code, path, pathText: formatPath(path), message };
}

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => typeof v === "object" && v !== null && !Array.isArray(v);

/** Takes a document's `plugins` out of it (they are code, not policy data) and keeps them in `plugins`. */
function withoutPlugins(doc: Plain, plugins: PolicyRule[]): Plain {
  if (!Object.hasOwn(doc, "plugins")) return doc;
  const { plugins: own, ...rest } = doc;
  if (Array.isArray(own)) plugins.push(...(own as PolicyRule[]));
  return rest;
}

function resolveExtends(
  input: Plain,
  options: DefinePolicyOptions,
  locale: MessageLocale,
  trail: readonly string[],
  issues: Issue[],
  plugins: PolicyRule[],
  expanded: Set<string> = new Set(),
): Plain[] {
  const doc = withoutPlugins(input, plugins);
  const raw = doc.extends;
  if (raw === undefined) return [doc];
  const refs: unknown[] = Array.isArray(raw) ? raw : [raw];
  const layers: Plain[] = [];
  refs.forEach((ref, index) => {
    const path: (string | number)[] = Array.isArray(raw) ? ["extends", index] : ["extends"];
    if (typeof ref === "string") {
      const name = ref.replace(/^normas:/, "");
      if ((PRESET_NAMES as readonly string[]).includes(name)) {
        // The preset is built once the plugins of every layer are known (a preset turns plugins on too).
        layers.push({ [PRESET_SLOT]: name });
        return;
      }
      const policies = options.policies as Readonly<Record<string, PolicyDefinition>> | undefined;
      // Own keys only: `extends: constructor` must not find Object's constructor.
      const named = policies !== undefined && Object.hasOwn(policies, ref) ? policies[ref] : undefined;
      if (named === undefined) {
        const guess = didYouMean(ref, [...PRESET_NAMES, ...Object.keys(options.policies ?? {})]);
        issues.push(
          issue(
            "unknown_extends",
            path,
            say(
              locale,
              `Unknown preset or policy "${ref}". Presets: ${PRESET_NAMES.join(", ")}.${guess === undefined ? "" : ` Did you mean "${guess}"?`}`,
              `Preset o política desconocida: "${ref}". Presets: ${PRESET_NAMES.join(", ")}.${guess === undefined ? "" : ` ¿Quería decir "${guess}"?`}`,
            ),
          ),
        );
        return;
      }
      if (trail.includes(ref)) {
        issues.push(
          issue(
            "circular_extends",
            path,
            say(locale, `"${ref}" extends itself.`, `"${ref}" se extiende a sí misma.`),
          ),
        );
        return;
      }
      // A policy named twice (a diamond: two files extending one base) is expanded once, where it is first
      // named: expanding it per reference grows exponentially with the depth of the references.
      if (expanded.has(ref)) return;
      expanded.add(ref);
      layers.push(
        ...resolveExtends(named as Plain, options, locale, [...trail, ref], issues, plugins, expanded),
      );
      return;
    }
    if (isPlain(ref)) {
      if (trail.length > 16) {
        issues.push(
          issue(
            "circular_extends",
            path,
            say(locale, "`extends` nests too deep.", "`extends` anida demasiado."),
          ),
        );
        return;
      }
      layers.push(...resolveExtends(ref, options, locale, [...trail, "(object)"], issues, plugins, expanded));
      return;
    }
    issues.push(
      issue(
        "invalid_type",
        path,
        say(
          locale,
          "Expected a preset name or a policy object.",
          "Se esperaba el nombre de un preset o una política.",
        ),
      ),
    );
  });
  const { extends: _dropped, ...own } = doc;
  return [...layers, own];
}

/**
 * Reports every own `__proto__` key (JSON.parse and YAML readers make them): copying such a key into a fresh
 * object sets its prototype instead, so the setting would vanish without a word.
 */
function findProtoKeys(
  value: unknown,
  path: (string | number)[],
  locale: MessageLocale,
  issues: Issue[],
  depth: number,
): void {
  if (depth > 32 || typeof value !== "object" || value === null) return;
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      findProtoKeys(item, [...path, index], locale, issues, depth + 1);
    });
    return;
  }
  for (const key of Object.keys(value)) {
    if (key === "__proto__") {
      issues.push(
        issue(
          "unknown_key",
          [...path, key],
          say(
            locale,
            "`__proto__` cannot be used as a key or id.",
            "`__proto__` no puede usarse como clave ni id.",
          ),
        ),
      );
      continue;
    }
    findProtoKeys((value as Plain)[key], [...path, key], locale, issues, depth + 1);
  }
}

function checkRuleSettings(
  settings: unknown,
  basePath: (string | number)[],
  catalogue: ReadonlyMap<string, PolicyRule>,
  locale: MessageLocale,
  issues: Issue[],
): void {
  // Read from the merged document, not from the parsed policy, so that rule problems are reported in the
  // same pass as every other problem; a malformed setting is the schema's to report.
  if (!isPlain(settings)) return;
  for (const [ruleId, raw] of Object.entries(settings)) {
    const rule = catalogue.get(ruleId);
    const path = [...basePath, ruleId];
    if (rule === undefined) {
      const guess = didYouMean(ruleId, catalogue.keys());
      issues.push(
        issue(
          "unknown_rule",
          path,
          say(
            locale,
            `Unknown rule "${ruleId}".${guess === undefined ? "" : ` Did you mean "${guess}"?`}`,
            `Regla desconocida: "${ruleId}".${guess === undefined ? "" : ` ¿Quería decir "${guess}"?`}`,
          ),
        ),
      );
      continue;
    }
    if (!isPlain(raw) || raw.options === undefined || !isPlain(raw.options)) continue;
    const setting = raw as { options: Record<string, unknown> };
    const parsed = z.safeParse(rule.options, setting.options);
    if (!parsed.success)
      issues.push(...prefixIssues(toIssues(parsed.error, locale, setting.options), [...path, "options"]));
  }
}

function prefixIssues(list: readonly Issue[], prefix: (string | number)[]): Issue[] {
  return list.map((i) => {
    const path = [...prefix, ...i.path];
    return { ...i, path, pathText: formatPath(path) };
  });
}

const PRESET_SLOT = "\u0000preset";

/** Replaces the preset placeholders of the layers by the presets, built over the whole catalogue. */
function fillPresets(layers: readonly Plain[], catalogue: readonly PolicyRule[]): Plain[] {
  return layers.map((layer) =>
    Object.hasOwn(layer, PRESET_SLOT)
      ? { rules: buildPreset(layer[PRESET_SLOT] as PresetName, catalogue).rules }
      : layer,
  );
}

function checkBrands(
  merged: Plain,
  catalogue: ReadonlyMap<string, PolicyRule>,
  locale: MessageLocale,
  issues: Issue[],
): void {
  if (!Array.isArray(merged.brands)) return;
  const declared = Array.isArray(merged.crisisProtocols) ? (merged.crisisProtocols as unknown[]) : [];
  const seen = new Map<unknown, number>();
  merged.brands.forEach((brand: unknown, index) => {
    if (!isPlain(brand)) return;
    const first = seen.get(brand.id);
    if (typeof brand.id === "string" && first !== undefined) {
      issues.push(
        issue(
          "duplicate_id",
          ["brands", index, "id"],
          say(
            locale,
            `Brand id "${brand.id}" is already used by brands[${first}].`,
            `El id de marca "${brand.id}" ya lo usa brands[${first}].`,
          ),
        ),
      );
    } else seen.set(brand.id, index);
    const protocol = brand.crisisProtocol;
    if (typeof protocol === "string" && protocol !== "standard" && !declared.includes(protocol)) {
      issues.push(
        issue(
          "unknown_protocol",
          ["brands", index, "crisisProtocol"],
          say(
            locale,
            `Unknown crisis protocol "${protocol}": use "standard" or list it in crisisProtocols.`,
            `Protocolo de crisis desconocido "${protocol}": use "standard" o añádalo a crisisProtocols.`,
          ),
        ),
      );
    }
    checkRuleSettings(brand.rules, ["brands", index, "rules"], catalogue, locale, issues);
  });
}

/**
 * Validates a policy against a rule catalogue, resolves its `extends` and applies every default (the engine of
 * the public `definePolicy`, which passes the built-in catalogue). The result is plain JSON data. Every problem
 * is found in one pass: unknown presets, schema errors, unknown rules and their options, duplicate brands.
 *
 * @throws {@link PolicyError} listing every problem with its path and a message.
 */
export function resolvePolicy(
  input: PolicyDefinition,
  builtin: readonly PolicyRule[],
  options: DefinePolicyOptions = {},
): Policy {
  const locale = options.locale ?? "en";
  const issues: Issue[] = [];
  if (!isPlain(input)) {
    throw new PolicyError([
      issue(
        "invalid_type",
        [],
        say(locale, "A policy must be an object.", "Una política debe ser un objeto."),
      ),
    ]);
  }
  const plugins: PolicyRule[] = [...(options.rules ?? [])];
  const layers = resolveExtends(input, options, locale, [], issues, plugins);
  for (const layer of layers) findProtoKeys(layer, [], locale, issues, 0);
  // A plugin with a built-in id replaces the built-in rule.
  const known = [...new Map([...builtin, ...plugins].map((rule) => [rule.id, rule])).values()];
  const merged = mergePolicyDocuments(fillPresets(layers, known));

  const catalogue = new Map<string, PolicyRule>();
  for (const rule of known) catalogue.set(rule.id, rule);

  const parsed = PolicyDocumentSchema.safeParse(merged);
  if (!parsed.success) issues.push(...toIssues(parsed.error, locale, merged));
  checkBrands(merged, catalogue, locale, issues);
  checkRuleSettings(merged.rules, ["rules"], catalogue, locale, issues);

  if (issues.length > 0 || !parsed.success) throw new PolicyError(dedupe(issues));
  const policy = parsed.data;
  validated.set(policy, plugins);
  return policy;
}

/** One issue per path and code (the schema and the rule checks may both see a bad rule setting). */
function dedupe(issues: readonly Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.code}\u0000${i.pathText}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
