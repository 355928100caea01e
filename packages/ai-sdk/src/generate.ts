// `wrapGenerate`: check the reply the model wrote; let it through, fix it, ask the model to repair it, or block.
import type { Verdict } from "@normas/core";
import type { ReplyChecker, Scope } from "./check.js";
import { addUsage, editContent, endsTurn, hasText, textOf } from "./content.js";
import type { ResolvedContext } from "./context.js";
import { NormasGuardrailError } from "./errors.js";
import { repairFeedback } from "./feedback.js";
import type { CallOptions, GenerateResult, WrappedModel } from "./model-types.js";
import type { ResolvedOptions } from "./options.js";
import { type GuardrailAttempt, type GuardrailOutcome, reportMetadata } from "./report.js";

function withReport(
  result: GenerateResult,
  options: ResolvedOptions,
  outcome: GuardrailOutcome,
  attempts: readonly GuardrailAttempt[],
  complete: boolean,
): GenerateResult {
  const verdict = (attempts.at(-1) as GuardrailAttempt).verdict;
  return {
    ...result,
    providerMetadata: reportMetadata(result.providerMetadata, {
      mode: options.onViolation,
      outcome,
      verdict,
      attempts,
      complete,
    }),
  };
}

function blocked(
  checker: ReplyChecker,
  options: ResolvedOptions,
  attempts: readonly GuardrailAttempt[],
): NormasGuardrailError {
  const verdict = (attempts.at(-1) as GuardrailAttempt).verdict;
  return new NormasGuardrailError({
    verdict,
    blocking: checker.blocking(verdict),
    attempts,
    mode: options.onViolation,
  });
}

/** The prompt of a repair call: the call's prompt, the reply as the model's turn, and the feedback. */
function repairParams(params: CallOptions, reply: string, feedback: string): CallOptions {
  return {
    ...params,
    prompt: [
      ...params.prompt,
      { role: "assistant", content: [{ type: "text", text: reply }] },
      { role: "user", content: [{ type: "text", text: feedback }] },
    ],
  };
}

/** Runs one `doGenerate` through the guardrail. */
export async function guardGenerate(args: {
  readonly options: ResolvedOptions;
  readonly context: ResolvedContext;
  readonly checker: ReplyChecker;
  readonly doGenerate: () => PromiseLike<GenerateResult>;
  readonly params: CallOptions;
  readonly model: WrappedModel;
}): Promise<GenerateResult> {
  const { options, context, checker, params, model } = args;
  // The model's own failure is not the guardrail's business: it propagates as it is (and the AI SDK retries it).
  let result = await args.doGenerate();
  if (!hasText(result.content)) return result;
  let complete = endsTurn(result);
  let scope: Scope = complete ? "whole" : "part";
  let text = textOf(result.content);
  let verdict: Verdict = await checker.checkAsync(text, scope);
  const attempts: GuardrailAttempt[] = [{ kind: "model", text, verdict }];
  if (checker.passes(verdict)) return withReport(result, options, "passed", attempts, complete);

  switch (options.onViolation) {
    case "annotate":
      return withReport(result, options, "annotated", attempts, complete);
    case "block":
      throw blocked(checker, options, attempts);
    case "fix": {
      const fixed = checker.fix(text, verdict, scope);
      let content = result.content;
      for (const round of fixed.rounds) {
        content = editContent(
          content,
          round.fixes.flatMap((f) => f.edits),
        );
        attempts.push({ kind: "fix", text: round.text, verdict: round.verdict, fixes: round.fixes });
      }
      let final = fixed.verdict;
      if (fixed.rounds.length > 0 && options.runClassifiers && scope === "whole") {
        // The fixed text gets the same checks as the model's, classifiers included.
        final = await checker.checkAsync(fixed.text, scope);
        attempts[attempts.length - 1] = { ...(attempts.at(-1) as GuardrailAttempt), verdict: final };
      }
      if (!checker.passes(final)) throw blocked(checker, options, attempts);
      return withReport({ ...result, content }, options, "fixed", attempts, complete);
    }
    case "repair": {
      let usage = result.usage;
      for (let repair = 0; repair < options.maxRepairs; repair++) {
        const feedback = repairFeedback(
          text,
          checker.blocking(verdict),
          context.brandLocale,
          context.brandName,
        );
        let next: GenerateResult;
        try {
          next = await model.doGenerate(repairParams(params, text, feedback));
        } catch (cause) {
          throw new NormasGuardrailError({
            verdict,
            blocking: checker.blocking(verdict),
            attempts,
            mode: options.onViolation,
            reason: "repair-failed",
            cause,
          });
        }
        usage = addUsage(usage, next.usage);
        result = { ...next, usage };
        complete = endsTurn(result);
        scope = complete ? "whole" : "part";
        text = textOf(result.content);
        verdict = hasText(result.content)
          ? await checker.checkAsync(text, scope)
          : { ok: true, violations: [], errorCount: 0, warningCount: 0 };
        attempts.push({ kind: "repair", text, verdict, feedback });
        if (checker.passes(verdict)) return withReport(result, options, "repaired", attempts, complete);
      }
      throw blocked(checker, options, attempts);
    }
  }
}
