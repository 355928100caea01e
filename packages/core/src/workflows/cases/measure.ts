import type { Comment } from "../../engine/input.js";
import type { Ground } from "../../model/grounds.js";
import type { MessageLocale } from "../../model/locale.js";
import { classifyComment } from "../../moderation/classify.js";
import type { MeasurementInput } from "./artifacts.js";

/** What the app knows beyond the comment itself. */
export interface MeasureCommentOptions {
  /** Language of the comment. */
  readonly lang: MessageLocale;
  /** Moderation grounds, when the app has its own classifiers (by default `classifyComment` finds them). */
  readonly grounds?: readonly Ground[];
  /** The author's history with the brand. */
  readonly history?: { readonly comments?: number; readonly complaints?: number; readonly removed?: number };
  /** Similar comments in a recent window. */
  readonly similar?: { readonly count: number; readonly windowMinutes: number };
}

/**
 * Builds the measurement of a comment with the built-in classifiers: its sentiment and moderation grounds from
 * `classifyComment` (the comment's `previous` texts help spot repeated spam), the author's followers from the
 * comment, and what the app adds (history, similar-comment volume). A convenience: the `measure` event
 * accepts any measurement the app fills in from its own classifiers.
 *
 * @example
 * ```ts
 * import { measureComment } from "@normas/core";
 *
 * const measurement = measureComment(
 *   { text: "Mi pedido llega tarde otra vez, qué desastre", author: { followers: 48200 } },
 *   { lang: "es", similar: { count: 37, windowMinutes: 180 } },
 * );
 * measurement.sentiment.label; // "negative"
 * ```
 */
export function measureComment(
  comment: Pick<Comment, "text" | "author" | "previous">,
  options: MeasureCommentOptions,
): MeasurementInput {
  const found = classifyComment(comment.text, options.lang, { previous: comment.previous });
  return {
    sentiment: { label: found.sentiment.label, score: found.sentiment.score },
    grounds: [...(options.grounds ?? found.groundsFound)],
    reach: { followers: comment.author?.followers ?? 0 },
    history: { ...options.history },
    similar: options.similar === undefined ? { count: 0, windowMinutes: 60 } : { ...options.similar },
  };
}
