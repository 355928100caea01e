// English clause analysis: contractions split (`we'll` → `we` + `will`, `won't` → `will` + `not`), inflected forms
// of known verbs read back to their lemma, then verb groups — subject, auxiliaries (`will`, `going to`, `have`,
// modals, `be` + participle, `be` + -ing), the main verb, negation — and commands at the head of a clause.

import type { Clause, Person, Sem, Tam, VerbForm, VerbGroup, Word } from "../analysis.js";
import { type ClassTable, compileClasses } from "../class-table.js";
import type { ClauseReader, ReadWord } from "../segment.js";
import { IRREGULAR, LEMMAS, PHRASES, VERBS, WORDS } from "./classes.js";
import { stemEnglish } from "./stem.js";

/** The forms of an English verb: `s`, past, past participle, `-ing`. */
function inflect(
  base: string,
  irregular: ReadonlyMap<string, [string[], string[]]>,
): {
  third: string;
  past: string[];
  participle: string[];
  ing: string;
} {
  const vowel = (c: string | undefined): boolean => c !== undefined && "aeiou".includes(c);
  const last = base[base.length - 1] ?? "";
  const third =
    base === "be"
      ? "is"
      : base === "have"
        ? "has"
        : /(s|x|z|ch|sh|o)$/.test(base)
          ? `${base}es`
          : last === "y" && !vowel(base[base.length - 2])
            ? `${base.slice(0, -1)}ies`
            : `${base}s`;
  // Short consonant-vowel-consonant verbs double the consonant (stop → stopped); so do a few stressed on the end.
  const doubles =
    /^[^aeiou]*[aeiou][bdgklmnprt]$/.test(base) ||
    [
      "admit",
      "commit",
      "refer",
      "prefer",
      "transfer",
      "regret",
      "permit",
      "submit",
      "omit",
      "occur",
    ].includes(base);
  const stem = doubles ? base + last : base;
  const regularPast =
    last === "e"
      ? `${base}d`
      : last === "y" && !vowel(base[base.length - 2])
        ? `${base.slice(0, -1)}ied`
        : `${stem}ed`;
  const irr = irregular.get(base);
  const ing =
    base === "be"
      ? "being"
      : base.endsWith("ie")
        ? `${base.slice(0, -2)}ying`
        : last === "e" &&
            !base.endsWith("ee") &&
            !base.endsWith("ye") &&
            !base.endsWith("oe") &&
            base.length > 2
          ? `${base.slice(0, -1)}ing`
          : `${stem}ing`;
  const alsoSingle = ["cancel", "travel", "label", "model", "signal", "total", "level"].includes(base)
    ? [`${base}ed`, `${base}led`]
    : [];
  return {
    third,
    past: irr?.[0] ?? [regularPast, ...alsoSingle],
    participle: irr?.[1] ?? [regularPast, ...alsoSingle],
    ing,
  };
}

interface EnglishLexicon {
  readonly forms: ReadonlyMap<string, VerbForm[]>;
  readonly classes: ClassTable;
}

let lexicon: EnglishLexicon | undefined;

function english(): EnglishLexicon {
  if (lexicon !== undefined) return lexicon;
  const irregular = new Map<string, [string[], string[]]>();
  for (const entry of IRREGULAR.split(" ")) {
    const [base, past, participle] = entry.split(":") as [string, string, string | undefined];
    const pasts = past.split(",");
    irregular.set(base, [pasts, participle === undefined ? pasts : participle.split(",")]);
  }
  const bases = new Set<string>(VERBS.split(" ").filter((v) => v !== ""));
  for (const list of Object.values(LEMMAS))
    for (const v of (list ?? "").split(" ")) if (v !== "") bases.add(v);
  const forms = new Map<string, VerbForm[]>();
  const add = (form: string, reading: VerbForm): void => {
    const list = forms.get(form);
    if (list === undefined) forms.set(form, [reading]);
    else if (!list.some((r) => r.lemma === reading.lemma && r.tam === reading.tam)) list.push(reading);
  };
  for (const lemma of bases) {
    const f = inflect(lemma, irregular);
    add(lemma, { lemma, tam: "pres" });
    add(f.third, { lemma, tam: "pres", person: "3" });
    for (const p of f.past) add(p, { lemma, tam: "past" });
    for (const p of f.participle) add(p, { lemma, tam: "part" });
    add(f.ing, { lemma, tam: "ger" });
  }
  for (const [form, lemma, person] of [
    ["am", "be", "1s"],
    ["are", "be", undefined],
    ["is", "be", "3"],
    ["'m", "be", "1s"],
    ["'re", "be", undefined],
    ["'s", "be", "3"],
    ["'ve", "have", undefined],
    ["'d", "would", undefined],
  ] as const)
    add(form, person === undefined ? { lemma, tam: "pres" } : { lemma, tam: "pres", person });
  lexicon = { forms, classes: compileClasses(WORDS, PHRASES, LEMMAS, (w) => w.toLowerCase()) };
  return lexicon;
}

