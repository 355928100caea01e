// Spanish written stress: where the stressed vowel of a word is, and where the accent mark goes when enclitic
// pronouns are attached to a verb (escribe + nos → escríbenos, diga + nos → díganos).

const STRONG = new Set(["a", "e", "o", "á", "é", "ó", "í", "ú"]);
const WEAK = new Set(["i", "u", "ü"]);
const ACCENTED: Readonly<Record<string, string>> = { á: "a", é: "e", í: "i", ó: "o", ú: "u" };
const ACCENT_OF: Readonly<Record<string, string>> = { a: "á", e: "é", i: "í", o: "ó", u: "ú" };

const isVowel = (ch: string): boolean => STRONG.has(ch) || WEAK.has(ch);

/** A vowel group that forms one syllable nucleus: `[start, end)` offsets into the word. */
interface Nucleus {
  readonly start: number;
  readonly end: number;
}

/** Vowel nuclei of a lowercase word, left to right (diphthongs and triphthongs count as one). */
function nuclei(word: string): Nucleus[] {
  const out: Nucleus[] = [];
  let i = 0;
  while (i < word.length) {
    const ch = word[i] as string;
    // The u of que/qui/gue/gui is silent.
    if (
      ch === "u" &&
      (word[i - 1] === "q" || word[i - 1] === "g") &&
      (word[i + 1] === "e" || word[i + 1] === "i")
    ) {
      i++;
      continue;
    }
    if (!isVowel(ch)) {
      i++;
      continue;
    }
    const start = i;
    i++;
    while (i < word.length && isVowel(word[i] as string)) {
      const prev = word[i - 1] as string;
      const cur = word[i] as string;
      // Two strong vowels, or an accented weak vowel, are in hiatus: a new syllable starts.
      const prevStrong = STRONG.has(prev);
      const curStrong = STRONG.has(cur);
      if ((prevStrong && curStrong) || cur === "í" || cur === "ú" || prev === "í" || prev === "ú") break;
      i++;
    }
    out.push({ start, end: i });
  }
  return out;
}

/** Number of syllables of a lowercase word (vowel nuclei, counting hiatus as two). */
export function syllableCount(word: string): number {
  return nuclei(word).length;
}

const hasAccent = (word: string): boolean => {
  for (const ch of word) if (ACCENTED[ch] !== undefined) return true;
  return false;
};

/** Removes acute accents (keeps ñ and ü). */
export function stripAccents(word: string): string {
  let plain = true;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) >= 0xc0) plain = false;
  if (plain) return word;
  let out = "";
  for (const ch of word) out += ACCENTED[ch] ?? ch;
  return out;
}

/** Index in `nuclei(word)` of the stressed nucleus. */
function stressedNucleus(word: string, list: readonly Nucleus[]): number {
  for (let k = 0; k < list.length; k++) {
    const n = list[k] as Nucleus;
    for (let i = n.start; i < n.end; i++) if (ACCENTED[word[i] as string] !== undefined) return k;
  }
  if (list.length <= 1) return 0;
  const last = word[word.length - 1] as string;
  return isVowel(last) || last === "n" || last === "s" ? list.length - 2 : list.length - 1;
}

/** Offset of the vowel that carries the accent mark inside a nucleus. */
function accentSlot(word: string, n: Nucleus): number {
  for (let i = n.start; i < n.end; i++) if (STRONG.has(word[i] as string)) return i;
  return n.end - 1;
}

/**
 * Attaches enclitic pronouns to a verb form and places the accent mark where Spanish spelling needs it:
 * `attachEnclitics("escribe", "nos")` → `escríbenos`, `attachEnclitics("diga", "nos")` → `díganos`,
 * `attachEnclitics("dé", "me")` → `deme`, `attachEnclitics("contactad", "nos")` → `contactadnos`.
 */
export function attachEnclitics(verb: string, clitics: string): string {
  const lower = verb.toLowerCase();
  let base = lower;
  let list = nuclei(base);
  // A monosyllable's diacritic accent (dé, sé) goes when a pronoun is attached.
  if (list.length === 1 && hasAccent(base)) {
    base = stripAccents(base);
    list = nuclei(base);
  }
  const stressed = stressedNucleus(base, list);
  // Vosotros imperative drops its -d before `os` (calmad + os → calmaos).
  if (clitics === "os" && base.endsWith("d") && base !== "id") base = base.slice(0, -1);
  const joined = base + clitics;
  const total = nuclei(joined).length;
  const fromEnd = list.length - stressed + (total - list.length);
  let out = joined;
  if (fromEnd >= 3 && !hasAccent(base)) {
    const n = list[stressed] as Nucleus;
    const at = accentSlot(base, n);
    const ch = base[at] as string;
    out = joined.slice(0, at) + (ACCENT_OF[ch] ?? ch) + joined.slice(at + 1);
  } else if (fromEnd === 2 && hasAccent(base) && stressed === list.length - 1 && !accentedHiatus(base)) {
    // está + te → estate, hablá + me → hablame: the final-syllable accent is no longer needed.
    out = stripAccents(joined);
  }
  return matchCase(verb, out);
}

// país, reír: an accented í/ú beside another vowel marks a hiatus and keeps its accent whatever the stress rules say.
function accentedHiatus(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const ch = word[i];
    if ((ch === "í" || ch === "ú") && (isVowel(word[i - 1] ?? "") || isVowel(word[i + 1] ?? ""))) return true;
  }
  return false;
}

/** Gives `word` the capitalisation of `model`'s first letter. */
export function matchCase(model: string, word: string): string {
  const first = model[0];
  if (first === undefined || word.length === 0) return word;
  if (model.length > 1 && model === model.toUpperCase() && model !== model.toLowerCase())
    return word.toUpperCase();
  return first !== first.toLowerCase() ? word[0]!.toUpperCase() + word.slice(1) : word;
}
