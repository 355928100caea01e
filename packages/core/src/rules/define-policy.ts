import type { AnyRule, RuleIdOf, RuleOptionsInput } from "../engine/rule.js";
import { type DefinePolicyOptions, type PolicyDefinition, resolvePolicy } from "../policy/define-policy.js";
import type { Policy } from "../policy/schema.js";
import { type BuiltinRuleOptions, builtinRules } from "./catalogue.js";

/** The options of each plugin rule, by its id. */
export type PluginRuleOptions<Plugins extends readonly AnyRule[]> = {
  [R in Plugins[number] as RuleIdOf<R>]: RuleOptionsInput<R>;
};

/** Every rule a policy may configure: the built-in ones and its plugins, each with its options type. */
export type KnownRuleOptions<Plugins extends readonly AnyRule[] = readonly []> = Omit<
  BuiltinRuleOptions,
  RuleIdOf<Plugins[number]>
> &
  PluginRuleOptions<Plugins>;

/**
 * A policy written in code against the built-in rules and the given plugins (see `definePolicy`).
 *
 * @category Policy
 */
export type NormasPolicyDefinition<
  Plugins extends readonly AnyRule[] = readonly [],
  Names extends string = never,
> = PolicyDefinition<KnownRuleOptions<Plugins>, Names> & {
  /** Custom rules this policy configures, given once: the defined policy carries them to `compilePolicy`. */
  plugins?: Plugins | undefined;
};

/** Options of the deprecated call `definePolicy(input, { rules })`. */
export type LegacyDefinePolicyOptions = Omit<DefinePolicyOptions, "rules"> & {
  /**
   * Custom rules.
   *
   * @deprecated Put them in the policy's `plugins`.
   */
  readonly rules: readonly AnyRule[];
};

/**
 * Validates a policy, resolves its `extends` and applies every default. The result is plain JSON data.
 *
 * Rule ids, their options, preset names and brand locales are checked by type (`extends: "recomended"`,
 * `locale: "es_ES"` or `"voice/formalty": "error"` do not compile), and again at run time, where every problem
 * of the policy is reported at once, with a "did you mean" for misspelt rule ids, presets and locales. Custom
 * rules come in `plugins`, once: the result carries them to `compilePolicy`.
 *
 * Merge order: each `extends` entry in order (presets, named policies, policy objects, recursively), then the
 * policy itself. Later wins for single values; `brands` merge by id; every other list is a union.
 *
 * @throws {@link PolicyError} listing every problem with its path (`brands[0].locale`) and a message.
 *
 * @example
 * ```ts
 * import { definePolicy } from "@normas/core";
 *
 * const policy = definePolicy({
 *   extends: "recommended",
 *   roles: { agent: { may: [] }, supervisor: { may: ["refund"] } },
 *   rules: { "voice/emoji": { level: "warn", options: { checkQuotes: true } } },
 *   brands: [
 *     { id: "acme-es", name: "Acme España", locale: "es-ES", voice: { address: "usted" } },
 *     { id: "acme-uk", name: "Acme UK", locale: "en-GB", voice: { register: "formal" } },
 *   ],
 * });
 * ```
 *
 * @category Policy
 */
export function definePolicy<
  const Plugins extends readonly AnyRule[] = readonly [],
  Names extends string = never,
>(input: NormasPolicyDefinition<Plugins, NoInfer<Names>>, options?: DefinePolicyOptions<Names>): Policy;
/**
 * Validates a policy with custom rules given beside it.
 *
 * @deprecated Put the custom rules in the policy's `plugins` (`definePolicy({ ..., plugins: [rule] })`): they
 * are then checked by type and carried to `compilePolicy`, which no longer needs them again.
 */
export function definePolicy(input: PolicyDefinition, options: LegacyDefinePolicyOptions): Policy;
export function definePolicy(input: object, options: object = {}): Policy {
  return resolvePolicy(input as PolicyDefinition, builtinRules, options as DefinePolicyOptions);
}
