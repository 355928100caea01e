// `evaluateModeration` lives beside the classifier it runs, not in the engine: the moderation rules read the
// comment's classification from the evaluation (`CLASSIFICATION_KEY`), so a bundle that only checks replies
// (the browser composer) compiles those rules without carrying the classifier and its word lists.

import type { CompiledPolicy } from "../engine/compile.js";
import { type Mutable, type Prepared, prepare, runRules, toVerdict } from "../engine/evaluate.js";
import {
  type ModerationInput,
  ModerationInputSchema,
  type ParsedModerationInput,
} from "../engine/moderation-input.js";
import type { ModerationRuleContext } from "../engine/rule.js";
import type { EvaluationServices } from "../engine/services.js";
import { CLASSIFICATION_KEY } from "../engine/shared-keys.js";
import type { Verdict } from "../model/violation.js";
import { classifyComment } from "./classify.js";

/**
 * Checks a moderation action (hide, delete, ban…) on a comment before it is taken. The checked text is the
 * comment; spans refer to `input.comment.text`.
 *
 * @throws {@link InputError} when the input is malformed or names an unknown brand.
 *
 * @example
 * ```ts
 * const verdict = evaluateModeration(compiled, {
 *   brand: "acme-es",
 *   author: { id: "mod-1", roles: ["moderator"] },
 *   comment: { text: "Pésimo servicio, no vuelvo a comprar aquí." },
 *   action: "delete",
 * });
 * // verdict.ok === false: `respect/delete-dissent`, a negative opinion is no ground for removal.
 * ```
 *
 * @category Evaluation
 */
export function evaluateModeration(
  compiled: CompiledPolicy,
  input: ModerationInput,
  services: EvaluationServices = {},
): Verdict {
  const prepared: Prepared<ParsedModerationInput> = prepare(
    compiled,
    ModerationInputSchema,
    input,
    (i) => i.comment.text,
    (i, brand) => i.locale ?? i.comment.locale ?? brand.locale,
  );
  return toVerdict(
    runRules<ModerationRuleContext>(
      compiled,
      prepared,
      "moderation",
      services,
      (base) => {
        const context = base as Mutable<ModerationRuleContext>;
        context.input = prepared.input;
        return context;
      },
      new Map([
        [
          CLASSIFICATION_KEY,
          () => classifyComment(prepared.text, prepared.lang, { previous: prepared.input.comment.previous }),
        ],
      ]),
    ),
  );
}
