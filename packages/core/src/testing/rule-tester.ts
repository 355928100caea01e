// A public RuleTester, after ESLint's: valid and invalid texts per language for one rule, each checked alone
// against a small test policy, with the message id, span, excerpt and fix output it must give. It runs in any
// test framework (pass its `describe` and `it`) or none (each case runs at once and throws on a mismatch).

import { evaluatePost, evaluateReply } from "../engine/evaluate.js";
import { applyFixes } from "../engine/fix.js";
import type { AnyRule, RuleOptionsInput } from "../engine/rule.js";
import type { Lang } from "../lang/index.js";
import type { Span, Verdict, Violation } from "../model/violation.js";
import type { PolicyDefinition } from "../policy/define-policy.js";
import { compilePolicy } from "../rules/compile-policy.js";
import { definePolicy } from "../rules/define-policy.js";

/** What a rule is checked on. */
export type RuleTestTarget = "reply" | "post";

/** One text to check, with what it is checked as. */
export interface RuleTestCase<R extends AnyRule = AnyRule> {
  /** The text. */
  readonly text: string;
  /** Its language: picks the tester's brand in that language (default `es`). */
  readonly lang?: Lang;
  /** A brand id of the tester's policy (overrides `lang`). */
  readonly brand?: string;
  /** Check it as a reply (default) or as a post. */
  readonly target?: RuleTestTarget;
  /** The comment a reply answers. */
  readonly inReplyTo?: string;
  /** Roles of the author (default `["agent"]`). */
  readonly roles?: readonly string[];
  /** Initials of the author (default `AG`). */
  readonly initials?: string;
  /** The rule's options for this case. */
  readonly options?: RuleOptionsInput<R>;
  /** A name for the test (default: the text). */
  readonly name?: string;
}

/** A report an invalid case expects; every field given must match, in report order. */
export interface ExpectedReport {
  /** The message id. */
  readonly messageId: string;
  /** Where, in UTF-16 offsets of the text. */
  readonly span?: Span;
  /** The reported text. */
  readonly excerpt?: string;
  /** The severity. */
  readonly severity?: Violation["severity"];
}

/** A text the rule must report. */
export interface InvalidRuleTestCase<R extends AnyRule = AnyRule> extends RuleTestCase<R> {
  /** The reports, in order: each one a message id or the fields to match; or just how many. */
  readonly errors: number | readonly (string | ExpectedReport)[];
  /**
   * The text after applying the first suggestion of each report (`applyFixes` with `safeOnly: false`); the text
   * itself when the reports carry no fix. Left out, the fixes are not checked.
   */
  readonly output?: string;
}

/** The cases of one rule. */
export interface RuleTests<R extends AnyRule = AnyRule> {
  /** Texts the rule must not report: a text (checked as a Spanish reply) or a case. */
  readonly valid: readonly (string | RuleTestCase<R>)[];
  /** Texts the rule must report. */
  readonly invalid: readonly InvalidRuleTestCase<R>[];
}

/** The `describe` of a test framework. */
export type DescribeFunction = (name: string, body: () => void) => void;
/** The `it` of a test framework. */
export type ItFunction = (name: string, body: () => void) => void;

/** Options of a `RuleTester`. */
export interface RuleTesterOptions {
  /**
   * The test policy's brands, roles and channels (its `rules` are ignored: the rule under test is the only one
   * on). Default: `tester-es` (`es-ES`, usted, formal) and `tester-en` (`en-GB`, formal), roles `agent` and
   * `supervisor`.
   */
  readonly policy?: PolicyDefinition;
  /** The brand of each language, for cases that give `lang` (default `tester-es`, `tester-en`). */
  readonly brands?: Readonly<Partial<Record<Lang, string>>>;
  /** Your framework's `describe` (default: runs the body at once). */
  readonly describe?: DescribeFunction;
  /** Your framework's `it` (default: runs the body at once; a mismatch throws a `RuleTesterError`). */
  readonly it?: ItFunction;
}

/** A case whose verdict is not what it expects: `expected` and `actual` are plain data, for a diff. */
export class RuleTesterError extends Error {
  /** What the case expected. */
  readonly expected: unknown;
  /** What the rule gave. */
  readonly actual: unknown;

  constructor(message: string, expected: unknown, actual: unknown) {
    super(message);
    // Named as test runners name failed assertions, so that they print the diff of expected and actual.
    this.name = "AssertionError";
    this.expected = expected;
    this.actual = actual;
  }
}

const DEFAULT_POLICY: PolicyDefinition = {
  roles: {
    agent: { name: "Agent", may: [] },
    supervisor: { name: "Supervisor", may: ["refund", "compensation", "discount", "delivery-date"] },
  },
  brands: [
    {
      id: "tester-es",
      name: "Tester España",
      locale: "es-ES",
      voice: { address: "usted", register: "formal" },
    },
    { id: "tester-en", name: "Tester UK", locale: "en-GB", voice: { register: "formal" } },
  ],
};

const runAtOnce = (_name: string, body: () => void): void => body();

