import type { Span } from "../engine/violation.js";
import { normalizeText } from "../text/normalize.js";
import { finding, type GroundFinding } from "./finding.js";
import type { CueHit } from "./moderation-lexicon.js";
import type { SentimentLabel } from "./sentiment.js";

// Fixed, linear patterns with bounded repetitions.
const URL =
  /\b(?:https?:\/\/|www\.)[^\s<>"']{2,2048}|\b[a-z0-9-]{2,63}\.(?:com|net|org|es|mx|io|co|ly|xyz|top|click|info|biz|me|link|site|online|shop|store|gl|gd|at)\/[^\s<>"']{0,512}/gi;
const SHORTENER =
  /\b(?:bit\.ly|tinyurl\.com|t\.co|goo\.gl|cutt\.ly|is\.gd|ow\.ly|rebrand\.ly|shorturl\.at|t\.me|wa\.me|linktr\.ee)\//i;
const AMOUNT = /(?:[$€£] ?\d[\d.,]{0,12}|\b\d[\d.,]{0,12} ?(?:€|\$|£|usd|eur|euros?|d[oó]lares|dollars|bucks|k)(?![\p{L}]))/iu;

/** What the spam check needs besides the text. */
export interface SpamContext {
  /** The same author's recent comments, oldest first. */
  readonly previous?: readonly string[] | undefined;
  /** The comment's sentiment: weak combinations of signals never remove a negative comment. */
  readonly sentiment: SentimentLabel;
}

const fold = (text: string): string =>
  normalizeText(text)
    .text.replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/**
 * Spam: scam and bot phrases; a link or a shortener with an offer or a call to action; crypto or earnings claims
 * with a way to get in touch; a comment repeated by its author. Weak combinations (a link with a call to action,
 * an offer with a contact cue, a repeated text) do not count when the comment is a complaint: a frustrated
 * customer who links a screenshot, or repeats an unanswered question, is dissent, not spam.
 */
export function findSpam(source: string, cues: readonly CueHit[], context: SpamContext): GroundFinding[] {
  const out: GroundFinding[] = [];
  const has = (cue: CueHit["cue"]): CueHit | undefined => cues.find((c) => c.cue === cue);

  for (const hit of cues) {
    if (hit.cue === "spam-scam") out.push(finding("spam", "scam", source, hit, [hit.term]));
    else if (hit.cue === "spam-bot") out.push(finding("spam", "bot-pattern", source, hit, [hit.term]));
  }

  const links: Span[] = [];
  for (const m of source.matchAll(URL)) links.push({ start: m.index, end: m.index + m[0].length });
  const shortener = links.find((l) => SHORTENER.test(source.slice(l.start, l.end)));
  const offer = has("spam-offer");
  const call = has("spam-call") ?? has("illegal-offer");
  const crypto = has("spam-crypto");
  const earnings = has("spam-earnings");
  const promoter = has("spam-promoter");
  const amount = AMOUNT.exec(source);
  const complaint = context.sentiment === "negative";
  const firstLink = links[0];

  if (firstLink !== undefined) {
    const reason = shortener !== undefined ? "link-shortener" : links.length >= 3 ? "many-links" : undefined;
    const strong = offer !== undefined || crypto !== undefined || reason !== undefined;
    const weak = call !== undefined || earnings !== undefined || promoter !== undefined;
    if (strong || (weak && !complaint)) {
      const why = [reason ?? "link", offer?.term ?? crypto?.term ?? call?.term ?? earnings?.term ?? promoter?.term];
      out.push(finding("spam", "offer-link", source, shortener ?? firstLink, why.filter(isString)));
    }
  } else if (!complaint) {
    const contact = call ?? promoter;
    const money = (earnings !== undefined && amount !== null) || crypto !== undefined || promoter !== undefined;
    const anchor = offer ?? earnings ?? crypto ?? promoter;
    if (anchor !== undefined && contact !== undefined && (offer !== undefined || money) && anchor !== contact) {
      out.push(finding("spam", "scam", source, anchor, [anchor.term, contact.term]));
    }
  }

  const repeats = countRepeats(source, context.previous);
  const promo = links.length > 0 || call !== undefined || offer !== undefined;
  if ((repeats >= 1 && promo && !complaint) || (repeats >= 2 && !complaint)) {
    out.push(finding("spam", "repeated", source, { start: 0, end: source.length }, [`repeated-${repeats}`]));
  }
  return dedupe(out);
}

const isString = (v: string | undefined): v is string => v !== undefined;

function countRepeats(source: string, previous: readonly string[] | undefined): number {
  if (previous === undefined || previous.length === 0) return 0;
  const key = fold(source);
  if (key.length === 0) return 0;
  let n = 0;
  for (const p of previous) if (fold(p) === key) n++;
  return n;
}

function dedupe(findings: GroundFinding[]): GroundFinding[] {
  return findings.filter(
    (f, i) => findings.findIndex((g) => g.kind === f.kind && g.span.start === f.span.start) === i,
  );
}