const AUX_FUTURE = new Set(["will", "'ll", "shall", "wo"]);
const MODALS = new Set(["can", "could", "would", "should", "must", "may", "might", "ought", "'d", "ca"]);
const SUBJECTS: Readonly<Record<string, Person>> = {
  i: "1s",
  we: "1p",
  you: "2",
  u: "2",
  they: "3",
  he: "3",
  she: "3",
  it: "3",
  this: "3",
  that: "3",
  there: "3",
  everyone: "3",
  nobody: "3",
  someone: "3",
};
const OBJECTS: Readonly<Record<string, Person>> = {
  you: "2",
  u: "2",
  us: "1p",
  me: "1s",
  them: "3",
  him: "3",
  her: "3",
  it: "3",
};
// `'s` after these is `is`/`has`; after a noun it may be a possessive, which the reader leaves alone.
const S_IS = new Set([
  "it",
  "that",
  "there",
  "here",
  "what",
  "who",
  "he",
  "she",
  "this",
  "where",
  "how",
  "let",
]);

/** `record[key]` as a plain-object read would answer it (inherited names included), from a Map: a word key is
 * a fresh string, which a keyed read of an object literal must first intern. */
function lookup<T>(record: Readonly<Record<string, T>>): (key: string) => T | undefined {
  const own = new Map(Object.entries(record));
  const inherited = new Set(Object.getOwnPropertyNames(Object.prototype));
  return (key) => own.get(key) ?? (inherited.has(key) ? record[key] : undefined);
}
const subjectOf = lookup(SUBJECTS);
const objectOf = lookup(OBJECTS);

// Most words have no typographic apostrophe: those are returned as they are, without running the regex.
const apostrophe = (s: string): string => (s.includes("\u2019") ? s.replace(/\u2019/g, "'") : s);

const SPEAKERS = new Set(["we", "i", "you"]);

/** One word of a token (`we'll` is two), with its classes and verb readings. */
function readPart(
  lex: EnglishLexicon,
  text: string,
  previous: ReadWord | undefined,
  s: number,
  e: number,
  key: string,
): ReadWord {
  let sems: readonly Sem[] = key === "n't" ? (["neg"] as Sem[]) : lex.classes.word(key);
  // `sugar-free`, `hands-free` describe a product; they offer nothing.
  if (key === "free" && text[s - 1] === "-") sems = sems.filter((x) => x !== "free");
  // `we said`, `I mentioned` report nobody else's words.
  if (sems.includes("report") && previous !== undefined && SPEAKERS.has(previous.key))
    sems = sems.filter((x) => x !== "report");
  return { start: s, end: e, key, sems, verbs: lex.forms.get(key) ?? AUX_READINGS.get(key) ?? [] };
}

function readWord(text: string, start: number, end: number, previous?: ReadWord): ReadWord[] {
  const lex = english();
  const raw = apostrophe(text.slice(start, end));
  const lower = raw.toLowerCase();
  const at = lower.indexOf("'");
  if (at > 0 && at < lower.length - 1) {
    const head = lower.slice(0, at);
    const tail = lower.slice(at);
    // won't → will + not; can't → can + not; don't → do + not; shan't → shall + not
    if (tail === "'t" && head.endsWith("n")) {
      const base =
        head === "won" ? "will" : head === "can" ? "can" : head === "shan" ? "shall" : head.slice(0, -1);
      return [
        readPart(lex, text, previous, start, start + at - 1, base),
        readPart(lex, text, previous, start + at - 1, end, "n't"),
      ];
    }
    if (
      tail === "'ll" ||
      tail === "'re" ||
      tail === "'ve" ||
      tail === "'m" ||
      tail === "'d" ||
      tail === "'s"
    ) {
      if (head === "let")
        return [
          readPart(lex, text, previous, start, start + at, "let"),
          readPart(lex, text, previous, start + at, end, "us"),
        ];
      const parts = [
        readPart(lex, text, previous, start, start + at, head),
        readPart(lex, text, previous, start + at, end, tail),
      ];
      // After a noun, `'s` is `is` (`your refund's on its way`) or a possessive (`the customer's order`): the
      // reading as `is` is kept only after a pronoun or a noun the rules know.
      if (tail === "'s" && !S_IS.has(head) && (parts[0] as ReadWord).sems.length === 0)
        return [parts[0] as ReadWord, { ...(parts[1] as ReadWord), verbs: [] }];
      return parts;
    }
  }
  if (lower === "gonna")
    return [
      { start, end, key: "going", sems: [], verbs: [{ lemma: "go", tam: "ger" }] },
      { start, end, key: "to", sems: lex.classes.word("to"), verbs: [] },
    ];
  return [readPart(lex, text, previous, start, end, lower)];
}

