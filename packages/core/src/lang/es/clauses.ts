// Spanish clause analysis: words read against the verb table (every person, tense and mood of 570 verbs, enclitics
// split off), then verb groups — `vamos a` + infinitive, `haber` + participle, modals, `estar` + gerund, passives
// with `ser`, impersonal `se`, usted imperatives at the head of a clause — with their person and polarity.

import type { Clause, Person, Sem, Tam, VerbForm, VerbGroup, Word } from "../analysis.js";
import { type ClassTable, compileClasses } from "../class-table.js";
import type { ClauseReader, ReadWord } from "../segment.js";
import { LEMMAS, PHRASES, WORDS } from "./classes.js";
import type { VerbSlot } from "./morphology/slots.js";
import { foldSpanish, paradigmTable, type VerbTable } from "./morphology/verbs.js";
import { stemSpanish } from "./stem.js";

const TAM_OF: Record<string, Tam> = {
  p: "pres",
  v: "pres",
  s: "subj",
  i: "imp",
  f: "fut",
  c: "cond",
  t: "past",
  m: "past",
};

function formOf(lemma: string, slot: VerbSlot, clitic?: Person): VerbForm {
  if (slot === "ger") return clitic === undefined ? { lemma, tam: "ger" } : { lemma, tam: "ger", clitic };
  if (slot === "part") return { lemma, tam: "part" };
  const tam = TAM_OF[slot[0] as string] as Tam;
  const p = slot.slice(1);
  const person: Person =
    p === "1s"
      ? "1s"
      : p === "1p"
        ? "1p"
        : p === "2s" || p === "2p" || p === "v" || tam === "imp"
          ? "2"
          : "3?";
  return clitic === undefined ? { lemma, tam, person } : { lemma, tam, person, clitic };
}

const CLITIC_PERSON: Readonly<Record<string, Person>> = {
  me: "1s",
  nos: "1p",
  te: "2",
  os: "2",
  le: "2",
  les: "2",
  lo: "3",
  la: "3",
  los: "3",
  las: "3",
  se: "3",
};
/** `CLITIC_PERSON[key]` as a plain-object read answers it (inherited names included), from a Map: a word key is
 * a fresh string, which a keyed read of an object literal must first intern. */
const cliticMap = new Map(Object.entries(CLITIC_PERSON));
const INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype));
const cliticOf = (key: string): Person | undefined =>
  cliticMap.get(key) ?? (INHERITED.has(key) ? CLITIC_PERSON[key] : undefined);
// Enclitic groups, longest first: `devolvérselo` = devolver + se + lo.
const ENCLITICS = [
  "noslos",
  "noslas",
  "selos",
  "selas",
  "melos",
  "melas",
  "telos",
  "telas",
  "noslo",
  "nosla",
  "selo",
  "sela",
  "melo",
  "mela",
  "telo",
  "tela",
  "oslo",
  "osla",
  "nos",
  "los",
  "las",
  "les",
  "me",
  "te",
  "se",
  "lo",
  "la",
  "le",
  "os",
];

/** Person of the first pronoun of an enclitic group that names a person (`selo` → 2: `se` stands for `le`). */
function encliticPerson(group: string): Person {
  if (group.startsWith("nos")) return "1p";
  if (group.startsWith("me")) return "1s";
  if (group.startsWith("te") || group.startsWith("os") || group.startsWith("le") || group.startsWith("se"))
    return "2";
  return "3";
}

interface SpanishLexicon {
  readonly table: VerbTable;
  readonly infinitives: ReadonlyMap<string, string>;
  readonly classes: ClassTable;
}

let lexicon: SpanishLexicon | undefined;

function spanish(): SpanishLexicon {
  if (lexicon !== undefined) return lexicon;
  const table = paradigmTable();
  const infinitives = new Map<string, string>();
  for (const inf of table.infinitives) infinitives.set(foldSpanish(inf), inf);
  lexicon = { table, infinitives, classes: compileClasses(WORDS, PHRASES, LEMMAS, foldSpanish) };
  return lexicon;
}

