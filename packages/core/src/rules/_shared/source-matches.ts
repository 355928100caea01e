import type { RuleContextBase } from "../../engine/rule.js";
import type { SourceMatch } from "../../engine/source-lookup.js";

/**
 * The source matches of the checked text, computed once per evaluation for the given options and shared by
 * the `originality/*` rules. Empty when no source index is given.
 */
export function sourceMatches(
  ctx: RuleContextBase,
  minWords: number,
  stopPhrases: readonly string[],
): readonly SourceMatch[] {
  const sources = ctx.services.sources;
  if (!sources) return [];
  const key = `originality:matches:${minWords}:${stopPhrases.join("\u0000")}`;
  return ctx.shared(key, () => sources.match(ctx.text.source, { minWords, stopPhrases }));
}

/** How a source is named in messages: its author, else its address, else its id. */
export function sourceLabel(match: Pick<SourceMatch, "author" | "url" | "sourceId">): string {
  return match.author ?? match.url ?? match.sourceId;
}
