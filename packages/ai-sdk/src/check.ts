// Checking a reply drafted by a model: the core decides (it reads Markdown as prose, offsets unchanged); this
// file leaves out the whole-text rules when only a part of the reply is checked, and says which violations block.
import {
  type AppliedFix,
  applyFixes,
  type CompiledPolicy,
  evaluateReply,
  evaluateReplyAsync,
  type ReplyInput,
  type Severity,
  type Verdict,
  type Violation,
} from "@normas/core";

/** Rules that judge a reply as a whole: they run once the reply is complete, never on a part of it. */
export const WHOLE_TEXT_RULES: ReadonlySet<string> = new Set([
  "voice/length",
  "voice/sign-off",
  "respect/unacknowledged-complaint",
]);

/**
 * Who writes the reply, for which brand, in answer to what: a reply input of `@normas/core` without its text
 * (`brand`, `author`, `inReplyTo`, `channel`, `locale`, `crisis`).
 */
export type GuardrailContext = Omit<ReplyInput, "text">;

const RANK: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };

/** `whole`: the reply is complete; `part`: a part of it (whole-text rules are left out). */
export type Scope = "whole" | "part";

/** A verdict over a subset of violations, with its counts. */
export function verdictOf(violations: readonly Violation[]): Verdict {
  let errorCount = 0;
  let warningCount = 0;
  for (const v of violations) {
    if (v.severity === "error") errorCount++;
    else if (v.severity === "warning") warningCount++;
  }
  return { ok: errorCount === 0, violations, errorCount, warningCount };
}

/** Checks replies for one call: one brand, author and conversation. */
export class ReplyChecker {
  constructor(
    private readonly compiled: CompiledPolicy,
    private readonly context: GuardrailContext,
    private readonly minSeverity: Severity,
    private readonly runClassifiers: boolean,
  ) {}

  /** The violations of `verdict` at or above `minSeverity`: those that stop a reply. */
  blocking(verdict: Verdict): readonly Violation[] {
    const floor = RANK[this.minSeverity];
    return verdict.violations.filter((v) => RANK[v.severity] >= floor);
  }

  /** True when nothing in `verdict` stops the reply. */
  passes(verdict: Verdict): boolean {
    return this.blocking(verdict).length === 0;
  }

  /** The verdict of `text`, spans in offsets of `text`. */
  check(text: string, scope: Scope): Verdict {
    return this.scoped(evaluateReply(this.compiled, { ...this.context, text }), scope);
  }

  /** Like `check`, with the policy's classifiers when the guardrail runs them (a whole reply only). */
  async checkAsync(text: string, scope: Scope): Promise<Verdict> {
    if (!this.runClassifiers || scope === "part") return this.check(text, scope);
    return this.scoped(await evaluateReplyAsync(this.compiled, { ...this.context, text }), scope);
  }

  private scoped(verdict: Verdict, scope: Scope): Verdict {
    if (scope === "whole") return verdict;
    const kept = verdict.violations.filter((v) => !WHOLE_TEXT_RULES.has(v.ruleId));
    return kept.length === verdict.violations.length ? verdict : verdictOf(kept);
  }

  /**
   * Applies safe fixes in rounds (as `fixReply` does, at most 10), checking after each; returns the text, its
   * verdict and each round. `verdict` is the verdict of `text`.
   */
  fix(
    text: string,
    verdict: Verdict,
    scope: Scope,
  ): { text: string; verdict: Verdict; rounds: { text: string; verdict: Verdict; fixes: AppliedFix[] }[] } {
    const rounds: { text: string; verdict: Verdict; fixes: AppliedFix[] }[] = [];
    let current = text;
    let currentVerdict = verdict;
    for (let pass = 0; pass < 10; pass++) {
      const round = applyFixes(current, currentVerdict.violations);
      if (round.applied.length === 0 || round.text === current) break;
      current = round.text;
      currentVerdict = this.check(current, scope);
      rounds.push({ text: current, verdict: currentVerdict, fixes: [...round.applied] });
    }
    return { text: current, verdict: currentVerdict, rounds };
  }
}
