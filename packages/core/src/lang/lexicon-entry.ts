/**
 * The shape of one lexicon entry, shared by every lexicon under `src/text/lexicons/{es,en}/`.
 *
 * Lexicons are data: a rule expands its entries with {@link expandLexicon} and compiles the forms with
 * `compileTermMatcher` once per brand. Matching is whole-word on folded text (case, accents, leetspeak,
 * invisibles and homoglyphs folded), so entries are written in plain lowercase.
 */
export interface LexiconEntry {
  /** The word or phrase, lowercase, as it is usually written (accents allowed; they are folded). */
  readonly term: string;
  /**
   * Generate inflected forms. Spanish: gender and number from a masculine singular (`tonto` → `tonta`,
   * `tontos`, `tontas`; `cabrón` → `cabrona`, `cabrones`, `cabronas`; `imbécil` → `imbéciles`). English:
   * plural (`idiot` → `idiots`). Only the last word of a phrase is inflected.
   */
  readonly inflect?: boolean;
  /**
   * Only counts when aimed at a person (`eres un payaso`, `you're pathetic`): the word has ordinary
   * senses too (`payaso` at a circus, `pathetic` about a result).
   */
  readonly personal?: boolean;
  /** Extra spellings the folding does not produce (`fck`, `hdp`). */
  readonly variants?: readonly string[];
  /** A tag for what the entry is, e.g. `slur` for identity-based slurs, `profanity` for swearing. */
  readonly tag?: LexiconTag;
}

/** A phrase entry with the context it needs (dismissive phrases, acknowledgements). */
export interface PhraseEntry extends LexiconEntry {
  /** Only counts when punctuation or the end follows (`Relax, …` but not `relax by the pool`). */
  readonly standalone?: boolean;
  /** Does not count after a negator (`no es culpa suya`, `this isn't your fault`). */
  readonly negatable?: boolean;
  /** A better wording, offered as a fix (empty: delete the phrase). */
  readonly replacement?: string;
}

/** An entry that belongs to a category (a commitment category, `liability`, `official`…). */
export interface CategorizedEntry<Category extends string> extends LexiconEntry {
  /** The category the phrase expresses. */
  readonly category: Category;
}

/**
 * A phrase lexicon in three parts: `phrases` count on their own; a `cue` (a promise verb such as `llegará`)
 * counts only with an `anchor` of the same category in the same sentence (a date such as `mañana`).
 */
export interface CuedLexicon<Category extends string> {
  /** Phrases that count on their own. */
  readonly phrases: readonly CategorizedEntry<Category>[];
  /** Phrases that count only with an anchor of their category in the same sentence. */
  readonly cues: readonly CategorizedEntry<Category>[];
  /** Words that complete a cue. */
  readonly anchors: readonly CategorizedEntry<Category>[];
}

/** Every combination of one item of each part, joined by spaces (empty items are skipped). */
export function combine(...parts: readonly (readonly string[])[]): string[] {
  let out = [""];
  for (const part of parts) {
    out = out.flatMap((head) =>
      part.map((item) => (item === "" ? head : head === "" ? item : `${head} ${item}`)),
    );
  }
  return out;
}

/** Entries of one category from plain terms. */
export function categorized<Category extends string>(
  category: Category,
  terms: readonly string[],
): CategorizedEntry<Category>[] {
  return terms.map((term) => ({ term, category }));
}

/** What kind of word a lexicon entry is. */
export type LexiconTag = "insult" | "slur" | "profanity";

/** Expanded forms of a lexicon: `forms[i]` comes from `entries[entryOf[i]]`. */
export interface ExpandedLexicon {
  /** Every form to compile, entries' terms first among their forms. */
  readonly forms: readonly string[];
  /** Index of the entry each form comes from. */
  readonly entryOf: readonly number[];
}

const vowels = "aeiouáéíóú";

function spanishForms(word: string): string[] {
  const last = word.at(-1) ?? "";
  if (word.endsWith("ón")) {
    const stem = word.slice(0, -2);
    return [word, `${stem}ona`, `${stem}ones`, `${stem}onas`];
  }
  if (word.endsWith("o")) {
    const stem = word.slice(0, -1);
    return [word, `${stem}a`, `${stem}os`, `${stem}as`];
  }
  if (word.endsWith("or")) return [word, `${word}a`, `${word}es`, `${word}as`];
  if (vowels.includes(last)) return [word, `${word}s`];
  if (word.endsWith("z")) return [word, `${word.slice(0, -1)}ces`];
  // `imbécil` → `imbéciles`: accents are folded at match time, so a stray accent costs nothing.
  return [word, `${word}es`];
}

function englishForms(word: string): string[] {
  if (/(?:s|x|z|ch|sh)$/.test(word)) return [word, `${word}es`];
  if (/[^aeiou]y$/.test(word)) return [word, `${word.slice(0, -1)}ies`];
  return [word, `${word}s`];
}

/** The forms of one entry, for one language (the term first, then inflections, then variants). */
export function entryForms(entry: LexiconEntry, lang: "es" | "en"): string[] {
  const out: string[] = [];
  if (entry.inflect) {
    const cut = entry.term.lastIndexOf(" ");
    const head = cut === -1 ? "" : entry.term.slice(0, cut + 1);
    const last = entry.term.slice(cut + 1);
    for (const form of lang === "es" ? spanishForms(last) : englishForms(last)) out.push(head + form);
  } else {
    out.push(entry.term);
  }
  for (const variant of entry.variants ?? []) out.push(variant);
  return [...new Set(out)];
}

/** Expands every entry of a lexicon into the forms to compile, remembering which entry each came from. */
export function expandLexicon(entries: readonly LexiconEntry[], lang: "es" | "en"): ExpandedLexicon {
  const forms: string[] = [];
  const entryOf: number[] = [];
  entries.forEach((entry, index) => {
    for (const form of entryForms(entry, lang)) {
      forms.push(form);
      entryOf.push(index);
    }
  });
  return { forms, entryOf };
}
