import * as z from "zod/mini";
import { analysisOf } from "../lang/index.js";
import { formatPath, InputError } from "../model/errors.js";
import { type MessageLocale, messageLocaleOf } from "../model/locale.js";
import { toIssues } from "../model/validate.js";
import type { Verdict, Violation } from "../model/violation.js";
import type { Brand } from "../policy/schema.js";
import { createTextView, type TextView } from "../text/text-view.js";
import { type ActiveRule, type CompiledPolicy, internalsOf } from "./compile.js";
import {
  type ParsedPostInput,
  type ParsedReplyInput,
  type PostInput,
  PostInputSchema,
  type ReplyInput,
  ReplyInputSchema,
} from "./input.js";
import { compareViolations, ruleFailure, toViolation } from "./report.js";
import type { PostRuleContext, ReplyRuleContext, RuleContextBase, RuleTarget } from "./rule.js";
import type { EvaluationServices } from "./services.js";

/** @internal Everything one evaluation needs once its input is validated. */
export interface Prepared<Input> {
  readonly input: Input;
  readonly brand: Brand;
  readonly rules: readonly ActiveRule[];
  readonly text: TextView;
  readonly locale: string;
  readonly lang: MessageLocale;
  readonly messageLocale: MessageLocale;
}

/** @internal Validates an input and finds its brand; throws `InputError` with paths on bad input. */
export function prepare<S extends z.core.$ZodType>(
  compiled: CompiledPolicy,
  schema: S,
  raw: unknown,
  textOf: (input: z.output<S>) => string,
  localeOf: (input: z.output<S>, brand: Brand) => string,
): Prepared<z.output<S>> {
  const internals = internalsOf(compiled);
  const errorLocale = internals.messageLocale ?? "en";
  const parsed = z.safeParse(schema, raw);
  if (!parsed.success) throw new InputError(toIssues(parsed.error, errorLocale, raw));
  const input = parsed.data as z.output<S> & { brand: string };
  const entry = internals.brands.get(input.brand);
  if (entry === undefined) {
    const known = [...internals.brands.keys()].join(", ");
    throw new InputError([
      {
        code: "unknown_brand",
        path: ["brand"],
        pathText: formatPath(["brand"]),
        message:
          errorLocale === "es"
            ? `La marca "${input.brand}" no está en la política (marcas: ${known}).`
            : `Brand "${input.brand}" is not in the policy (brands: ${known}).`,
      },
    ]);
  }
  const locale = localeOf(input, entry.brand);
  const lang = messageLocaleOf(locale);
  return {
    input,
    brand: entry.brand,
    rules: entry.rules,
    text: createTextView(textOf(input)),
    locale,
    lang,
    messageLocale: internals.messageLocale ?? lang,
  };
}

/** A context under construction: `runRules` hands `extend` a fresh base object, completed in place. */
/** @internal A context under construction. */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * @internal Runs every active rule that has a check for `target`; a throwing rule becomes an `internal` violation.
 * One context serves every rule of the evaluation (checks are synchronous), so `report` credits the rule running.
 */
export function runRules<Ctx extends RuleContextBase>(
  compiled: CompiledPolicy,
  prepared: Prepared<unknown>,
  target: RuleTarget,
  services: EvaluationServices,
  /** Completes the fresh base context (in place, cheaper than a copy) into the target's context. */
  extend: (base: RuleContextBase) => Ctx,
  /**
   * Values the caller computes for `shared` keys, on first request: `evaluateModeration` provides the comment's
   * classification this way, so the moderation rules (and the bundles that compile them) carry no classifier.
   */
  provided?: ReadonlyMap<string, () => unknown>,
): Violation[] {
  const violations: Violation[] = [];
  const memo = new Map<string, unknown>();
  const source = prepared.text.source;
  let current: ActiveRule | undefined;
  const context = extend({
    text: prepared.text,
    brand: prepared.brand,
    policy: compiled.policy,
    lang: prepared.lang,
    locale: prepared.locale,
    services,
    analysis() {
      return analysisOf(prepared.text, prepared.lang);
    },
    shared<T>(key: string, compute: () => T): T {
      if (memo.has(key)) return memo.get(key) as T;
      const value = (provided?.get(key) ?? compute)() as T;
      memo.set(key, value);
      return value;
    },
    report(descriptor) {
      if (current === undefined) return; // a check that kept its context and reports later is ignored
      violations.push(
        toViolation(
          current.rule,
          current.severity,
          current.docsUrl,
          descriptor,
          source,
          prepared.messageLocale,
        ),
      );
    },
  });
  for (const active of prepared.rules) {
    if (active.setupError !== undefined) {
      violations.push(ruleFailure(active.rule.id, active.setupError, prepared.messageLocale));
      continue;
    }
    const check = active.handlers[target] as ((ctx: Ctx) => void) | undefined;
    if (check === undefined) continue;
    current = active;
    try {
      check(context);
    } catch (error) {
      violations.push(ruleFailure(active.rule.id, error, prepared.messageLocale));
    }
  }
  current = undefined;
  return violations;
}

