// Spanish number and gender inflection for term lists (`inflect: true` in a brand's term entry).
import { attachEnclitics, stripAccents, syllableCount } from "./stress.js";

/** One inflected variant of a term. */
export interface InflectedForm {
  /** The variant's spelling. */
  readonly form: string;
  /** Whether it is the plural. */
  readonly plural: boolean;
  /** Whether its gender was switched (barato → barata). */
  readonly switchedGender: boolean;
}

const ARTICLES: Readonly<Record<string, { readonly plural: string; readonly other: string }>> = {
  el: { plural: "los", other: "la" },
  la: { plural: "las", other: "el" },
  un: { plural: "unos", other: "una" },
  una: { plural: "unas", other: "un" },
};
const INVARIANT = new Set([
  "de",
  "del",
  "a",
  "al",
  "y",
  "e",
  "o",
  "u",
  "en",
  "con",
  "sin",
  "por",
  "para",
  "que",
]);
const VOWEL_END = /[aeiou]$/;

/**
 * Plural of one Spanish word by the spelling rules: vowel + s (barato → baratos, sofá → sofás), consonant + es
 * with the accent moved as needed (promoción → promociones, examen → exámenes), z → ces (luz → luces);
 * unstressed -s/-x stay (crisis, lunes). Returns every accepted spelling (jabalí → jabalíes, jabalís).
 */
export function pluralOf(word: string): string[] {
  const w = word.toLowerCase();
  const last = w[w.length - 1] ?? "";
  if (w.length === 0) return [];
  if (VOWEL_END.test(w) || /[áéó]$/.test(w)) return [`${word}s`];
  if (/[íú]$/.test(w)) return [`${word}es`, `${word}s`];
  if (last === "z") return [`${word.slice(0, -1)}ces`];
  if (last === "s" || last === "x") {
    const stressedLast = syllableCount(w) === 1 || /[áéíóú][^aeiouáéíóú]*$/.test(w);
    return stressedLast ? [attachEnclitics(word, "es")] : [word];
  }
  if (last === "y") return [`${word}es`];
  if ("nlrdj".includes(last)) return [attachEnclitics(word, "es")];
  // Loanwords ending in other consonants (chat, pack, ticket) take -s.
  return [`${word}s`, `${word}es`];
}

/**
 * The feminine of a masculine word, when the spelling shows it (barato → barata, trabajador → trabajadora,
 * francés → francesa). List terms in the masculine: feminine → masculine is not derived (casa ≠ caso).
 */
export function feminineOf(word: string): string | undefined {
  const w = word.toLowerCase();
  if (w.length < 3) return undefined;
  if (w.endsWith("o")) return `${word.slice(0, -1)}a`;
  if (w.endsWith("or")) return `${word}a`;
  if (w.endsWith("és")) return `${stripAccents(word)}a`;
  return undefined;
}

function inflectWord(word: string, plural: boolean, switchGender: boolean): string[] {
  const lower = word.toLowerCase();
  if (INVARIANT.has(lower)) return [word];
  const article = ARTICLES[lower];
  if (article !== undefined) {
    const base = switchGender ? article.other : lower;
    return [plural ? (ARTICLES[base]?.plural ?? base) : base];
  }
  let base = word;
  if (switchGender) {
    const other = feminineOf(word);
    if (other === undefined) return [];
    base = other;
  }
  return plural ? pluralOf(base) : [base];
}

/**
 * Singular and plural variants of a term (each word of a phrase inflected alike, articles too), and for a
 * single masculine word its feminine: `barato` → barato, baratos, barata, baratas; `precio bajo` →
 * precios bajos; `promoción` → promociones; `luz` → luces.
 * The term itself comes first. Variants that the spelling cannot derive are left out.
 */
export function inflectTerm(term: string): InflectedForm[] {
  const words = term.split(" ").filter((w) => w !== "");
  const out: InflectedForm[] = [];
  const seen = new Set<string>();
  // Gender only switches on single words: in a phrase it belongs to the noun (precio barato ≠ precia barata).
  for (const switchedGender of words.length === 1 ? [false, true] : [false]) {
    for (const plural of [false, true]) {
      let combos: string[] = [""];
      for (const word of words) {
        const options = inflectWord(word, plural, switchedGender);
        // A word whose gender cannot switch keeps its form (cliente barato → cliente barata is not built).
        const forms = options.length > 0 ? options : switchedGender ? [] : [word];
        if (forms.length === 0) {
          combos = [];
          break;
        }
        combos = combos.flatMap((c) => forms.map((f) => (c === "" ? f : `${c} ${f}`)));
      }
      for (const form of combos) {
        if (seen.has(form)) continue;
        seen.add(form);
        out.push({ form, plural, switchedGender });
      }
    }
  }
  return out;
}

/** Inflects `term` to the number and gender of a matched variant (for a replacement such as `use`). */
export function inflectLike(term: string, like: Pick<InflectedForm, "plural" | "switchedGender">): string {
  const match = inflectTerm(term).find(
    (f) => f.plural === like.plural && f.switchedGender === like.switchedGender,
  );
  if (match !== undefined) return match.form;
  // A replacement without that gender keeps its own, in the right number.
  return inflectTerm(term).find((f) => f.plural === like.plural && !f.switchedGender)?.form ?? term;
}
