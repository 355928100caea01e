import type { Ground } from "../model/grounds.js";
import type { Span } from "../model/violation.js";

/** What exactly was found for a ground, e.g. `email` or `iban` for `personal-data`. */
export type FindingKind =
  | "email"
  | "phone"
  | "national-id"
  | "iban"
  | "payment-card"
  | "street-address"
  | "offer-link"
  | "repeated"
  | "bot-pattern"
  | "scam"
  | "insult"
  | "slur"
  | "group-attack"
  | "violence"
  | "sexual-content"
  | "illegal-offer";

/** One piece of evidence that a comment falls under a ground for removal. */
export interface GroundFinding {
  /** The ground, e.g. `personal-data`. */
  readonly ground: Ground;
  /** What was found, e.g. `phone`. */
  readonly kind: FindingKind;
  /** Where, in UTF-16 offsets of the comment. */
  readonly span: Span;
  /** The matched text; personal data is masked (`j•••@•••.com`, `•••• 1111`), never echoed. */
  readonly excerpt: string;
  /** Lexicon terms or checks that matched (e.g. `["luhn"]`, `["kill", "you"]`); never personal data. */
  readonly matched: readonly string[];
}

const DOT = "•";

/** Masks personal data: keeps a short hint (the e-mail's TLD, the last digits) and hides the rest. */
export function maskPersonalData(kind: FindingKind, raw: string): string {
  switch (kind) {
    case "email": {
      const at = raw.lastIndexOf("@");
      const dot = raw.lastIndexOf(".");
      const first = raw.slice(0, 1);
      const tld = dot > at ? raw.slice(dot) : "";
      return `${first}${DOT.repeat(3)}@${DOT.repeat(3)}${tld}`;
    }
    case "phone":
    case "payment-card":
    case "iban":
    case "national-id": {
      const keep = kind === "national-id" ? 1 : kind === "phone" ? 2 : 4;
      const compact = raw.replace(/[\s.()-]/g, "");
      const head = kind === "iban" ? compact.slice(0, 2) : "";
      const tail = compact.slice(-keep);
      return `${head}${DOT.repeat(Math.max(3, compact.length - keep - head.length))}${tail}`;
    }
    case "street-address":
      return `${raw.split(/\s/)[0] ?? ""} ${DOT.repeat(3)}`;
    default:
      return raw;
  }
}

/** Builds a finding from a span of `source`, masking the excerpt when the ground is personal data. */
export function finding(
  ground: Ground,
  kind: FindingKind,
  source: string,
  span: Span,
  matched: readonly string[],
): GroundFinding {
  const raw = source.slice(span.start, span.end);
  const excerpt = ground === "personal-data" ? maskPersonalData(kind, raw) : raw;
  return { ground, kind, span: { start: span.start, end: span.end }, excerpt, matched };
}
