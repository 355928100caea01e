import { normalizeText } from "./normalize.js";

// Context checks fold the few words around each hit; texts repeat their words, so results are kept, up to a bound.
const MAX_CACHED = 20_000;
const cache = new Map<string, string>();

/**
 * `normalizeText(word).text` with every step on, remembered per distinct input (the folding is pure). For the
 * short slices that context checks fold one by one (`no`, `we`, `eres`…), a lookup instead of a normalisation.
 */
export function foldedWord(word: string): string {
  let folded = cache.get(word);
  if (folded === undefined) {
    folded = normalizeText(word).text;
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(word, folded);
  }
  return folded;
}
