import { englishSentimentLexicon } from "../lang/en/lexicons/sentiment.js";
import { spanishSentimentLexicon } from "../lang/es/lexicons/sentiment.js";

/** @internal A multi-word lexicon entry, indexed by its first word. */
export interface PhraseEntry {
  readonly words: readonly string[];
  readonly term: string;
  readonly weight: number;
}

/** @internal What a word does in sentiment scoring. */
export type WordRole = "scored" | "negator" | "intensifier" | "contrast";

/** @internal Everything known about one folded word, found with a single lookup. */
export interface WordInfo {
  readonly role: WordRole;
  /** Lexicon weight when the word is scored alone. */
  readonly weight: number | undefined;
  /** Intensifier factor. */
  readonly boost: number;
  /** Phrases starting with this word, longest first. */
  readonly phrases: readonly PhraseEntry[] | undefined;
}

/** @internal A sentiment lexicon compiled for lookup: one map from folded word to what it does. */
export interface CompiledSentimentLexicon {
  readonly words: ReadonlyMap<string, WordInfo>;
}

// Folded forms (no accents): `jamás` → `jamas`, `más` → `mas`.
const modifiers = {
  en: {
    negators: [
      "not",
      "no",
      "never",
      "nor",
      "neither",
      "nothing",
      "nobody",
      "without",
      "hardly",
      "barely",
      "cannot",
    ],
    intensifiers: {
      very: 1.5,
      really: 1.5,
      super: 1.5,
      so: 1.3,
      too: 1.3,
      extremely: 1.8,
      incredibly: 1.6,
      totally: 1.5,
      absolutely: 1.6,
      completely: 1.5,
      utterly: 1.7,
      truly: 1.4,
      pretty: 1.2,
      quite: 1.2,
      most: 1.3,
      slightly: 0.5,
      somewhat: 0.7,
      fairly: 0.8,
    },
    contrast: ["but", "however", "yet"],
  },
  es: {
    negators: [
      "no",
      "nunca",
      "jamas",
      "ni",
      "tampoco",
      "nada",
      "nadie",
      "sin",
      "poco",
      "poca",
      "pocos",
      "pocas",
    ],
    intensifiers: {
      muy: 1.5,
      super: 1.5,
      tan: 1.5,
      tanto: 1.3,
      realmente: 1.5,
      totalmente: 1.5,
      completamente: 1.5,
      absolutamente: 1.6,
      extremadamente: 1.8,
      increiblemente: 1.6,
      sumamente: 1.7,
      demasiado: 1.4,
      bastante: 1.2,
      re: 1.4,
      algo: 0.7,
      ligeramente: 0.5,
    },
    contrast: ["pero", "sino"],
  },
} as const;

/**
 * @internal The entries of a shipped sentiment lexicon, in the order they are stored. One line per weight,
 * `<weight>:<terms>`; terms separated by `,`, each written as the letters it does not share with the term before
 * it, after a capital letter (A = 1 … Z = 26) saying how many it shares (terms are folded: never capitals).
 * Written by `scripts/generate-sentiment-lexicons.mjs`.
 */
export function decodeSentimentLexicon(data: string): [term: string, weight: number][] {
  const entries: [string, number][] = [];
  for (const line of data.split("\n")) {
    const colon = line.indexOf(":");
    const weight = Number(line.slice(0, colon));
    if (colon <= 0 || !Number.isFinite(weight)) continue;
    let previous = "";
    for (const piece of line.slice(colon + 1).split(",")) {
      const code = piece.charCodeAt(0);
      const term = code >= 65 && code <= 90 ? previous.slice(0, code - 64) + piece.slice(1) : piece;
      if (term !== "") entries.push([term, weight]);
      previous = term;
    }
  }
  return entries;
}

function compile(data: string, lang: "es" | "en"): CompiledSentimentLexicon {
  const words = new Map<string, number>();
  const phrases = new Map<string, PhraseEntry[]>();
  for (const [term, weight] of decodeSentimentLexicon(data)) {
    if (term.includes(" ")) {
      const parts = term.split(" ");
      const first = parts[0] ?? "";
      const list = phrases.get(first) ?? [];
      list.push({ words: parts, term, weight });
      phrases.set(first, list);
    } else {
      words.set(term, weight);
    }
  }
  // Longest phrase first, so `does not work` wins over a shorter phrase with the same first word.
  for (const list of phrases.values()) list.sort((a, b) => b.words.length - a.words.length);
  const m = modifiers[lang];
  const intensifiers = new Map<string, number>(Object.entries(m.intensifiers));
  const negators = new Set<string>(m.negators);
  const contrast = new Set<string>(m.contrast);
  const info = new Map<string, WordInfo>();
  for (const word of new Set([
    ...words.keys(),
    ...phrases.keys(),
    ...negators,
    ...intensifiers.keys(),
    ...contrast,
  ])) {
    const role: WordRole = negators.has(word)
      ? "negator"
      : intensifiers.has(word)
        ? "intensifier"
        : contrast.has(word)
          ? "contrast"
          : "scored";
    info.set(word, {
      role,
      weight: words.get(word),
      boost: intensifiers.get(word) ?? 1,
      phrases: phrases.get(word),
    });
  }
  return { words: info };
}

const compiled: { es?: CompiledSentimentLexicon; en?: CompiledSentimentLexicon } = {};

/** @internal The compiled lexicon of a language, built on first use and kept for the process. */
export function sentimentLexicon(lang: "es" | "en"): CompiledSentimentLexicon {
  if (lang === "es") {
    compiled.es ??= compile(spanishSentimentLexicon, "es");
    return compiled.es;
  }
  compiled.en ??= compile(englishSentimentLexicon, "en");
  return compiled.en;
}
