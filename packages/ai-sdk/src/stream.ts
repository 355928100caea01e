// `wrapStream`: text is released sentence by sentence once each completed sentence passes; a sentence that does
// not pass is fixed (safe fixes, in `fix` and `repair` modes) or the stream ends with an error part carrying the
// verdict. The whole-text rules run at the finish part and can still block (or append a safe fix, such as a
// missing sign-off). Parts that are not text pass through as they come; text not yet checked is never sent.
import { type AppliedFix, applyFixes, type Verdict, type Violation } from "@normas/core";
import type { ReplyChecker, Scope } from "./check.js";
import { NormasGuardrailError } from "./errors.js";
import type { StreamPart, StreamResult } from "./model-types.js";
import type { ResolvedOptions } from "./options.js";
import { type GuardrailAttempt, type GuardrailOutcome, reportMetadata } from "./report.js";
import { SentenceScanner } from "./sentences.js";

/** Characters of already released text checked together with a new sentence (its context). */
const CONTEXT = 600;

type Controller = TransformStreamDefaultController<StreamPart>;
type FinishPart = Extract<StreamPart, { type: "finish" }>;

const firstSafe = (v: Violation) => v.suggestions?.find((s) => s.safe === true && s.edits.length > 0);

/** `v` with offsets moved by `-by`, or undefined when its fix would touch text before `by`. */
function shifted(v: Violation, by: number): Violation | undefined {
  const fix = firstSafe(v);
  if (fix === undefined || fix.edits.some((e) => e.start < by)) return undefined;
  return {
    ...v,
    ...(v.span === undefined
      ? {}
      : { span: { start: Math.max(0, v.span.start - by), end: Math.max(0, v.span.end - by) } }),
    suggestions: [
      { ...fix, edits: fix.edits.map((e) => ({ start: e.start - by, end: e.end - by, text: e.text })) },
    ],
  };
}

/** True when `v` concerns the text from `from` on (a violation without a span concerns all of it). */
const touches = (v: Violation, from: number): boolean =>
  v.span === undefined || v.span.end > from || (v.span.start === v.span.end && v.span.start >= from);

class SentenceGuard {
  /** Text released so far, fixes included (only read whole at the finish part or when blocking). */
  private released = "";
  /** Its length. */
  private releasedLength = 0;
  /**
   * The last characters released (at least `CONTEXT` of them), from offset `tailStart`: the context of the next
   * sentence is cut from here, so that each check reads a bounded string, not the whole reply.
   */
  private tail = "";
  private tailStart = 0;
  /** Text received and not yet released. */
  private held = "";
  /** Start of the unreleased part of `held` while sentences are being released. */
  private cursor = 0;
  private heldId: string | undefined;
  private scanner = new SentenceScanner();
  /** Offsets in `released` where each released sentence starts. */
  private readonly starts: number[] = [];
  private firstInWindow = 0;
  private sentences = 0;
  private readonly fixes: AppliedFix[] = [];
  private sawToolCall = false;
  private closed = false;

  constructor(
    private readonly options: ResolvedOptions,
    private readonly checker: ReplyChecker,
  ) {}

  async transform(part: StreamPart, controller: Controller): Promise<void> {
    if (this.closed) return;
    switch (part.type) {
      case "text-delta": {
        if (this.heldId !== undefined && this.heldId !== part.id && this.held.length > this.cursor) {
          // Another text block interleaves: what is held of the first one is a sentence on its own.
          this.releaseRest(controller);
          if (this.closed) return;
        }
        this.heldId = part.id;
        this.held += part.delta;
        this.releaseComplete(controller);
        return;
      }
      case "text-end": {
        this.releaseRest(controller);
        if (!this.closed) controller.enqueue(part);
        return;
      }
      case "finish": {
        this.releaseRest(controller);
        if (!this.closed) await this.finish(part, controller);
        return;
      }
      case "tool-call":
        this.sawToolCall = true;
        controller.enqueue(part);
        return;
      default:
        controller.enqueue(part);
    }
  }

  /** A stream that ends without a finish part: what is held is still checked before it goes out. */
  flush(controller: Controller): void {
    if (!this.closed) this.releaseRest(controller);
  }

