import { expandLexicon } from "../lang/lexicon-entry.js";
import { normalizeText } from "../text/normalize.js";
import { compileTermMatcher, type TermMatcher } from "../text/term-matcher.js";
import {
  illegalLexicon,
  insultsLexicon,
  sexualLexicon,
  slursLexicon,
  spamLexicon,
  threatsLexicon,
} from "./lexicon-data.js";

/** @internal What a matched term means to the classifiers. */
export type Cue =
  | "insult"
  | "insult-personal"
  | "slur"
  | "slur-personal"
  | "profanity"
  | "target"
  | "self"
  | "group"
  | "group-attack"
  | "group-attack-prefix"
  | "threat-phrase"
  | "threat-verb"
  | "threat-target"
  | "sexual"
  | "illegal-item"
  | "illegal-offer"
  | "illegal-strong"
  | "spam-offer"
  | "spam-call"
  | "spam-crypto"
  | "spam-bot"
  | "spam-scam"
  | "spam-earnings"
  | "spam-promoter"
  | "spam-place"
  | "neutral";

/** @internal One matched term with what it means. */
export interface CueHit {
  readonly cue: Cue;
  readonly term: string;
  readonly start: number;
  readonly end: number;
}

/** @internal Every moderation lexicon of one language, compiled into one matcher. */
export interface ModerationLexicon {
  readonly matcher: TermMatcher;
  /** For each compiled form: the cues it carries and its lexicon term. */
  readonly cuesOf: readonly (readonly Cue[])[];
  readonly termOf: readonly string[];
}

// Words that aim an insult at someone just before it (`eres un…`, `you're a…`).
const targetCues = {
  es: [
    "eres",
    "sois",
    "es",
    "son",
    "vaya",
    "menudo",
    "menuda",
    "menudos",
    "pedazo de",
    "qué",
    "tú",
    "tu",
    "vosotros",
  ],
  en: [
    "you're",
    "youre",
    "you are",
    "ur",
    "u r",
    "you",
    "such a",
    "what a",
    "is a",
    "is an",
    "are",
    "bunch of",
  ],
} as const;

// Self-reference that defuses an insult: `¿me tomáis por idiota?`, `I'm not an idiot`.
const selfCues = {
  es: [
    "no soy",
    "soy",
    "fui",
    "he sido",
    "me siento",
    "me tomáis por",
    "me toman por",
    "me tomas por",
    "me tratáis como",
    "me tratan como",
    "como a un",
    "me sentí",
  ],
  en: [
    "i'm not",
    "im not",
    "i am not",
    "i'm",
    "im",
    "i am",
    "i was",
    "i feel",
    "i felt",
    "call me",
    "treat me like",
    "treating me like",
    "take me for",
    "think i'm",
    "think i am",
    "like a",
    "made me feel like",
  ],
} as const;

// Phrases that overlap a cue but are innocent (`water gun`, `pistola de agua`).
const neutral = {
  es: [
    "pistola de agua",
    "pistolas de agua",
    "pistola de silicona",
    "pistolas de silicona",
    "pistola de pintura",
    "arma de doble filo",
    "armas de mujer",
  ],
  en: [
    "clown show",
    "clown car",
    "clown world",
    "idiot proof",
    "trash can",
    "trash bin",
    "pig out",
    "water gun",
    "water guns",
    "glue gun",
    "glue guns",
    "nerf gun",
    "nerf guns",
    "toy gun",
    "toy guns",
    "heat gun",
    "guns n roses",
    "kidney beans",
    "kidney stone",
    "kidney stones",
    "big guns",
  ],
} as const;

function build(lang: "es" | "en"): ModerationLexicon {
  const byForm = new Map<string, { cues: Set<Cue>; term: string }>();
  const add = (forms: readonly string[], cue: Cue): void => {
    for (const form of forms) {
      const key = normalizeText(form).text;
      const entry = byForm.get(key) ?? { cues: new Set<Cue>(), term: form };
      entry.cues.add(cue);
      byForm.set(key, entry);
    }
  };

  const insults = insultsLexicon[lang];
  const expanded = expandLexicon(insults, lang);
  expanded.forms.forEach((form, i) => {
    const entry = insults[expanded.entryOf[i] ?? 0];
    if (entry === undefined) return;
    const slur = entry.tag === "slur";
    const cue: Cue =
      entry.tag === "profanity"
        ? "profanity"
        : slur
          ? entry.personal
            ? "slur-personal"
            : "slur"
          : entry.personal
            ? "insult-personal"
            : "insult";
    add([form], cue);
  });
  add(targetCues[lang], "target");
  add(selfCues[lang], "self");
  add(neutral[lang], "neutral");

  const slurs = slursLexicon[lang];
  add(slurs.slurs, "slur");
  add(slurs.groups, "group");
  add(slurs.attacks, "group-attack");
  add(slurs.prefixes, "group-attack-prefix");

  const threats = threatsLexicon[lang];
  add(threats.phrases, "threat-phrase");
  add(threats.verbs, "threat-verb");
  add(threats.targets, "threat-target");

  add(sexualLexicon[lang], "sexual");

  const illegal = illegalLexicon[lang];
  add(illegal.items, "illegal-item");
  add(illegal.offers, "illegal-offer");
  add(illegal.strong, "illegal-strong");

  const spam = spamLexicon[lang];
  add(spam.offers, "spam-offer");
  add(spam.calls, "spam-call");
  add(spam.crypto, "spam-crypto");
  add(spam.bots, "spam-bot");
  add(spam.scams, "spam-scam");
  add(spam.earnings, "spam-earnings");
  add(spam.promoters, "spam-promoter");
  add(spam.places, "spam-place");

  const forms = [...byForm.keys()];
  const entries = [...byForm.values()];
  return {
    matcher: compileTermMatcher(forms),
    cuesOf: entries.map((e) => [...e.cues]),
    termOf: entries.map((e) => e.term),
  };
}

const compiled: { es?: ModerationLexicon; en?: ModerationLexicon } = {};

/** @internal The moderation lexicon of a language, compiled on first use and kept for the process. */
export function moderationLexicon(lang: "es" | "en"): ModerationLexicon {
  if (lang === "es") {
    compiled.es ??= build("es");
    return compiled.es;
  }
  compiled.en ??= build("en");
  return compiled.en;
}

/** @internal Every cue in a folded text (made by `normalizeText` with default options), in text order. */
export function findCues(lexicon: ModerationLexicon, folded: Parameters<TermMatcher["find"]>[0]): CueHit[] {
  const out: CueHit[] = [];
  for (const hit of lexicon.matcher.find(folded)) {
    const cues = lexicon.cuesOf[hit.term];
    const term = lexicon.termOf[hit.term] ?? "";
    if (cues === undefined) continue;
    for (const cue of cues) out.push({ cue, term, start: hit.start, end: hit.end });
  }
  return out;
}