const AUX_READINGS = new Map<string, VerbForm[]>([
  ["will", [{ lemma: "will", tam: "fut" }]],
  ["'ll", [{ lemma: "will", tam: "fut" }]],
  ["shall", [{ lemma: "will", tam: "fut" }]],
  ["wo", [{ lemma: "will", tam: "fut" }]],
  ["can", [{ lemma: "can", tam: "pres" }]],
  ["ca", [{ lemma: "can", tam: "pres" }]],
  ["could", [{ lemma: "can", tam: "cond" }]],
  ["would", [{ lemma: "would", tam: "cond" }]],
  ["should", [{ lemma: "should", tam: "cond" }]],
  ["must", [{ lemma: "must", tam: "pres" }]],
  ["may", [{ lemma: "may", tam: "pres" }]],
  ["might", [{ lemma: "might", tam: "cond" }]],
  ["ought", [{ lemma: "ought", tam: "cond" }]],
]);

const isAux = (w: Word): boolean => AUX_FUTURE.has(w.key) || MODALS.has(w.key);
const isBe = (w: Word | undefined): boolean => w !== undefined && w.verbs.some((v) => v.lemma === "be");
const isHave = (w: Word | undefined): boolean => w !== undefined && w.verbs.some((v) => v.lemma === "have");
const isDo = (w: Word | undefined): boolean => w !== undefined && w.verbs.some((v) => v.lemma === "do");
const HEAD_SKIP = new Set([
  "please",
  "just",
  "so",
  "now",
  "then",
  "and",
  "also",
  "kindly",
  "oh",
  "ok",
  "okay",
  "hey",
  "hi",
  "well",
]);

/** Adverbs and quantifiers that may follow an auxiliary inside its verb group (`we will also`, `we can all`). */
const GROUP_ADVERBS = new Set([
  "also",
  "just",
  "still",
  "then",
  "gladly",
  "happily",
  "personally",
  "definitely",
  "certainly",
  "immediately",
  "now",
  "absolutely",
  "all",
  "both",
  "each",
  "really",
  "actually",
  "totally",
  "fully",
  "gonna",
]);

/** Adverbs that may stand between `have` and its participle (`we've already said`). */
const PERFECT_ADVERBS = new Set([
  "already",
  "repeatedly",
  "clearly",
  "previously",
  "recently",
  "always",
  "ever",
  "never",
  "not",
  "n't",
  "just",
  "also",
  "literally",
  "obviously",
  "probably",
]);

