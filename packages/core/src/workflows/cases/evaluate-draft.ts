import type { CompiledPolicy } from "../../engine/compile.js";
import { evaluatePost, evaluateReply } from "../../engine/evaluate.js";
import type { Author } from "../../engine/input.js";
import type { EvaluationServices } from "../../engine/services.js";
import type { Verdict } from "../../model/violation.js";
import type { CaseCommandInput } from "./commands.js";
import type { CaseState } from "./state.js";

/** A draft or a text to publish, as the agent writes it. */
export interface CaseTextInput {
  /** Who writes (the drafter or the publisher), with their roles. */
  readonly author: CaseTextAuthor;
  /** The text. */
  readonly text: string;
  /** Channel id, for channel limits. */
  readonly channel?: string;
  /** Language of the text, when not the brand's. */
  readonly locale?: string;
}

/** The writer of a case text: an id, and roles when the policy needs them. */
export type CaseTextAuthor = Pick<Author, "id"> & Partial<Omit<Author, "id">>;

/**
 * Evaluates a text for a case: a reply to the case's comment (`evaluateReply`), or a profile update
 * (`evaluatePost`, kind `profile-update`). Throws `InputError` as the engine does on bad input.
 */
export function evaluateCaseText(
  compiled: CompiledPolicy,
  state: CaseState,
  input: CaseTextInput,
  services: EvaluationServices = {},
): Verdict {
  const common = {
    brand: state.brand,
    author: { ...input.author, roles: input.author.roles ?? [] },
    text: input.text,
    ...(input.channel === undefined ? {} : { channel: input.channel }),
    ...(input.locale === undefined ? {} : { locale: input.locale }),
  };
  return state.subject.kind === "comment"
    ? evaluateReply(compiled, { ...common, inReplyTo: state.subject.comment }, services)
    : evaluatePost(compiled, { ...common, kind: "profile-update" }, services);
}

/**
 * Builds the `draft` command of a case: evaluates the draft with the compiled policy and attaches the
 * verdict. The evaluation happens here, outside the pure `applyCaseCommand`, which only checks the verdict.
 *
 * @example
 * ```ts
 * import { applyCaseCommand, draftCaseCommand } from "@normas/core/cases";
 *
 * const command = draftCaseCommand(compiled, state, {
 *   author: { id: "lucia", roles: ["agent"] },
 *   text: "Lamentamos el retraso de su pedido. Ya sabemos qué pasó: ...",
 * });
 * const result = applyCaseCommand(state, command, Date.now());
 * ```
 */
export function draftCaseCommand(
  compiled: CompiledPolicy,
  state: CaseState,
  input: CaseTextInput,
  services: EvaluationServices = {},
): CaseCommandInput {
  return {
    type: "draft",
    by: input.author.id,
    text: input.text,
    verdict: evaluateCaseText(compiled, state, input, services),
  };
}

/**
 * Builds the `publish` command of a case. When the text differs from the meditated draft it is evaluated
 * again and the verdict attached (the workflow refuses a changed text without one).
 */
export function publishCaseCommand(
  compiled: CompiledPolicy,
  state: CaseState,
  input: CaseTextInput & { readonly postId?: string },
  services: EvaluationServices = {},
): CaseCommandInput {
  const base = {
    type: "publish" as const,
    by: input.author.id,
    text: input.text,
    ...(input.postId === undefined ? {} : { postId: input.postId }),
  };
  if (state.draft !== undefined && state.draft.text === input.text) return base;
  return { ...base, verdict: evaluateCaseText(compiled, state, input, services) };
}
