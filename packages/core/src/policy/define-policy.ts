import type * as z from "zod";
import { formatPath, type Issue, PolicyError } from "../model/errors.js";
import type { MessageLocale } from "../model/locale.js";
import { toIssues } from "../model/validate.js";
import { mergePolicyDocuments } from "./merge.js";
import type { PolicyRule } from "./policy-rule.js";
import { buildPreset, PRESET_NAMES, type PresetName } from "./presets.js";
import { type Policy, PolicyDocumentSchema, type PolicyInput, type RuleSetting } from "./schema.js";

/** What a policy may extend: a preset name, a name from `DefinePolicyOptions.policies`, or a policy object. */
export type PolicyReference = string | PolicyDefinition;

/**
 * A policy as written in code: a policy document whose `extends` may also hold policy objects, and whose
 * `brands` may be left out when it only serves as a base for others.
 */
export type PolicyDefinition = Omit<PolicyInput, "extends" | "brands"> & {
  /** Presets or policies this one builds on, merged in order, then this one on top. */
  extends?: PolicyReference | readonly PolicyReference[] | undefined;
  /** The brands; required once everything is merged. */
  brands?: PolicyInput["brands"] | undefined;
};

/** Options of `definePolicy`. */
export interface DefinePolicyOptions<R extends PolicyRule = PolicyRule> {
  /** Language of error messages (default English). */
  readonly locale?: MessageLocale;
  /** Custom rules the policy may configure, besides the built-in catalogue. */
  readonly rules?: readonly R[];
  /** Named policies that `extends` may refer to by name. */
  readonly policies?: Readonly<Record<string, PolicyDefinition>>;
}

const validated = new WeakSet<object>();

/** Whether `policy` came out of `definePolicy` (and so needs no second validation). */
export function isDefinedPolicy(policy: object): boolean {
  return validated.has(policy);
}

const say = (locale: MessageLocale, en: string, es: string): string => (locale === "es" ? es : en);

function issue(code: string, path: (string | number)[], message: string): Issue {
  return { code, path, pathText: formatPath(path), message };
}

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => typeof v === "object" && v !== null && !Array.isArray(v);

function resolveExtends(
  doc: Plain,
  catalogue: readonly PolicyRule[],
  options: DefinePolicyOptions,
  locale: MessageLocale,
  trail: readonly string[],
  issues: Issue[],
  expanded: Set<string> = new Set(),
): Plain[] {
  const raw = doc.extends;
  if (raw === undefined) return [doc];
  const refs: unknown[] = Array.isArray(raw) ? raw : [raw];
  const layers: Plain[] = [];
  refs.forEach((ref, index) => {
    const path: (string | number)[] = Array.isArray(raw) ? ["extends", index] : ["extends"];
    if (typeof ref === "string") {
      const name = ref.replace(/^normas:/, "");
      if ((PRESET_NAMES as readonly string[]).includes(name)) {
        layers.push({
          rules: buildPreset(name as PresetName, catalogue).rules,
        });
        return;
      }
      const policies = options.policies;
      // Own keys only: `extends: constructor` must not find Object's constructor.
      const named = policies !== undefined && Object.hasOwn(policies, ref) ? policies[ref] : undefined;
      if (named === undefined) {
        issues.push(
          issue(
            "unknown_extends",
            path,
            say(
              locale,
              `Unknown preset or policy "${ref}". Presets: ${PRESET_NAMES.join(", ")}.`,
              `Preset o política desconocida: "${ref}". Presets: ${PRESET_NAMES.join(", ")}.`,
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
        ...resolveExtends(named as Plain, catalogue, options, locale, [...trail, ref], issues, expanded),
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
      layers.push(
        ...resolveExtends(ref, catalogue, options, locale, [...trail, "(object)"], issues, expanded),
      );
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
  settings: Readonly<Record<string, RuleSetting>>,
  basePath: (string | number)[],
  catalogue: ReadonlyMap<string, PolicyRule>,
  locale: MessageLocale,
  issues: Issue[],
): void {
  for (const [ruleId, setting] of Object.entries(settings)) {
    const rule = catalogue.get(ruleId);
    const path = [...basePath, ruleId];
    if (rule === undefined) {
      issues.push(
        issue(
          "unknown_rule",
          path,
          say(locale, `Unknown rule "${ruleId}".`, `Regla desconocida: "${ruleId}".`),
        ),
      );
      continue;
    }
    if (typeof setting === "string" || setting.options === undefined) continue;
    const parsed = rule.options.safeParse(setting.options);
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

/**
 * Validates a policy against a rule catalogue, resolves its `extends` and applies every default (the engine of
 * the public `definePolicy`, which passes the built-in catalogue). The result is plain JSON data.
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
  const known = [...builtin, ...(options.rules ?? [])];
  const layers = resolveExtends(input, known, options, locale, [], issues);
  for (const layer of layers) findProtoKeys(layer, [], locale, issues, 0);
  if (issues.length > 0) throw new PolicyError(issues);
  const merged = mergePolicyDocuments(layers);

  const parsed = PolicyDocumentSchema.safeParse(merged);
  if (!parsed.success) throw new PolicyError(toIssues(parsed.error as z.ZodError, locale, merged));
  const policy = parsed.data;

  const catalogue = new Map<string, PolicyRule>();
  for (const rule of known) catalogue.set(rule.id, rule);

  const seen = new Map<string, number>();
  policy.brands.forEach((brand, index) => {
    const first = seen.get(brand.id);
    if (first !== undefined) {
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
    const known =
      brand.crisisProtocol === "standard" || policy.crisisProtocols.includes(brand.crisisProtocol);
    if (!known) {
      issues.push(
        issue(
          "unknown_protocol",
          ["brands", index, "crisisProtocol"],
          say(
            locale,
            `Unknown crisis protocol "${brand.crisisProtocol}": use "standard" or list it in crisisProtocols.`,
            `Protocolo de crisis desconocido "${brand.crisisProtocol}": use "standard" o añádalo a crisisProtocols.`,
          ),
        ),
      );
    }
    checkRuleSettings(brand.rules, ["brands", index, "rules"], catalogue, locale, issues);
  });
  checkRuleSettings(policy.rules, ["rules"], catalogue, locale, issues);

  if (issues.length > 0) throw new PolicyError(issues);
  validated.add(policy);
  return policy;
}
