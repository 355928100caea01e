// Compiles a pack's lexical classes (single words, multi-word expressions, verb lemmas) into lookup tables, once
// per language on first use.
import type { Sem } from "./analysis.js";

/** A multi-word expression and the classes it gives each of its words. */
export interface Phrase {
  /** Folded keys of its words, in order. */
  readonly keys: readonly string[];
  /** Classes added to each word. */
  readonly sems: readonly Sem[];
}

/** Lexical classes of a language, ready for lookups. */
export interface ClassTable {
  /** Classes of a single word (empty when none). */
  word(key: string): readonly Sem[];
  /** Classes of a verb lemma. */
  lemma(lemma: string): readonly Sem[];
  /** Expressions starting with `key`, longest first. */
  phrasesFrom(key: string): readonly Phrase[];
}

const NONE: readonly Sem[] = [];
const NO_PHRASES: readonly Phrase[] = [];

function add(map: Map<string, Sem[]>, key: string, sem: Sem): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [sem]);
  else if (!list.includes(sem)) list.push(sem);
}

/**
 * Builds a class table from space-separated word lists, `|`-separated expression lists (each expression's
 * words separated by spaces) and space-separated lemma lists; `fold` folds an entry as the analysis folds words.
 */
export function compileClasses(
  words: Partial<Record<Sem, string>>,
  phrases: Partial<Record<Sem, string>>,
  lemmas: Partial<Record<Sem, string>>,
  fold: (word: string) => string,
): ClassTable {
  const byWord = new Map<string, Sem[]>();
  const byLemma = new Map<string, Sem[]>();
  const byFirst = new Map<string, Phrase[]>();
  for (const [sem, list] of Object.entries(words) as [Sem, string][])
    for (const w of list.split(" ")) if (w !== "") add(byWord, fold(w), sem);
  for (const [sem, list] of Object.entries(lemmas) as [Sem, string][])
    for (const w of list.split(" ")) if (w !== "") add(byLemma, w, sem);
  const phraseSems = new Map<string, Sem[]>();
  for (const [sem, list] of Object.entries(phrases) as [Sem, string][])
    for (const p of list.split("|")) {
      const keys = p
        .split(" ")
        .filter((k) => k !== "")
        .map(fold)
        .join(" ");
      if (keys !== "") add(phraseSems, keys, sem);
    }
  for (const [joined, sems] of phraseSems) {
    const keys = joined.split(" ");
    const first = keys[0] as string;
    const list = byFirst.get(first) ?? [];
    list.push({ keys, sems });
    byFirst.set(first, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  // A plural takes its singular's classes (`mensualidades` → `mensualidad`, `refunds` → `refund`).
  const word = (key: string): readonly Sem[] => {
    const found = byWord.get(key);
    if (found !== undefined) return found;
    if (key.length > 4 && key.endsWith("s")) {
      const singular =
        byWord.get(key.slice(0, -1)) ?? (key.endsWith("es") ? byWord.get(key.slice(0, -2)) : undefined);
      if (singular !== undefined) return singular;
    }
    return NONE;
  };
  return {
    word,
    lemma: (lemma) => byLemma.get(lemma) ?? NONE,
    phrasesFrom: (key) => byFirst.get(key) ?? NO_PHRASES,
  };
}