// Words whose verb reading is rare next to their other sense (`tarde` late, not `tardé`).
const NOT_VERBS = new Set([
  "se",
  "te",
  "le",
  "les",
  "lo",
  "la",
  "los",
  "las",
  "me",
  "nos",
  "os",
  "tarde",
  "nada",
  "como",
  "para",
  "sobre",
  "entre",
  "bajo",
  "ante",
  "mas",
  "solo",
  "casi",
  "tras",
  "cara",
  "hora",
  "vino",
  "sea",
  "fin",
  "mano",
  "paso",
  "caso",
  "nota",
  "vez",
  "parte",
  "cuenta",
  "seguro",
  "claro",
  "hecho",
  "dicho",
  "pronto",
  "libre",
  "igual",
]);
// Function words are never verbs (`de` is not `dé`, `una` is not `unir`), unless written with the verb's accent.
const FUNCTION: readonly Sem[] = ["det", "prep", "coord", "subord", "neg", "cond", "we", "i", "you", "they"];

/** Verb readings of a word, enclitics split off (`envíenos`, `bonificarle`, `devolviéndole`). */
function verbReadings(lower: string, key: string, sems: readonly Sem[], lex: SpanishLexicon): VerbForm[] {
  const accented = lower !== key;
  const out: VerbForm[] = [];
  if (NOT_VERBS.has(key) && lower === key) return out;
  const exact = lower === key ? [] : lex.table.exact(lower);
  if (exact.length === 0 && sems.some((s) => FUNCTION.includes(s))) return out;
  const inf = lex.infinitives.get(key);
  if (inf !== undefined) out.push({ lemma: inf, tam: "inf" });
  // Participles agree: `devueltos`, `devuelta`, `incluidas` are forms of `devuelto`, `incluido`.
  if (key.length > 4 && (key.endsWith("os") || key.endsWith("as") || key.endsWith("a"))) {
    const masculine = key.endsWith("a") ? `${key.slice(0, -1)}o` : `${key.slice(0, -2)}o`;
    for (const r of lex.table.mayBeVerb(masculine) ? lex.table.foldedKey(masculine) : [])
      if (r.slot === "part") out.push({ lemma: lex.table.infinitives[r.verb] as string, tam: "part" });
  }
  // Written accents decide between forms (`aplicó` past, `aplico` present); without one, the plain form wins.
  const plain = lex.table.mayBeVerb(key) ? lex.table.exact(lower) : [];
  const readings = plain.length > 0 ? plain : lex.table.mayBeVerb(key) ? lex.table.foldedKey(key) : [];
  for (const r of readings) out.push(formOf(lex.table.infinitives[r.verb] as string, r.slot));
  if (out.length > 0 || key.length < 5) return out;
  const last = key[key.length - 1];
  if (last !== "e" && last !== "s" && last !== "o" && last !== "a") return out;
  for (const group of ENCLITICS) {
    if (!key.endsWith(group) || key.length - group.length < 3) continue;
    const stem = key.slice(0, key.length - group.length);
    const person = encliticPerson(group);
    const stemInf = lex.infinitives.get(stem);
    if (stemInf !== undefined) out.push({ lemma: stemInf, tam: "inf", clitic: person });
    // Vosotros imperatives drop their -d before `os` (calmad + os → calmaos).
    const candidates = group.startsWith("os") ? [`${stem}d`, stem] : [stem];
    for (const c of candidates) {
      if (!lex.table.mayBeVerb(c)) continue;
      for (const r of lex.table.foldedKey(c)) {
        const slot = r.slot;
        // A command with enclitics is written with an accent (`actúales`); typed without one, only the verbs the
        // rules care about are read so (`calmese`, `envienos`), not every adjective that looks like one.
        const lemma = lex.table.infinitives[r.verb] as string;
        if (!accented && slot !== "i2p" && lex.classes.lemma(lemma).length === 0) continue;
        if (
          slot === "ger" ||
          slot === "i2s" ||
          slot === "i2p" ||
          slot === "s3s" ||
          slot === "s3p" ||
          slot === "s1p"
        ) {
          const form = formOf(lex.table.infinitives[r.verb] as string, slot, person);
          // With an enclitic, a present subjunctive is an usted/nosotros command (`envíenos`, `calmémonos`).
          out.push(form.tam === "subj" ? { ...form, tam: "imp", person: "2" } : form);
        }
      }
    }
    if (out.length > 0) return out;
  }
  return out;
}

