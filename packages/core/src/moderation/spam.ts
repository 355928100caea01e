import type { Span } from "../model/violation.js";
import { normalizeText } from "../text/normalize.js";
import { finding, type GroundFinding } from "./finding.js";
import type { CueHit } from "./moderation-lexicon.js";
import type { SentimentLabel } from "./sentiment.js";

// Fixed, linear patterns with bounded repetitions.
const TLDS = new Set(
  "com net org es mx io co ly xyz top click info biz me link site online shop store gl gd at ee uk".split(
    " ",
  ),
);
const isDomainChar = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 46; // a-z 0-9 - .
const isUrlChar = (c: number): boolean =>
  c > 32 && c !== 60 && c !== 62 && c !== 34 && c !== 39 && c !== 0x3000;
const SHORTENER =
  /\b(?:bit\.ly|tinyurl\.com|t\.co|goo\.gl|cutt\.ly|is\.gd|ow\.ly|rebrand\.ly|shorturl\.at|t\.me|wa\.me|linktr\.ee)\//i;
const AMOUNT =
  /(?:[$€£] ?\d[\d.,]{0,12}|\b\d[\d.,]{0,12} ?(?:€|\$|£|usd|eur|euros?|d[oó]lares|dollars|bucks|k)(?![\p{L}]))/iu;

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
  for (const link of findLinks(source)) links.push(link);
  const shortener = links.find((l) => SHORTENER.test(source.slice(l.start, l.end)));
  const offer = has("spam-offer");
  const call = has("spam-call") ?? has("illegal-offer");
  const crypto = has("spam-crypto");
  const sexual = has("sexual");
  const place = has("spam-place");
  const earnings = has("spam-earnings");
  const promoter = has("spam-promoter");
  const amount = earnings === undefined ? null : AMOUNT.exec(source);
  const complaint = context.sentiment === "negative";
  const firstLink = links[0];

  if (firstLink !== undefined) {
    const reason = shortener !== undefined ? "link-shortener" : links.length >= 3 ? "many-links" : undefined;
    const strong =
      offer !== undefined || crypto !== undefined || sexual !== undefined || reason !== undefined;
    const weak = call !== undefined || earnings !== undefined || promoter !== undefined;
    if (strong || (weak && !complaint)) {
      const cue = offer ?? crypto ?? sexual ?? call ?? earnings ?? promoter;
      const why = [reason ?? "link", cue?.term];
      out.push(finding("spam", "offer-link", source, shortener ?? firstLink, why.filter(isString)));
    }
  } else if (!complaint) {
    const contact = call ?? promoter;
    const money =
      (earnings !== undefined && amount !== null) || crypto !== undefined || promoter !== undefined;
    const anchor = offer ?? earnings ?? crypto ?? promoter;
    if (
      anchor !== undefined &&
      contact !== undefined &&
      (offer !== undefined || money) &&
      anchor !== contact
    ) {
      out.push(finding("spam", "scam", source, anchor, [anchor.term, contact.term]));
    }
  }

  // Sexual content or an offer pointed at the author's profile or bio is self-promotion.
  const promoted = offer ?? sexual;
  if (place !== undefined && promoted !== undefined) {
    out.push(finding("spam", "bot-pattern", source, place, [promoted.term, place.term]));
  }

  const promo = links.length > 0 || call !== undefined || offer !== undefined;
  // Flooding: the same promotion again, or the same contentless text (`First!`, emoji) three times. A repeated
  // complaint with content is a customer nobody answered, not spam. The history (up to 200 comments of 100 kB,
  // 20 MB to fold) is read only when a repeat could make this spam.
  const needed = complaint ? 0 : promo ? 1 : wordCount(source) <= 3 ? 2 : 0;
  const repeats = needed === 0 ? 0 : countRepeats(source, context.previous);
  if (needed > 0 && repeats >= needed) {
    out.push(finding("spam", "repeated", source, { start: 0, end: source.length }, [`repeated-${repeats}`]));
  }
  return dedupe(out);
}

/**
 * Links: `http(s)://…`, `www.…`, and bare domains followed by a path (`cutt.ly/abc`, `premios.xyz/claim`).
 * Scans from each `/` and `www.` instead of trying a pattern at every word.
 */
function findLinks(source: string): Span[] {
  const spans: Span[] = [];
  const lower = source.toLowerCase();
  const extend = (from: number): number => {
    let e = from;
    while (e < source.length && e - from < 2048 && isUrlChar(source.charCodeAt(e))) e++;
    while (e > from && ".,;:!?)".includes(source[e - 1] ?? "")) e--;
    return e;
  };
  let covered = -1;
  for (let at = lower.indexOf("www."); at !== -1; at = lower.indexOf("www.", at + 4)) {
    const http = lower.lastIndexOf("http", at);
    const start = http !== -1 && at - http <= 8 ? http : at;
    const end = extend(at);
    if (end - start > 6) spans.push({ start, end });
    covered = Math.max(covered, end);
  }
  for (let slash = source.indexOf("/"); slash !== -1; slash = source.indexOf("/", slash + 1)) {
    if (slash < covered) continue;
    if (
      source[slash - 1] === ":" &&
      lower.startsWith("http", slash - 5 - (lower[slash - 2] === "s" ? 1 : 0))
    ) {
      const start = lower.lastIndexOf("http", slash);
      const end = extend(slash + 2);
      if (end > slash + 3) spans.push({ start, end });
      covered = end;
      continue;
    }
    let start = slash;
    while (start > 0 && slash - start < 255 && isDomainChar(lower.charCodeAt(start - 1))) start--;
    const host = lower.slice(start, slash);
    const dot = host.lastIndexOf(".");
    if (dot <= 0 || !TLDS.has(host.slice(dot + 1))) continue;
    const end = extend(slash);
    spans.push({ start, end });
    covered = end;
  }
  return spans.sort((a, b) => a.start - b.start);
}

const wordCount = (text: string): number => text.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0).length;

const isString = (v: string | undefined): v is string => v !== undefined;

/** How many of `previous` fold to the same text as `source`. */
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