/** English verb groups of one clause. */
function readGroups(words: readonly Word[], _clause: Clause, offset: number): VerbGroup[] {
  const lex = english();
  const out: VerbGroup[] = [];
  let subject: Person | undefined;
  let subjectAt = -1;
  let negated = false;
  let hadFinite = false;
  let subjectNoun: string | undefined;
  let i = 0;
  // A command: the clause starts (after `please`, `just`…) with a bare verb.
  let headAt = 0;
  while (headAt < words.length && HEAD_SKIP.has((words[headAt] as Word).key)) headAt++;
  while (i < words.length) {
    const w = words[i] as Word;
    if (w.sems.includes("neg") && w.key !== "no") {
      negated = true;
      i++;
      continue;
    }
    const pronoun = subjectOf(w.key);
    if (pronoun !== undefined && !(i > 0 && (words[i - 1] as Word).sems.includes("prep"))) {
      subject = pronoun;
      subjectNoun = undefined;
      hadFinite = false;
      subjectAt = i;
      i++;
      continue;
    }
    const previousWord = i > 0 ? words[i - 1] : undefined;
    // After a determiner or a preposition (but `to`), a word is a noun (`in credit`, `your refund`); so is a
    // bare verb form after the clause already has its verb and no new subject (`adding bonus points`).
    const nounPosition =
      previousWord !== undefined &&
      !isAux(w) &&
      (previousWord.sems.includes("det") ||
        (previousWord.sems.includes("prep") &&
          previousWord.key !== "to" &&
          !w.verbs.some((v) => v.tam === "ger")) ||
        (hadFinite &&
          subject === undefined &&
          !w.verbs.some((v) => v.tam === "ger" || v.tam === "part") &&
          previousWord.key !== "to"));
    // English verbs agree: a bare form after a singular noun subject (`Brightwell gift cards…`) or a third-person
    // form with no subject at all (`Orders from…`) is a noun.
    const disagrees =
      !isAux(w) &&
      !isBe(w) &&
      !isHave(w) &&
      !isDo(w) &&
      w.verbs.length > 0 &&
      w.verbs.every((v) => v.tam === "pres") &&
      ((subjectNoun !== undefined &&
        !subjectNoun.endsWith("s") &&
        w.verbs.every((v) => v.person === undefined)) ||
        (subject === undefined && i === headAt && w.verbs.every((v) => v.person === "3")));
    if (w.verbs.length === 0 || nounPosition || disagrees) {
      // A noun before the verb group is a third-party subject (`Your refund will arrive`, `Our driver was…`).
      if (
        !hadFinite &&
        !w.sems.includes("prep") &&
        !w.sems.includes("neg") &&
        !w.sems.includes("det") &&
        !HEAD_SKIP.has(w.key)
      ) {
        if (subject === undefined || subjectAt < i - 3 || subjectNoun !== undefined) {
          subject = "3";
          subjectAt = i;
          subjectNoun = w.key;
        }
      }
      i++;
      continue;
    }
    const first = i;
    let tam: Tam | undefined;
    let modal: string | undefined;
    let passive = false;
    let j = i;
    // Auxiliary chain.
    if (AUX_FUTURE.has(w.key)) {
      tam = "fut";
      j++;
    } else if (MODALS.has(w.key)) {
      modal = (w.verbs[0] as VerbForm).lemma;
      tam = (w.verbs[0] as VerbForm).tam;
      j++;
    } else if (isBe(w) && words[j + 1]?.key === "going" && words[j + 2]?.key === "to") {
      tam = "peri";
      j += 3;
    } else if (w.key === "going" && words[j + 1]?.key === "to" && words[j + 2] !== undefined) {
      // `gonna send you…` with the subject left out.
      tam = "peri";
      if (subject === undefined) subject = "1p";
      j += 2;
    } else if (isDo(w) && (words[j + 1]?.key === "n't" || words[j + 1]?.key === "not")) {
      tam = w.verbs.some((v) => v.tam === "past") ? "past" : "pres";
      j++;
    } else if (
      isDo(w) &&
      words[j + 1] !== undefined &&
      (words[j + 1] as Word).verbs.length > 0 &&
      subject !== undefined
    ) {
      tam = w.verbs.some((v) => v.tam === "past") ? "past" : "pres";
      j++;
    }
    while (
      j < words.length &&
      ((words[j] as Word).sems.includes("neg") || GROUP_ADVERBS.has((words[j] as Word).key))
    ) {
      if ((words[j] as Word).sems.includes("neg") && (words[j] as Word).key !== "no") negated = true;
      j++;
    }
    // have + participle; be + participle (passive); be + -ing; be going to
    let v = words[j];
    // `we've already said`, `we have repeatedly explained`: an adverb may stand between `have` and its participle.
    let participleAt = j + 1;
    while (participleAt < j + 3 && PERFECT_ADVERBS.has(words[participleAt]?.key ?? "")) participleAt++;
    if (
      isHave(v) &&
      words[participleAt]?.verbs.some((r) => r.tam === "part" || (r.tam === "past" && r.lemma !== "have"))
    ) {
      if (tam === undefined) tam = "past";
      for (let k = j + 1; k < participleAt; k++) if ((words[k] as Word).sems.includes("neg")) negated = true;
      j = participleAt;
      v = words[j];
    }
    if (isBe(v) && words[j + 1]?.key === "going" && words[j + 2]?.key === "to" && tam === undefined) {
      tam = "peri";
      j += 3;
      v = words[j];
    } else if (isBe(v) && words[j + 1]?.key === "been") {
      j++;
      v = words[j];
    }
    if (isBe(v) && words[j + 1] !== undefined) {
      const next = words[j + 1] as Word;
      if (next.verbs.some((r) => r.tam === "part") && !next.verbs.some((r) => r.tam === "ger")) {
        passive = true;
        if (tam === undefined) tam = v?.verbs.some((r) => r.tam === "past") ? "past" : "pres";
        j++;
        v = words[j];
      } else if (next.verbs.some((r) => r.tam === "ger")) {
        if (tam === undefined) tam = v?.verbs.some((r) => r.tam === "past") ? "past" : "pres";
        j++;
        v = words[j];
      }
    }
    let unknown: VerbForm | undefined;
    if (v !== undefined && v.verbs.length === 0 && j > first && isContent(v)) {
      // A verb the lexicon does not know, after an auxiliary (`we'll waive the fee`): read it as a base form.
      unknown = { lemma: v.key, tam: "pres" };
    } else if (v === undefined || v.verbs.length === 0) {
      // An auxiliary with no verb after it (`we will.`, `you are`): the auxiliary is the verb.
      v = words[first] as Word;
      j = first;
    }
    const reading = unknown ?? pickEnglish(v as Word, tam !== undefined || modal !== undefined);
    let person: Person = subject ?? "3";
    const subjectless = subject === undefined;
    if (tam === undefined && first > 0 && (words[first - 1] as Word).key === "to") {
      tam = "inf";
    }
    if (tam === undefined) {
      tam = reading.tam === "part" ? "past" : reading.tam === "ger" ? "ger" : reading.tam;
      if (j === headAt && subject === undefined && reading.tam === "pres" && reading.person === undefined) {
        tam = "imp";
        person = "2";
      } else if (reading.person !== undefined && subject === undefined) person = reading.person;
    }
    if (isDo(words[first]) && first === headAt && subject === undefined && negated) {
      // `Don't shout at our staff.`
      tam = "imp";
      person = "2";
    }
    const obj = objectOf(words[j + 1]?.key ?? "");
    out.push(
      verbGroup(
        offset + first,
        offset + j,
        reading.lemma,
        lex,
        tam,
        person,
        obj,
        modal,
        passive,
        negated,
        subjectless,
      ),
    );
    if (tam !== "inf" && tam !== "ger" && tam !== "part") hadFinite = true;
    subject = undefined;
    subjectNoun = undefined;
    negated = false;
    i = j + 1;
  }
  return out;
}

