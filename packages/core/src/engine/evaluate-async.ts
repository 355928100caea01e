import type { MessageLocale } from "../model/locale.js";
import type { Verdict, Violation } from "../model/violation.js";
import type { Classifier, ClassifierResult } from "./classifier.js";
import { type CompiledPolicy, internalsOf } from "./compile.js";
import {
  type Prepared,
  postViolations,
  preparePost,
  prepareReply,
  replyViolations,
  toVerdict,
} from "./evaluate.js";
import type { PostInput, ReplyInput } from "./input.js";
import { internalRule, toViolation } from "./report.js";
import type { RuleTarget } from "./rule.js";
import type { EvaluationServices } from "./services.js";

const genericMessages = {
  en: "The {classifier} classifier flags this text as {label} ({score}).",
  es: "El clasificador {classifier} marca este texto como {label} ({score}).",
};

type Outcome =
  | { ok: true; result: ClassifierResult }
  | { ok: false; reason: "timeout" | "error"; detail: string };

async function callWithTimeout(
  classifier: Classifier,
  prepared: Prepared<{ brand: string }>,
  target: RuleTarget,
) {
  const controller = new AbortController();
  const timeoutMs = classifier.timeoutMs ?? 1500;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<Outcome>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve({ ok: false, reason: "timeout", detail: `no answer in ${timeoutMs} ms` });
    }, timeoutMs);
  });
  const call = (async (): Promise<Outcome> => {
    try {
      const result = await classifier.classify({
        text: prepared.text.source,
        lang: prepared.lang,
        locale: prepared.locale,
        brand: prepared.input.brand,
        target,
        signal: controller.signal,
      });
      if (result === null || typeof result !== "object" || !Array.isArray(result.labels)) {
        return { ok: false, reason: "error", detail: "answer without a labels list" };
      }
      return { ok: true, result };
    } catch (error) {
      return { ok: false, reason: "error", detail: error instanceof Error ? error.message : String(error) };
    }
  })();
  try {
    return await Promise.race([call, timeout]);
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}

function classifierViolations(
  classifier: Classifier,
  outcome: Outcome,
  source: string,
  locale: MessageLocale,
): Violation[] {
  if (!outcome.ok) {
    const mode = classifier.onFailure ?? "warn";
    if (mode === "ignore") return [];
    return [
      toViolation(
        { ...internalRule, id: "classifier/unavailable" },
        mode === "error" ? "error" : "warning",
        "docs/rules/internal.md",
        {
          messageId: "classifierFailed",
          data: { classifier: classifier.id, reason: outcome.reason },
          evidence: {
            classifier: classifier.id,
            reason: outcome.reason,
            detail: outcome.detail.slice(0, 300),
          },
        },
        source,
        locale,
      ),
    ];
  }
  const threshold = classifier.threshold ?? 0.8;
  const ruleId = classifier.ruleId ?? `classifier/${classifier.id}`;
  const meta = {
    norm: classifier.norm ?? 2,
    docs: { description: `Classifier ${classifier.id}` },
    defaultSeverity: classifier.severity ?? "error",
    messages: {
      en: { ...classifier.messages?.en, __generic: genericMessages.en },
      es: { ...classifier.messages?.es, __generic: genericMessages.es },
    },
  } as const;
  const out: Violation[] = [];
  for (const label of outcome.result.labels) {
    if (!(typeof label.score === "number" && label.score >= threshold)) continue;
    const own =
      locale === "es" ? classifier.messages?.es?.[label.label] : classifier.messages?.en?.[label.label];
    out.push(
      toViolation(
        { id: ruleId, meta },
        classifier.severity ?? "error",
        `docs/rules/${ruleId}.md`,
        {
          messageId: own === undefined ? "__generic" : label.label,
          data: { classifier: classifier.id, label: label.label, score: label.score.toFixed(2) },
          ...(label.span === undefined ? {} : { span: label.span }),
          evidence: { classifier: classifier.id, label: label.label, score: label.score },
        },
        source,
        locale,
      ),
    );
  }
  return out;
}

async function runClassifiers(
  compiled: CompiledPolicy,
  prepared: Prepared<{ brand: string }>,
  target: RuleTarget,
): Promise<Violation[]> {
  const applicable = internalsOf(compiled).classifiers.filter((c) =>
    (c.targets ?? ["reply", "post"]).includes(target),
  );
  const outcomes = await Promise.all(applicable.map((c) => callWithTimeout(c, prepared, target)));
  return applicable.flatMap((c, i) =>
    classifierViolations(c, outcomes[i] as Outcome, prepared.text.source, prepared.messageLocale),
  );
}

/**
 * Like `evaluateReply`, plus every classifier given to `compilePolicy` (run in parallel, each with its time-out).
 * A classifier that fails or times out never loses the verdict: see `Classifier.onFailure` for the fallback.
 *
 * @throws {@link InputError} when the input is malformed or names an unknown brand.
 *
 * @example
 * ```ts
 * const compiled = compilePolicy(policy, {
 *   classifiers: [{ id: "toxicity", timeoutMs: 800, classify: async ({ text }) => ({ labels: await myModel(text) }) }],
 * });
 * const verdict = await evaluateReplyAsync(compiled, input);
 * ```
 *
 * @category Evaluation
 */
export async function evaluateReplyAsync(
  compiled: CompiledPolicy,
  input: ReplyInput,
  services: EvaluationServices = {},
): Promise<Verdict> {
  const prepared = prepareReply(compiled, input);
  const fromClassifiers = await runClassifiers(compiled, prepared, "reply");
  return toVerdict([...replyViolations(compiled, prepared, services), ...fromClassifiers]);
}

/**
 * Like `evaluatePost`, plus every classifier that applies to posts.
 *
 * @throws {@link InputError} when the input is malformed or names an unknown brand.
 *
 * @category Evaluation
 */
export async function evaluatePostAsync(
  compiled: CompiledPolicy,
  input: PostInput,
  services: EvaluationServices = {},
): Promise<Verdict> {
  const prepared = preparePost(compiled, input);
  const fromClassifiers = await runClassifiers(compiled, prepared, "post");
  return toVerdict([...postViolations(compiled, prepared, services), ...fromClassifiers]);
}