  /** Releases every complete sentence of `held`. */
  private releaseComplete(controller: Controller): void {
    for (let end = this.scanner.next(this.held); end !== -1; end = this.scanner.next(this.held)) {
      const ok = this.release(this.held.slice(this.cursor, end), controller);
      if (!ok) return;
      this.cursor = end;
    }
    if (this.cursor > 0) {
      this.held = this.held.slice(this.cursor);
      this.scanner.shift(this.cursor);
      this.cursor = 0;
    }
  }

  /** Releases what is held, complete sentences first, then the rest as a last sentence. */
  private releaseRest(controller: Controller): void {
    this.releaseComplete(controller);
    if (this.closed) return;
    const rest = this.held.slice(this.cursor);
    this.held = "";
    this.cursor = 0;
    this.scanner = new SentenceScanner();
    if (rest !== "") this.release(rest, controller);
  }

  /** Checks one sentence in its context and sends it (fixed if need be); false when the stream was ended. */
  private release(sentence: string, controller: Controller): boolean {
    const id = this.heldId as string;
    if (sentence.trim() === "") {
      this.emit(controller, id, sentence);
      return true;
    }
    const start = this.releasedLength;
    const end = start + sentence.length;
    while (
      this.firstInWindow < this.starts.length &&
      (this.starts[this.firstInWindow] as number) < end - CONTEXT
    ) {
      this.firstInWindow++;
    }
    const from = Math.max(this.starts[this.firstInWindow] ?? start, this.tailStart);
    const context = this.tail.slice(from - this.tailStart);
    const own = (verdict: Verdict) => verdict.violations.filter((v) => touches(v, start - from));
    const verdict = this.checker.check(context + sentence, "part");
    let text = sentence;
    let concerns = own(verdict);
    const applied: AppliedFix[] = [];
    if (!this.checker.passes({ ...verdict, violations: concerns }) && this.options.onViolation !== "block") {
      for (let round = 0; round < 10; round++) {
        const fixable = concerns.map((v) => shifted(v, start - from)).filter((v) => v !== undefined);
        const fixed = applyFixes(text, fixable);
        if (fixed.applied.length === 0 || fixed.text === text) break;
        text = fixed.text;
        applied.push(
          ...fixed.applied.map((f) => ({
            ...f,
            edits: f.edits.map((e) => ({ start: e.start + start, end: e.end + start, text: e.text })),
          })),
        );
        concerns = own(this.checker.check(context + text, "part"));
      }
    }
    if (!this.checker.passes({ ...verdict, violations: concerns })) {
      this.block(controller, sentence, text, applied, "part");
      return false;
    }
    this.fixes.push(...applied);
    this.starts.push(start);
    this.sentences++;
    this.emit(controller, id, text);
    return true;
  }

  private emit(controller: Controller, id: string, text: string): void {
    this.released += text;
    this.releasedLength += text.length;
    this.tail += text;
    if (this.tail.length > 2 * CONTEXT) {
      this.tailStart += this.tail.length - CONTEXT;
      this.tail = this.tail.slice(this.tail.length - CONTEXT);
    }
    controller.enqueue({ type: "text-delta", id, delta: text });
  }

  /** Ends the stream with an error part carrying the verdict of the text as it would have been. */
  private block(
    controller: Controller,
    written: string,
    fixed: string,
    applied: readonly AppliedFix[],
    scope: Scope,
  ): void {
    const asWritten = this.released + written;
    const attempts: GuardrailAttempt[] = [
      { kind: "model", text: asWritten, verdict: this.checker.check(asWritten, scope) },
    ];
    if (applied.length > 0) {
      const asFixed = this.released + fixed;
      attempts.push({
        kind: "fix",
        text: asFixed,
        verdict: this.checker.check(asFixed, scope),
        fixes: applied,
      });
    }
    this.fail(controller, attempts);
  }

  private fail(controller: Controller, attempts: readonly GuardrailAttempt[]): void {
    const verdict = (attempts.at(-1) as GuardrailAttempt).verdict;
    const error = new NormasGuardrailError({
      verdict,
      blocking: this.checker.blocking(verdict),
      attempts,
      mode: this.options.onViolation,
    });
    this.closed = true;
    controller.enqueue({ type: "error", error });
    // Ends the stream here; the model's stream is cancelled, so no more tokens are spent.
    controller.terminate();
  }