/**
 * Tests one rule, built-in or custom, on valid and invalid texts.
 *
 * @example
 * ```ts
 * import { describe, it } from "vitest";
 * import { RuleTester } from "@normas/core/testing";
 * import { noAllCaps } from "./no-all-caps.js";
 *
 * new RuleTester({ describe, it }).run(noAllCaps, {
 *   valid: ["Gracias por escribirnos.", { text: "Thanks for writing.", lang: "en" }],
 *   invalid: [{ text: "NO ME GRITE USTED A MÍ", errors: ["caps"] }],
 * });
 * ```
 */
export class RuleTester {
  readonly #options: RuleTesterOptions;

  constructor(options: RuleTesterOptions = {}) {
    this.#options = options;
  }

  /** Declares one test per case (through `describe`/`it` when given) and checks each. */
  run<R extends AnyRule>(rule: R, tests: RuleTests<R>): void {
    const describe = this.#options.describe ?? runAtOnce;
    const it = this.#options.it ?? runAtOnce;
    describe(rule.id, () => {
      describe("valid", () => {
        for (const raw of tests.valid) {
          const c: RuleTestCase<R> = typeof raw === "string" ? { text: raw } : raw;
          it(c.name ?? c.text, () => this.#checkValid(rule, c));
        }
      });
      describe("invalid", () => {
        for (const c of tests.invalid) it(c.name ?? c.text, () => this.#checkInvalid(rule, c));
      });
    });
  }

  #verdict<R extends AnyRule>(rule: R, c: RuleTestCase<R>): Verdict {
    const level = rule.meta.defaultSeverity === "warning" ? "warn" : rule.meta.defaultSeverity;
    const base = this.#options.policy ?? DEFAULT_POLICY;
    const policy = definePolicy({
      ...(base as object),
      rules: { [rule.id]: c.options === undefined ? level : { level, options: c.options } },
      plugins: [rule],
    } as never);
    const compiled = compilePolicy(policy);
    const lang = c.lang ?? "es";
    const brand = c.brand ?? this.#options.brands?.[lang] ?? `tester-${lang}`;
    const author = { id: "tester", roles: [...(c.roles ?? ["agent"])], initials: c.initials ?? "AG" };
    const verdict =
      c.target === "post"
        ? evaluatePost(compiled, { brand, author, text: c.text })
        : evaluateReply(compiled, {
            brand,
            author,
            text: c.text,
            ...(c.inReplyTo === undefined ? {} : { inReplyTo: { text: c.inReplyTo } }),
          });
    const internal = verdict.violations.find((v) => v.ruleId === "internal");
    if (internal !== undefined) {
      throw new RuleTesterError(
        `${rule.id} failed on "${c.text}": ${internal.message}`,
        [],
        [summary(internal)],
      );
    }
    return verdict;
  }

  #checkValid<R extends AnyRule>(rule: R, c: RuleTestCase<R>): void {
    const found = this.#verdict(rule, c).violations.filter((v) => v.ruleId === rule.id);
    if (found.length > 0) {
      throw new RuleTesterError(
        `${rule.id} should not report "${c.text}", but reported ${found.map((v) => v.messageId).join(", ")}.`,
        [],
        found.map(summary),
      );
    }
  }

  #checkInvalid<R extends AnyRule>(rule: R, c: InvalidRuleTestCase<R>): void {
    const found = this.#verdict(rule, c).violations.filter((v) => v.ruleId === rule.id);
    const expected =
      typeof c.errors === "number"
        ? undefined
        : c.errors.map((e) => (typeof e === "string" ? { messageId: e } : e));
    const count = expected?.length ?? (c.errors as number);
    if (found.length !== count) {
      throw new RuleTesterError(
        `${rule.id} should report "${c.text}" ${count} time(s), but reported it ${found.length} time(s).`,
        expected ?? count,
        found.map(summary),
      );
    }
    expected?.forEach((want, i) => {
      const got = found[i] as Violation;
      const actual = summary(got);
      const mismatch =
        got.messageId !== want.messageId ||
        (want.severity !== undefined && got.severity !== want.severity) ||
        (want.excerpt !== undefined && got.excerpt !== want.excerpt) ||
        (want.span !== undefined && (got.span?.start !== want.span.start || got.span?.end !== want.span.end));
      if (mismatch) {
        throw new RuleTesterError(
          `${rule.id}, report ${i + 1} of "${c.text}" is not the expected one.`,
          want,
          actual,
        );
      }
    });
    if (c.output !== undefined) {
      const output = applyFixes(c.text, found, { safeOnly: false }).text;
      if (output !== c.output) {
        throw new RuleTesterError(
          `${rule.id}: the fixes of "${c.text}" give another text.`,
          c.output,
          output,
        );
      }
    }
  }
}

function summary(v: Violation): Record<string, unknown> {
  return {
    messageId: v.messageId,
    severity: v.severity,
    ...(v.span === undefined ? {} : { span: { start: v.span.start, end: v.span.end } }),
    ...(v.excerpt === undefined ? {} : { excerpt: v.excerpt }),
    message: v.message,
  };
}
