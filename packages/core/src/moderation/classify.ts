import { GROUNDS, type Ground } from "../model/grounds.js";
import { createTextView, type TextView } from "../text/text-view.js";
import {
  findGroupAttacks,
  findIllegalOffers,
  findInsultsAndSlurs,
  findSexual,
  findThreats,
} from "./content-grounds.js";
import type { GroundFinding } from "./finding.js";
import { findFramedGrounds } from "./framed-grounds.js";
import { assertTextAndLang } from "./input-guard.js";
import { findCues, moderationLexicon } from "./moderation-lexicon.js";
import { findPersonalData } from "./personal-data.js";
import { analyzeSentiment, type Sentiment } from "./sentiment.js";
import { findSpam } from "./spam.js";

/** Options of {@link classifyComment}. */
export interface ClassifyCommentOptions {
  /** The author's recent comments, oldest first, to spot repeated spam (`comment.previous`). */
  readonly previous?: readonly string[] | undefined;
}

/** What {@link classifyComment} finds in a comment. */
export interface CommentClassification {
  /** Evidence for each ground found, in text order; empty for legitimate comments, however negative. */
  readonly grounds: GroundFinding[];
  /** The grounds found, without repeats, in the order of `GROUNDS`. */
  readonly groundsFound: Ground[];
  /** The comment's sentiment (evidence only: a negative comment is never a ground). */
  readonly sentiment: Sentiment;
}

const ORDER: readonly Ground[] = GROUNDS;

/**
 * Classifies a community comment into the grounds a policy may allow for removing it (`spam`, `personal-data`,
 * `harassment`, `hate`, `threat`, `sexual`, `illegal`), with exact spans and masked excerpts, plus its sentiment.
 *
 * Negative opinion, criticism, sarcasm, swearing at a product, all-caps anger, 1-star reviews and boycott calls are
 * not grounds: they come back with `grounds: []` and a negative sentiment. Matching folds case, accents, leetspeak,
 * homoglyphs and invisible characters, so `1d10t4` and `ıdiot` are caught; personal data is verified (DNI/NIE
 * check letter, IBAN mod-97, Luhn) and never echoed: excerpts are masked.
 *
 * @throws `InputError` when `text` is not a string (or a `TextView`) or `lang` is not `es` or `en`.
 *
 * @example
 * ```ts
 * import { classifyComment } from "@normas/core";
 *
 * classifyComment("Pésimo servicio, no vuelvo a comprar", "es").grounds; // []
 * classifyComment("Llamadme al 612 345 678", "es").grounds[0]?.excerpt; // "•••••••78"
 * classifyComment("I know where you live", "en").groundsFound; // ["threat"]
 * ```
 */
export function classifyComment(
  text: string | TextView,
  lang: "es" | "en",
  options: ClassifyCommentOptions = {},
): CommentClassification {
  assertTextAndLang(text, lang, "classifyComment");
  const view = typeof text === "string" ? createTextView(text) : text;
  const source = view.source;
  const sentiment = analyzeSentiment(view.folded, lang);
  const cues = findCues(moderationLexicon(lang), view.folded);
  const grounds = [
    ...findSpam(source, cues, { previous: options.previous, sentiment: sentiment.label }),
    ...findPersonalData(source),
    ...findInsultsAndSlurs(source, cues),
    ...findGroupAttacks(source, cues),
    ...findThreats(source, cues),
    ...findSexual(source, cues),
    ...findIllegalOffers(source, cues),
    ...findFramedGrounds(view, lang),
  ].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const kept = withoutCovered(grounds);
  const seen = new Set(kept.map((g) => g.ground));
  return { grounds: kept, groundsFound: ORDER.filter((g) => seen.has(g)), sentiment };
}

/**
 * The findings no other finding covers (see `covers`), in one pass over findings sorted by start, then by end
 * from the longest: a finding can only be covered by an earlier one of its ground that reaches as far (or, for
 * harassment, by hate reaching as far, or by hate on the very same span). Comparing every pair was quadratic in
 * the number of findings, and a comment of 10,000 ID numbers has 10,000.
 * @internal
 */
export function withoutCovered(sorted: readonly GroundFinding[]): GroundFinding[] {
  const reach = new Map<string, number>();
  const hateSpans = new Set<string>();
  for (const g of sorted) if (g.ground === "hate") hateSpans.add(`${g.span.start}:${g.span.end}`);
  const kept: GroundFinding[] = [];
  for (const f of sorted) {
    const sameGround = (reach.get(f.ground) ?? Number.NEGATIVE_INFINITY) >= f.span.end;
    const byHate =
      f.ground === "harassment" &&
      ((reach.get("hate") ?? Number.NEGATIVE_INFINITY) >= f.span.end ||
        hateSpans.has(`${f.span.start}:${f.span.end}`));
    if (!sameGround && !byHate) kept.push(f);
    reach.set(f.ground, Math.max(reach.get(f.ground) ?? Number.NEGATIVE_INFINITY, f.span.end));
  }
  return kept;
}

/**
 * Whether `outer` makes `inner` redundant: same ground and a span around it (the first of equal spans stays), or an
 * insult that is part of a hate finding (`los inmigrantes son ratas` is hate, not also harassment).
 * @internal
 */
export function covers(outer: GroundFinding, inner: GroundFinding, outerFirst: boolean): boolean {
  const around = outer.span.start <= inner.span.start && inner.span.end <= outer.span.end;
  if (!around) return false;
  const same = outer.span.start === inner.span.start && outer.span.end === inner.span.end;
  if (outer.ground === inner.ground) return !same || outerFirst;
  return outer.ground === "hate" && inner.ground === "harassment";
}