  /** The finish part: whole-text rules, then the report (or an error part). */
  private async finish(part: FinishPart, controller: Controller): Promise<void> {
    if (this.heldId === undefined) {
      // No text in this response (tool calls only): nothing to check.
      controller.enqueue(part);
      return;
    }
    const complete = part.finishReason.unified !== "tool-calls" && !this.sawToolCall;
    const scope: Scope = complete ? "whole" : "part";
    let verdict = await this.checker.checkAsync(this.released, scope);
    if (!this.checker.passes(verdict) && this.options.onViolation !== "block") {
      // Only a fix at the very end can still be sent (a missing sign-off): it goes out as one more text part.
      const at = this.released.length;
      const tail = this.checker
        .blocking(verdict)
        .filter((v) => firstSafe(v)?.edits.every((e) => e.start >= at) === true);
      const fixed = applyFixes(this.released, tail);
      if (fixed.applied.length > 0 && fixed.text.startsWith(this.released)) {
        const id = `${this.heldId}-normas`;
        controller.enqueue({ type: "text-start", id });
        controller.enqueue({ type: "text-delta", id, delta: fixed.text.slice(at) });
        controller.enqueue({ type: "text-end", id });
        this.released = fixed.text;
        this.releasedLength = fixed.text.length;
        this.fixes.push(...fixed.applied);
        verdict = await this.checker.checkAsync(this.released, scope);
      }
    }
    // On a stream, the one attempt is the text as sent, with every fix made on the way.
    const attempts: GuardrailAttempt[] = [
      this.fixes.length === 0
        ? { kind: "model", text: this.released, verdict }
        : { kind: "fix", text: this.released, verdict, fixes: [...this.fixes] },
    ];
    if (!this.checker.passes(verdict)) {
      this.fail(controller, attempts);
      return;
    }
    const outcome: GuardrailOutcome = this.fixes.length > 0 ? "fixed" : "passed";
    controller.enqueue({
      ...part,
      providerMetadata: reportMetadata(part.providerMetadata, {
        mode: this.options.onViolation,
        outcome,
        verdict,
        attempts,
        complete,
        sentences: this.sentences,
      }),
    });
  }
}

/** `annotate` mode: everything passes through as it comes; the verdict of the whole text rides on the finish part. */
class AnnotatingGuard {
  private text = "";
  private sawText = false;
  private sawToolCall = false;

  constructor(
    private readonly options: ResolvedOptions,
    private readonly checker: ReplyChecker,
  ) {}

  async transform(part: StreamPart, controller: Controller): Promise<void> {
    if (part.type === "text-delta") {
      this.sawText = true;
      this.text += part.delta;
    } else if (part.type === "tool-call") this.sawToolCall = true;
    if (part.type !== "finish" || !this.sawText) {
      controller.enqueue(part);
      return;
    }
    const complete = part.finishReason.unified !== "tool-calls" && !this.sawToolCall;
    const verdict = await this.checker.checkAsync(this.text, complete ? "whole" : "part");
    controller.enqueue({
      ...part,
      providerMetadata: reportMetadata(part.providerMetadata, {
        mode: this.options.onViolation,
        outcome: this.checker.passes(verdict) ? "passed" : "annotated",
        verdict,
        attempts: [{ kind: "model", text: this.text, verdict }],
        complete,
      }),
    });
  }
}

/** Runs one `doStream` through the guardrail. */
export async function guardStream(args: {
  readonly options: ResolvedOptions;
  readonly checker: ReplyChecker;
  readonly doStream: () => PromiseLike<StreamResult>;
}): Promise<StreamResult> {
  const { options, checker } = args;
  const upstream = await args.doStream();
  const guard =
    options.onViolation === "annotate"
      ? new AnnotatingGuard(options, checker)
      : new SentenceGuard(options, checker);
  return { ...upstream, stream: upstream.stream.pipeThrough(new TransformStream(guard)) };
}
