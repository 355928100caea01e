import { formatMessage, type MessageLocale } from "../model/locale.js";
import type { Severity, Span, Violation } from "../model/violation.js";
import type { ReportDescriptor, Rule } from "./rule.js";

/** @internal Turns a rule's report into a violation: message in the right language, span kept inside the text. */
export function toViolation(
  rule: Pick<Rule, "id" | "meta">,
  severity: Severity,
  docsUrl: string,
  descriptor: ReportDescriptor,
  source: string,
  locale: MessageLocale,
): Violation {
  const templates = rule.meta.messages[locale];
  const template =
    templates[descriptor.messageId] ?? rule.meta.messages.en[descriptor.messageId] ?? descriptor.messageId;
  const span = descriptor.span === undefined ? undefined : clampSpan(descriptor.span, source.length);
  const excerpt = descriptor.excerpt ?? (span === undefined ? undefined : source.slice(span.start, span.end));
  return {
    ruleId: rule.id,
    norm: rule.meta.norm,
    severity: descriptor.severity ?? severity,
    messageId: descriptor.messageId,
    message: formatMessage(template, descriptor.data),
    ...(span === undefined ? {} : { span }),
    ...(excerpt === undefined ? {} : { excerpt }),
    ...(descriptor.suggestions === undefined || descriptor.suggestions.length === 0
      ? {}
      : { suggestions: descriptor.suggestions }),
    ...(descriptor.evidence === undefined ? {} : { evidence: descriptor.evidence }),
    docsUrl,
  };
}

function clampSpan(span: Span, length: number): Span {
  const start = Math.max(0, Math.min(length, Math.trunc(span.start) || 0));
  const end = Math.max(start, Math.min(length, Math.trunc(span.end) || 0));
  return { start, end };
}

const internalMeta = {
  norm: 2 as const,
  docs: { description: "A rule or classifier failed; the text was not fully checked." },
  defaultSeverity: "error" as const,
  messages: {
    en: {
      ruleFailed: "Rule {rule} failed ({error}); this text was not fully checked.",
      classifierFailed: "Classifier {classifier} gave no answer ({reason}); this text was not fully checked.",
    },
    es: {
      ruleFailed: "La regla {rule} falló ({error}); este texto no se ha revisado por completo.",
      classifierFailed:
        "El clasificador {classifier} no respondió ({reason}); este texto no se ha revisado por completo.",
    },
  },
};

/** @internal The pseudo-rule under which failures of rules and classifiers are reported. */
export const internalRule = { id: "internal", meta: internalMeta };

/** @internal A violation saying a rule threw: evaluation goes on, and `ok` is false (fail closed). */
export function ruleFailure(ruleId: string, error: unknown, locale: MessageLocale): Violation {
  const text = error instanceof Error ? error.message : String(error);
  return toViolation(
    internalRule,
    "error",
    "docs/rules/internal.md",
    {
      messageId: "ruleFailed",
      data: { rule: ruleId, error: text.slice(0, 200) },
      evidence: { rule: ruleId, error: text.slice(0, 500) },
    },
    "",
    locale,
  );
}

/** @internal Orders violations by position (whole-text ones last), then rule id. */
export function compareViolations(a: Violation, b: Violation): number {
  const as = a.span?.start ?? Number.POSITIVE_INFINITY;
  const bs = b.span?.start ?? Number.POSITIVE_INFINITY;
  if (as !== bs) return as - bs;
  return a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0;
}