const ACCENTED_QUESTION = new Set([
  "qué",
  "cómo",
  "cuándo",
  "dónde",
  "cuál",
  "cuáles",
  "quién",
  "quiénes",
  "cuánto",
  "cuánta",
  "cuántos",
  "cuántas",
]);
const EMPTY_SEMS: readonly Sem[] = [];

/** What a written form reads as, whatever its place: kept across texts (words repeat), bounded. */
interface Reading {
  readonly key: string;
  readonly lower: string;
  readonly sems: readonly Sem[];
  readonly verbs: readonly VerbForm[];
}
const readings = new Map<string, Reading>();
const MAX_READINGS = 20_000;

function readingOf(raw: string): Reading {
  const known = readings.get(raw);
  if (known !== undefined) return known;
  const lex = spanish();
  const lower = raw.toLowerCase();
  const key = foldSpanish(raw);
  let sems: readonly Sem[] = lex.classes.word(key);
  if (ACCENTED_QUESTION.has(lower)) sems = [...sems, "qword"];
  const reading: Reading = { key, lower, sems, verbs: verbReadings(lower, key, sems, lex) };
  if (readings.size >= MAX_READINGS) readings.clear();
  readings.set(raw, reading);
  return reading;
}

function readWord(text: string, start: number, end: number): ReadWord[] {
  const { key, lower, sems, verbs } = readingOf(text.slice(start, end));
  if (key === "si") {
    // `sí` (yes) and a bare `si` before a comma or at the end are no condition.
    let k = end;
    while (k < text.length && text[k] === " ") k++;
    if (lower === "sí" || k >= text.length || ",.!?;:".includes(text[k] as string))
      return [{ start, end, key, sems: EMPTY_SEMS, verbs }];
  }
  return [{ start, end, key, sems, verbs }];
}

const finite = (v: VerbForm): boolean => v.person !== undefined;