/** A verb group with its optional fields set only when present, in the order the analysis has always used. */
function verbGroup(
  first: number,
  head: number,
  lemma: string,
  lex: EnglishLexicon,
  tam: Tam,
  person: Person,
  object: Person | undefined,
  modal: string | undefined,
  passive: boolean,
  negated: boolean,
  subjectless: boolean,
): VerbGroup {
  const g: { -readonly [K in keyof VerbGroup]: VerbGroup[K] } = {
    first,
    head,
    lemma,
    sems: lex.classes.lemma(lemma),
    tam,
    person,
  } as VerbGroup;
  if (object !== undefined) g.object = object;
  if (modal !== undefined) g.modal = modal;
  g.passive = passive;
  g.negated = negated;
  if (subjectless) g.subjectless = true;
  return g;
}

const isContent = (w: Word): boolean =>
  !w.sems.some((s) => s === "det" || s === "prep" || s === "neg" || s === "coord" || s === "subord") &&
  subjectOf(w.key) === undefined &&
  objectOf(w.key) === undefined;

function pickEnglish(w: Word, afterAux: boolean): VerbForm {
  if (afterAux)
    return w.verbs.find((v) => v.tam === "pres" && v.person === undefined) ?? (w.verbs[0] as VerbForm);
  return (
    w.verbs.find((v) => v.tam === "past") ?? w.verbs.find((v) => v.tam === "pres") ?? (w.verbs[0] as VerbForm)
  );
}

/** The English clause reader. */
export const englishClauses: ClauseReader = {
  lang: "en",
  readWord,
  get classes(): ClassTable {
    return english().classes;
  },
  readGroups,
  stem: stemEnglish,
};
