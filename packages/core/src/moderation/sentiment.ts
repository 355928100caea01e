import type { NormalizedText } from "../text/normalize.js";
import { assertTextAndLang } from "./input-guard.js";
import { sentimentLexicon } from "./sentiment-lexicon.js";
import { scanWords } from "./word-scan.js";

/** Polarity of a text. */
export type SentimentLabel = "negative" | "neutral" | "positive";

/** One scored word or phrase of a text. */
export interface SentimentHit {
  /** First UTF-16 offset in the caller's text, inclusive. */
  readonly start: number;
  /** Last UTF-16 offset in the caller's text, exclusive. */
  readonly end: number;
  /** The lexicon term that matched (folded: lowercase, no accents). */
  readonly term: string;
  /** Its weight after negation, intensifiers and contrast (lexicon weights run from -5 to 5). */
  readonly weight: number;
}

/** The sentiment of a text. */
export interface Sentiment {
  /** `negative`, `neutral` or `positive`. */
  readonly label: SentimentLabel;
  /** From -1 (most negative) to 1 (most positive). */
  readonly score: number;
  /** The words and phrases that carried the score, in text order. */
  readonly hits: SentimentHit[];
}

/** A negated word's weight is flipped and damped: `not good` is bad, `not bad` is only mildly good. */
const NEGATION_FACTOR = -0.75;
/** Words a negator reaches: `no me gusta nada`, `not at all good`. */
const NEGATION_REACH = 3;
/** Words an intensifier reaches: `muy poco amable` still intensifies. */
const INTENSIFIER_REACH = 2;
/** Before `but`/`pero` a clause counts half, after it one and a half (the point comes after the `but`). */
const BEFORE_CONTRAST = 0.5;
const AFTER_CONTRAST = 1.5;
/** Normalises the summed weight into -1..1 (as VADER does): `sum / sqrt(sum² + alpha)`. */
const ALPHA = 15;
/** A score at least this far from 0 is polar. One mild word (weight ±1) stays neutral. */
const POLAR_THRESHOLD = 0.3;

const round = (n: number): number => Math.round(n * 1000) / 1000;

/**
 * Scores the sentiment of a comment with a lexicon (AFINN-165 for English, a reviewed AFINN-165 translation
 * for Spanish; see `LEXICONS.md`), handling negation (`no`, `nunca`, `ni`, `not`, `never`, `n't`),
 * intensifiers and diminishers (`muy`, `tan`, `súper`, `very`, `so`, `slightly`) and contrast (`pero`, `but`).
 *
 * Pass the caller's string, or a `NormalizedText` of it (e.g. `ctx.text.folded`) to reuse its folding;
 * hit spans are UTF-16 offsets into the caller's text either way. The lexicon is compiled on first use.
 *
 * @throws `InputError` when `text` is not a string (or a `NormalizedText`) or `lang` is not `es` or `en`.
 *
 * @example
 * ```ts
 * import { analyzeSentiment } from "@normas/core";
 *
 * analyzeSentiment("El envío fue muy lento y nadie me responde", "es").label; // "negative"
 * analyzeSentiment("Not bad at all, thanks!", "en").label; // "positive"
 * ```
 */
export function analyzeSentiment(text: string | NormalizedText, lang: "es" | "en"): Sentiment {
  assertTextAndLang(text, lang, "analyzeSentiment");
  const lexicon = sentimentLexicon(lang);
  const scanned = typeof text === "string" ? text : text.text;
  const map = typeof text === "string" ? undefined : text;
  const { count, words, starts, ends, breaks } = scanWords(scanned);
  const hits: SentimentHit[] = [];
  let negation = 0;
  let intensity = 1;
  let intensityReach = 0;
  let contrastAt = -1;

  for (let i = 0; i < count; i++) {
    const word = words[i] ?? "";
    if (breaks[i] === 1) {
      negation = 0;
      intensityReach = 0;
    }
    const info = lexicon.words.get(word);
    if (info === undefined) {
      if (lang === "en" && word.endsWith("n't")) negation = NEGATION_REACH;
      else {
        if (negation > 0) negation--;
        if (intensityReach > 0) intensityReach--;
      }
      continue;
    }
    let weight: number | undefined;
    let term = word;
    let last = i;
    if (info.phrases !== undefined) {
      for (const phrase of info.phrases) {
        if (matchesAt(words, breaks, count, i, phrase.words)) {
          weight = phrase.weight;
          term = phrase.term;
          last = i + phrase.words.length - 1;
          break;
        }
      }
    }
    if (weight === undefined) {
      if (info.role === "negator") {
        negation = NEGATION_REACH;
        continue;
      }
      if (info.role === "intensifier") {
        intensity = info.boost;
        intensityReach = INTENSIFIER_REACH;
        continue;
      }
      if (info.role === "contrast") {
        contrastAt = hits.length;
        negation = 0;
        continue;
      }
      weight = info.weight;
    }
    if (weight !== undefined && weight !== 0) {
      if (intensityReach > 0) weight *= intensity;
      if (negation > 0) weight *= NEGATION_FACTOR;
      const span = sourceSpan(map, starts[i] ?? 0, ends[last] ?? 0);
      hits.push({ start: span.start, end: span.end, term, weight });
    }
    if (negation > 0) negation--;
    if (intensityReach > 0) intensityReach--;
    i = last;
  }

  let sum = 0;
  for (let h = 0; h < hits.length; h++) {
    const hit = hits[h] as SentimentHit;
    const factor = contrastAt === -1 ? 1 : h < contrastAt ? BEFORE_CONTRAST : AFTER_CONTRAST;
    const weight = round(hit.weight * factor);
    if (weight !== hit.weight) hits[h] = { ...hit, weight };
    sum += weight;
  }
  const score = round(sum / Math.sqrt(sum * sum + ALPHA));
  const label = score >= POLAR_THRESHOLD ? "positive" : score <= -POLAR_THRESHOLD ? "negative" : "neutral";
  return { label, score, hits };
}

function matchesAt(
  words: readonly string[],
  breaks: Uint8Array,
  count: number,
  at: number,
  phrase: readonly string[],
): boolean {
  if (at + phrase.length > count) return false;
  for (let k = 1; k < phrase.length; k++) {
    if (breaks[at + k] === 1 || words[at + k] !== phrase[k]) return false;
  }
  return true;
}

function sourceSpan(
  map: NormalizedText | undefined,
  start: number,
  end: number,
): { start: number; end: number } {
  if (map === undefined) return { start, end };
  const s = map.starts[start] ?? map.source.length;
  const e = end > start ? (map.ends[end - 1] ?? map.source.length) : s;
  return { start: s, end: e };
}