/** Spanish verb groups of one clause. */
function readGroups(words: readonly Word[], clause: Clause, offset: number): VerbGroup[] {
  const lex = spanish();
  const out: VerbGroup[] = [];
  let negated = false;
  let object: Person | undefined;
  let impersonal = false;
  let subject: Person | undefined;
  let firstOfGroup = -1;
  let clauseHead = true;
  let lastVerb = -2;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    const prev = i > 0 ? words[i - 1] : undefined;
    if (w.sems.includes("neg")) {
      negated = true;
      if (firstOfGroup < 0) firstOfGroup = i;
      continue;
    }
    if (w.verbs.length === 0 || nounAt(words, i, lastVerb)) {
      const pronoun =
        w.sems.includes("we") && !w.sems.includes("det") ? "1p" : w.key === "yo" ? "1s" : undefined;
      const you = w.key === "usted" || w.key === "ustedes" || w.key === "tu" || w.key === "vosotros";
      if (pronoun !== undefined) subject = pronoun;
      else if (you && !w.sems.includes("det")) subject = "2";
      const clitic = cliticOf(w.key);
      if (clitic !== undefined && nextIsVerb(words, i)) {
        if (w.key === "se") impersonal = true;
        else if (clitic !== "3" || object === undefined) object = clitic;
        if (firstOfGroup < 0) firstOfGroup = i;
        continue;
      }
      if (w.sems.length > 0 && !w.sems.includes("please") && !w.sems.includes("already")) clauseHead = false;
      if (w.verbs.length === 0 && !w.sems.includes("please")) clauseHead = false;
      continue;
    }
    // A word after a preposition is a verb only as an infinitive (`para devolverle`).
    let readings = w.verbs;
    if (prev?.sems.includes("prep")) readings = readings.filter((v) => v.tam === "inf");
    if (readings.length === 0) continue;
    const first = firstOfGroup >= 0 ? firstOfGroup : i;
    const groupStart = i;
    let head = i;
    let tam: Tam;
    let person: Person;
    let modal: string | undefined;
    let passive = impersonal;
    // A clitic before the verb rules out a command (`te llega mañana`: commands take enclitics).
    let reading = pick(readings, clauseHead && subject === undefined && object === undefined && !impersonal);
    const next = words[i + 1];
    const afterNext = words[i + 2];
    // ir + a + infinitive: the periphrastic future of the person of `ir`.
    if (
      reading.lemma === "ir" &&
      finite(reading) &&
      next?.key === "a" &&
      afterNext?.verbs.some((v) => v.tam === "inf")
    ) {
      const inf = afterNext.verbs.find((v) => v.tam === "inf") as VerbForm;
      tam = reading.tam === "past" ? "past" : "peri";
      person = reading.person as Person;
      if (inf.clitic !== undefined && object === undefined) object = inf.clitic;
      head = i + 2;
      reading = inf;
    } else if (reading.lemma === "haber" && finite(reading) && next?.verbs.some((v) => v.tam === "part")) {
      tam = "past";
      person = reading.person as Person;
      head = i + 1;
      reading = next.verbs.find((v) => v.tam === "part") as VerbForm;
    } else if (
      (reading.lemma === "poder" ||
        reading.lemma === "deber" ||
        reading.lemma === "querer" ||
        reading.lemma === "soler" ||
        reading.lemma === "necesitar" ||
        reading.lemma === "tener") &&
      finite(reading) &&
      (next?.verbs.some((v) => v.tam === "inf") ||
        (reading.lemma === "tener" && next?.key === "que" && afterNext?.verbs.some((v) => v.tam === "inf")))
    ) {
      const at = reading.lemma === "tener" ? i + 2 : i + 1;
      if (reading.lemma === "tener" && next?.key !== "que") {
        // `tener` + infinitive is no modal; read `tener` itself.
        tam = reading.tam;
        person = reading.person as Person;
      } else {
        const inf = (words[at] as Word).verbs.find((v) => v.tam === "inf") as VerbForm;
        modal = reading.lemma === "tener" ? "tener que" : reading.lemma;
        tam = reading.tam;
        person = reading.person as Person;
        if (inf.clitic !== undefined && object === undefined) object = inf.clitic;
        head = at;
        reading = inf;
      }
    } else if (reading.lemma === "estar" && finite(reading) && next?.verbs.some((v) => v.tam === "ger")) {
      tam = reading.tam;
      person = reading.person as Person;
      head = i + 1;
      reading = next.verbs.find((v) => v.tam === "ger") as VerbForm;
      if (reading.clitic !== undefined && object === undefined) object = reading.clitic;
    } else if (
      (reading.lemma === "ser" || reading.lemma === "quedar") &&
      finite(reading) &&
      next?.verbs.some((v) => v.tam === "part")
    ) {
      tam = reading.tam;
      person = reading.person as Person;
      passive = true;
      head = i + 1;
      reading = next.verbs.find((v) => v.tam === "part") as VerbForm;
    } else {
      tam = reading.tam;
      person = reading.person ?? (reading.tam === "imp" ? "2" : "3?");
      if (reading.clitic !== undefined && object === undefined) object = reading.clitic;
    }
    // A first-person present with no clitic, no `yo` and not at the head of its clause is a noun that looks like a
    // verb (`tarjetas regalo`, `envío completo`).
    if (
      person === "1s" &&
      head === groupStart &&
      tam === "pres" &&
      object === undefined &&
      firstOfGroup < 0 &&
      subject === undefined &&
      !clauseHead &&
      !readings.some((v) => v.tam !== "pres" || v.person !== "1s")
    ) {
      clauseHead = false;
      continue;
    }
    if (subject !== undefined && (person === "3?" || person === subject)) person = subject;
    else if (person === "3?" && hasNounSubject(words, first)) person = "3";
    const sems = lex.classes.lemma(reading.lemma);
    // Optional fields are set only when present, in the same order as always (no spread, no throwaway objects).
    const group = { first: offset + first, head: offset + head, lemma: reading.lemma, sems, tam, person } as {
      -readonly [K in keyof VerbGroup]: VerbGroup[K];
    };
    if (object !== undefined) group.object = object;
    if (modal !== undefined) group.modal = modal;
    group.passive = passive;
    group.negated = negated;
    out.push(group);
    i = Math.max(i, head);
    lastVerb = i;
    // A negation reaches the verb group right after it, not the next one (`los que no pudieron…, les cargamos`).
    negated = false;
    void groupStart;
    void clause;
    firstOfGroup = -1;
    object = undefined;
    impersonal = false;
    clauseHead = false;
  }
  return out;
}

