import type { Override, Policy, RuleSetting } from "../policy/schema.js";
import { matchGlob } from "./glob.js";

/** What the policy's `overrides` say about one file. */
export interface FileOverrides {
  /** Indexes of the overrides that apply, in order. */
  readonly matched: readonly number[];
  /** Brand of the file's texts, when an override names one. */
  readonly brand?: string;
  /** Channel of the file's texts. */
  readonly channel?: string;
  /** Kind of the file's texts. */
  readonly kind?: Override["kind"];
  /** Rule settings of the matching overrides, merged in order (later wins), when any has some. */
  readonly rules?: Readonly<Record<string, RuleSetting>>;
}

const asList = (files: string | readonly string[]): readonly string[] =>
  typeof files === "string" ? [files] : files;

/**
 * The overrides of `policy` that apply to `file` (a path relative to the policy file's folder, with `/`
 * between folders), merged in order: later overrides win, rule settings merge rule by rule.
 *
 * @example
 * ```ts
 * const { brand } = overridesFor(policy, "drafts/es/launch.md"); // "acme-es"
 * ```
 */
export function overridesFor(policy: Policy, file: string): FileOverrides {
  const matched: number[] = [];
  let brand: string | undefined;
  let channel: string | undefined;
  let kind: Override["kind"] | undefined;
  let rules: Record<string, RuleSetting> | undefined;
  (policy.overrides ?? []).forEach((o, index) => {
    if (!asList(o.files).some((glob) => matchGlob(glob, file))) return;
    if ((o.ignores ?? []).some((glob) => matchGlob(glob, file))) return;
    matched.push(index);
    if (o.brand !== undefined) brand = o.brand;
    if (o.channel !== undefined) channel = o.channel;
    if (o.kind !== undefined) kind = o.kind;
    if (o.rules !== undefined) {
      rules ??= {};
      for (const [id, setting] of Object.entries(o.rules)) {
        const before = rules[id];
        const merged =
          before === undefined || typeof setting === "string" || typeof before === "string"
            ? setting
            : {
                ...before,
                ...setting,
                ...(before.options !== undefined || setting.options !== undefined
                  ? { options: { ...before.options, ...setting.options } }
                  : {}),
              };
        Object.defineProperty(rules, id, {
          value: merged,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
    }
  });
  return {
    matched,
    ...(brand === undefined ? {} : { brand }),
    ...(channel === undefined ? {} : { channel }),
    ...(kind === undefined ? {} : { kind }),
    ...(rules === undefined ? {} : { rules }),
  };
}

/**
 * The policy with `rules` applied on top of the policy's and every brand's own settings: what a file matched by
 * overrides with `rules` is checked against (pass it to `compilePolicy`).
 */
export function withRuleOverrides(policy: Policy, rules: Readonly<Record<string, RuleSetting>>): Policy {
  const layer = (base: Readonly<Record<string, RuleSetting>>): Record<string, RuleSetting> => {
    const out: Record<string, RuleSetting> = {};
    for (const [id, s] of [...Object.entries(base), ...Object.entries(rules)]) {
      Object.defineProperty(out, id, { value: s, enumerable: true, writable: true, configurable: true });
    }
    return out;
  };
  return {
    ...policy,
    rules: layer(policy.rules),
    brands: policy.brands.map((b) => ({ ...b, rules: layer(b.rules) })),
  };
}