/** @internal Builds the verdict: violations ordered by position, `ok` false when any is an error. */
export function toVerdict(violations: Violation[]): Verdict {
  violations.sort(compareViolations);
  let errorCount = 0;
  let warningCount = 0;
  for (const v of violations) {
    if (v.severity === "error") errorCount++;
    else if (v.severity === "warning") warningCount++;
  }
  return { ok: errorCount === 0, violations, errorCount, warningCount };
}

/** @internal */
export function prepareReply(compiled: CompiledPolicy, input: ReplyInput): Prepared<ParsedReplyInput> {
  return prepare(
    compiled,
    ReplyInputSchema,
    input,
    (i) => i.text,
    (i, brand) => i.locale ?? brand.locale,
  );
}

/** @internal */
export function preparePost(compiled: CompiledPolicy, input: PostInput): Prepared<ParsedPostInput> {
  return prepare(
    compiled,
    PostInputSchema,
    input,
    (i) => i.text,
    (i, brand) => i.locale ?? brand.locale,
  );
}

/**
 * Checks a reply to a community comment against the brand's rules.
 *
 * @param compiled - from `compilePolicy`.
 * @param input - brand, author, text and (optionally) the comment answered, channel, locale, crisis state.
 * @param services - runtime services such as the brand's source index.
 * @returns a plain, serialisable verdict; `ok` is false when any violation is an error.
 * @throws {@link InputError} when the input is malformed or names an unknown brand.
 *
 * @example
 * ```ts
 * const verdict = evaluateReply(compiled, {
 *   brand: "acme-es",
 *   author: { id: "ana", roles: ["agent"], initials: "AG" },
 *   inReplyTo: { text: "Mi pedido lleva dos semanas de retraso. Vergonzoso." },
 *   text: "Lamentamos el retraso. ¿Puede escribirnos por mensaje privado con su número de pedido? ^AG",
 * });
 * if (!verdict.ok) for (const v of verdict.violations) console.log(v.ruleId, v.message, v.span);
 * ```
 *
 * @category Evaluation
 */
export function evaluateReply(
  compiled: CompiledPolicy,
  input: ReplyInput,
  services: EvaluationServices = {},
): Verdict {
  return toVerdict(replyViolations(compiled, prepareReply(compiled, input), services));
}

/** @internal */
export function replyViolations(
  compiled: CompiledPolicy,
  prepared: Prepared<ParsedReplyInput>,
  services: EvaluationServices,
): Violation[] {
  const inReplyTo =
    prepared.input.inReplyTo === undefined ? undefined : createTextView(prepared.input.inReplyTo.text);
  return runRules<ReplyRuleContext>(compiled, prepared, "reply", services, (base) => {
    const context = base as Mutable<ReplyRuleContext>;
    context.input = prepared.input;
    context.inReplyTo = inReplyTo;
    return context;
  });
}

/**
 * Checks a brand post (organic, scheduled, promotional or a profile update) against the brand's rules.
 *
 * @throws {@link InputError} when the input is malformed or names an unknown brand.
 *
 * @example
 * ```ts
 * const verdict = evaluatePost(compiled, {
 *   brand: "acme-uk",
 *   author: { id: "sam", roles: ["agent"] },
 *   kind: "promotional",
 *   text: "Our spring sale starts today!",
 * });
 * ```
 *
 * @category Evaluation
 */
export function evaluatePost(
  compiled: CompiledPolicy,
  input: PostInput,
  services: EvaluationServices = {},
): Verdict {
  return toVerdict(postViolations(compiled, preparePost(compiled, input), services));
}

/** @internal */
export function postViolations(
  compiled: CompiledPolicy,
  prepared: Prepared<ParsedPostInput>,
  services: EvaluationServices,
): Violation[] {
  return runRules<PostRuleContext>(compiled, prepared, "post", services, (base) => {
    const context = base as Mutable<PostRuleContext>;
    context.input = prepared.input;
    return context;
  });
}