/** The likeliest reading: a command at the head of a clause with no subject, a finite form, else the first. */
function pick(readings: readonly VerbForm[], head: boolean): VerbForm {
  if (head) {
    const command = readings.find((v) => v.tam === "imp" || (v.tam === "subj" && v.person === "3?"));
    if (command !== undefined)
      return command.tam === "imp" ? command : { ...command, tam: "imp", person: "2" };
  }
  return (
    readings.find((v) => v.tam === "fut" || v.tam === "cond") ??
    readings.find((v) => finite(v) && v.tam !== "imp" && v.tam !== "subj") ??
    readings.find(finite) ??
    (readings[0] as VerbForm)
  );
}

/**
 * A word after a determiner is a noun; so is a finite form right after a word read as a verb (auxiliaries are
 * read before this): `hacemos cargo`, `fue culpa nuestra`, `hacernos cargo`.
 */
function nounAt(words: readonly Word[], i: number, lastVerb = -2): boolean {
  const prev = i > 0 ? words[i - 1] : undefined;
  if (prev === undefined) return false;
  const finiteHere = (words[i] as Word).verbs.some((v) => v.person !== undefined);
  // `lo`, `la`, `los`, `las` are clitics before a finite verb, but articles right after one (`garantizamos la
  // entrega`): a verb does not follow a verb.
  if (prev.sems.includes("det") && !prev.sems.includes("prep"))
    return !(cliticOf(prev.key) !== undefined && finiteHere && lastVerb !== i - 2);
  return (
    lastVerb === i - 1 &&
    !(words[i] as Word).verbs.some((v) => v.tam === "part" || v.tam === "ger" || v.tam === "inf")
  );
}

function nextIsVerb(words: readonly Word[], i: number): boolean {
  for (let k = i + 1; k < words.length && k <= i + 3; k++) {
    const w = words[k] as Word;
    if (w.verbs.length > 0) return true;
    if (cliticOf(w.key) === undefined && !w.sems.includes("neg")) return false;
  }
  return false;
}

const NOT_SUBJECTS: readonly Sem[] = [
  "prep",
  "please",
  "already",
  "time",
  "coord",
  "subord",
  "cond",
  "hedge",
  "certain",
];

/** A noun before the group in its clause (`El repartidor llegará`): the subject is a third party. */
function hasNounSubject(words: readonly Word[], first: number): boolean {
  for (let k = first - 1; k >= 0; k--) {
    const w = words[k] as Word;
    if (w.sems.includes("neg") || cliticOf(w.key) !== undefined) continue;
    if (w.sems.some((s) => NOT_SUBJECTS.includes(s))) return false;
    if (w.verbs.length > 0 && !nounAt(words, k)) return false;
    return !w.sems.includes("det");
  }
  return false;
}

/** The Spanish clause reader. */
export const spanishClauses: ClauseReader = {
  lang: "es",
  readWord,
  get classes(): ClassTable {
    return spanish().classes;
  },
  readGroups,
  stem: stemSpanish,
};
