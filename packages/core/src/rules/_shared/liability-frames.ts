// Admissions of legal fault read from the clause analysis, in any language:
// - a word of fault, negligence or liability owned by the brand or its staff (`fue culpa nuestra`, `our driver
//   was negligent`, `somos responsables de los daños`, `that's on us`);
// - responsibility taken for harm or an incident (`asumimos toda la responsabilidad por los daños`);
// - a breach of rules the brand admits (`incumplimos el contrato`, `we infringed your image rights`, `no
//   cumplimos las normas de higiene`);
// - harm caused by the brand's error (`nuestro error le causó la lesión`, `the fire was due to our failure`);
// - an elliptical yes to a question about fault (`— ¿Fue culpa vuestra? — Sí, al cien por cien`).
// Each must be asserted: not denied, asked, supposed, quoted, nor the reader's opinion (`entiendo que piense que…`).
import type { Analysis, VerbGroup, Word } from "../../lang/analysis.js";
import { groupsWithHeadIn, headsBetween, lastNegationBefore } from "./analysis-index.js";
import { anySem, sentenceGroups, sentenceWords, wordAtIndex } from "./clause-reading.js";
import type { BrandWords } from "./commitment-frames.js";

/** An admission found in a text. */
export interface Admission {
  /** First offset. */
  readonly start: number;
  /** Offset after the admission. */
  readonly end: number;
  /** What carries it. */
  readonly kind: "fault" | "negligence" | "liability" | "responsibility" | "breach" | "cause" | "answer";
}

/** Words that make responsibility or fault total (`toda`, `enteramente`, `100 %`, `full`). */
const TOTAL = new Set([
  "toda",
  "todas",
  "total",
  "totalmente",
  "entera",
  "enteramente",
  "exclusiva",
  "exclusivamente",
  "plena",
  "plenamente",
  "completa",
  "completamente",
  "absoluta",
  "cien",
  "full",
  "fully",
  "entire",
  "entirely",
  "complete",
  "completely",
  "totally",
  "sole",
  "solely",
  "whole",
]);
/** Responsibility that is not for harm: social, corporate, environmental. */
const HARMLESS = new Set(["social", "corporate", "corporativa", "ambiental", "environmental"]);
/** Owners that are not the brand. */
const NOT_OURS = new Set(["tu", "tuya", "tuyo", "your", "yours", "ti"]);
/** Affirmative openers of an answer (`Sí, …`, `Yes.`, `It was, 100%.`, `Ours, entirely`). */
const YES = new Set([
  "si",
  "sí",
  "yes",
  "yep",
  "ours",
  "nuestra",
  "nuestro",
  "efectivamente",
  "indeed",
  "correct",
]);

/** Whether the brand (a first-person word or verb, its name, `the company`) appears in `words` or `groups`. */
function ours(words: readonly Word[], groups: readonly VerbGroup[], brand: BrandWords): boolean {
  return (
    words.some(
      (w) => w.sems.includes("we") || w.sems.includes("i") || w.sems.includes("company") || brand.has(w.key),
    ) || groups.some((g) => (g.person === "1p" || g.person === "1s") && !g.subjectless)
  );
}

const staff = (words: readonly Word[]): boolean => words.some((w) => w.sems.includes("staff"));

/** Whether word `i` is not the author's assertion: quoted, supposed, asked, negated before it in its clause. */
function denied(a: Analysis, i: number): boolean {
  const w = a.words[i] as Word;
  if (w.quoted) return true;
  const clause = a.clauses[w.clause];
  if (clause === undefined || clause.protasis || clause.reported) return true;
  if (a.sentences[w.sentence]?.question) return true;
  // A negation binds to the first verb after it: `no fue culpa nuestra` denies; in `sin que nadie lo detectara fue
  // una negligencia` the `nadie` belongs to `detectara`. The nearest negation has the fewest verbs in between, so
  // it alone decides (read from per-analysis indexes: a scan per word made long sentences quadratic).
  const neg = lastNegationBefore(a, i);
  if (neg >= clause.firstWord && headsBetween(a, neg, i) <= 1) return true;
  // `Entiendo que piense que fue negligencia`, `I understand you feel this was negligence`.
  return firstOpinionHead(a, w.sentence) < i;
}

const opinionHeads = new WeakMap<Analysis, Map<number, number>>();

/** The first head of another person's opinion verb (`piense`, `you feel`) in sentence `s`, or Infinity. */
function firstOpinionHead(a: Analysis, s: number): number {
  let bySentence = opinionHeads.get(a);
  if (bySentence === undefined) {
    bySentence = new Map();
    for (const g of a.groups) {
      if (!g.sems.includes("opinion-v") || g.person === "1p" || g.person === "1s") continue;
      const sentence = (a.words[g.head] as Word).sentence;
      bySentence.set(sentence, Math.min(bySentence.get(sentence) ?? Number.POSITIVE_INFINITY, g.head));
    }
    opinionHeads.set(a, bySentence);
  }
  return bySentence.get(s) ?? Number.POSITIVE_INFINITY;
}

/** Every admission of an analysed text, at most one per sentence. */
export function findAdmissions(a: Analysis, brand: BrandWords = new Set(), question?: Analysis): Admission[] {
  const out: Admission[] = [];
  const done = new Set<number>();
  const memo = new Map<string, unknown>();
  const once = <T>(key: string, compute: () => T): T => {
    if (!memo.has(key)) memo.set(key, compute());
    return memo.get(key) as T;
  };
  const add = (sentence: number, start: number, end: number, kind: Admission["kind"]): void => {
    if (done.has(sentence)) return;
    done.add(sentence);
    out.push({ start, end, kind });
  };
  for (let i = 0; i < a.words.length; i++) {
    const w = a.words[i] as Word;
    if (done.has(w.sentence)) continue;
    const kind = kindOf(a, i);
    const onUs = w.key === "on" && a.words[i + 1]?.key === "us";
    if (kind === undefined && !onUs) continue;
    if (denied(a, i)) continue;
    // Facts about the sentence and the clause are read once each: a sentence repeating a candidate word must not
    // be re-read per word.
    const sentence = sentenceWords(a, w.sentence);
    const groups = sentenceGroups(a, w.sentence);
    const sk = `${w.sentence}`;
    const ck = `${w.sentence}:${w.clause}`;
    const clause = once(`clause ${ck}`, () => sentence.filter((x) => x.clause === w.clause));
    const clauseGroups = once(`clause groups ${ck}`, () =>
      groups.filter((g) => (a.words[g.head] as Word).clause === w.clause),
    );
    const oursClause = (): boolean => once(`ours ${ck}`, () => ours(clause, clauseGroups, brand));
    const staffClause = (): boolean => once(`staff ${ck}`, () => staff(clause));
    const oursSentence = (): boolean => once(`ours ${sk}`, () => ours(sentence, groups, brand));
    // `tu culpa`, `your fault`, `the fault is almost certainly your phone`: the reader's fault is no admission.
    const adjacent = [wordAtIndex(a.words, i - 1), a.words[i + 1]].some(
      (x) => x !== undefined && NOT_OURS.has(x.key),
    );
    if (
      adjacent ||
      (kind === "fault" &&
        once(`not ours ${ck}`, () => clause.some((x) => NOT_OURS.has(x.key))) &&
        !once(`ours alone ${ck}`, () => ours(clause, [], brand)))
    )
      continue;
    let admitted = false;
    if (onUs) {
      // `that's on us`, `this week's delays are on us`; an offer `on us` names something given instead.
      const before = wordAtIndex(a.words, i - 1)?.key;
      admitted =
        !once(`offer ${ck}`, () => anySem(clause, "voucher", "free", "order", "money", "discount", "code")) &&
        (before === "'s" || before === "are" || before === "is" || before === "was" || before === "were");
    } else if (kind === "fault") {
      admitted = oursClause() || staffClause() || oursSentence();
    } else if (kind === "negligence") {
      admitted =
        oursSentence() ||
        once(`staff ${sk}`, () => staff(sentence)) ||
        once(`bare ${sk}`, () => bare(a, sentence, groups));
    } else if (kind === "liability" && w.key.startsWith("liab")) {
      // `we are liable`, `we accept liability`: legal words, always an admission when the brand's.
      admitted = oursClause() || staffClause();
    } else if (kind === "liability" || kind === "responsibility") {
      // Responsible for harm or an incident (`somos responsables de los daños`, `es nuestra responsabilidad` after
      // `la línea falló`), not for answering messages.
      const incident = once(`incident ${sk}`, () => {
        const previous = w.sentence > 0 ? sentenceWords(a, w.sentence - 1) : [];
        const previousGroups = w.sentence > 0 ? sentenceGroups(a, w.sentence - 1) : [];
        const incidentGroup = (g: VerbGroup): boolean =>
          g.sems.includes("incident") || g.sems.includes("harm") || g.sems.includes("breach-v");
        return (
          anySem(sentence, "harm", "legal", "negligence", "fault", "incident") ||
          anySem(previous, "harm", "legal", "negligence", "fault", "incident") ||
          groups.some(incidentGroup) ||
          previousGroups.some(incidentGroup)
        );
      });
      admitted =
        (oursClause() || (kind === "liability" && staffClause())) &&
        incident &&
        !once(`harmless ${ck}`, () => clause.some((x) => HARMLESS.has(x.key))) &&
        !jobTitle(a, i);
    }
    if (!admitted) continue;
    // The span takes a possessive beside the word: `culpa nuestra`, `nuestra culpa`, `our fault`.
    const prevWord = wordAtIndex(a.words, i - 1);
    const nextWord = a.words[i + 1];
    const mine = (x: Word | undefined): x is Word =>
      x !== undefined && x.sentence === w.sentence && x.sems.includes("we");
    const start = onUs
      ? (a.words[Math.max(i - 2, 0)] as Word).start
      : mine(prevWord)
        ? prevWord.start
        : w.start;
    const end = onUs ? (a.words[i + 1] as Word).end : mine(nextWord) ? nextWord.end : w.end;
    add(w.sentence, start, end, kind ?? "fault");
  }
  breaches(a, brand, add);
  failedUs(a, add);
  causedHarm(a, brand, add);
  if (question !== undefined) answeredYes(a, question, add);
  out.sort((x, y) => x.start - y.start);
  return out;
}

function kindOf(a: Analysis, i: number): Admission["kind"] | undefined {
  const w = a.words[i] as Word;
  const prev = wordAtIndex(a.words, i - 1);
  // `sin culpa`, `guilt-free`, `fault-finding`: no fault of anyone's.
  if (prev?.key === "sin" || prev?.key === "without" || prev?.key === "no") return undefined;
  if (w.sems.includes("fault")) return "fault";
  if (w.sems.includes("negligence")) return "negligence";
  if (w.sems.includes("liable")) return "liability";
  if (w.sems.includes("responsibility"))
    return w.key.startsWith("responsib") &&
      !w.key.endsWith("ility") &&
      w.key !== "responsabilidad" &&
      w.key !== "responsabilidades"
      ? "liability"
      : "responsibility";
  return undefined;
}

/** `Fue negligencia: nadie revisó…`: negligence stated with nobody else named (the reply speaks for the brand). */
function bare(a: Analysis, sentence: readonly Word[], groups: readonly VerbGroup[]): boolean {
  void a;
  return (
    !anySem(sentence, "third-party", "you", "they") &&
    groups.some((g) => g.lemma === "ser" || g.lemma === "be")
  );
}

const WE_ARE = new Set(["somos", "fuimos", "seremos", "hemos", "sido", "are", "were"]);

/** `como responsable del turno`, `the person responsible for deliveries`, `un responsable le contactará`. */
function jobTitle(a: Analysis, i: number): boolean {
  const w = a.words[i] as Word;
  if (!(w.key.startsWith("responsable") || w.key === "responsible")) return false;
  const prev = wordAtIndex(a.words, i - 1);
  if (prev === undefined) return false;
  if (prev.key === "como" || prev.key === "as" || prev.key === "who's" || prev.key === "'s") return true;
  // `somos los responsables de…`, `we are the ones responsible`: the brand names itself, no job title.
  const before = a.words[i - 2];
  if (before !== undefined && (before.sems.includes("we") || WE_ARE.has(before.key))) return false;
  return prev.sems.includes("det") && !prev.sems.includes("we");
}

/** `Incumplimos el contrato`, `we infringed your image rights`, `no cumplimos las normas de higiene`. */
function breaches(
  a: Analysis,
  brand: BrandWords,
  add: (s: number, start: number, end: number, k: Admission["kind"]) => void,
): void {
  for (const g of a.groups) {
    const head = a.words[g.head] as Word;
    const clause = a.clauses[head.clause];
    if (
      head.quoted ||
      clause === undefined ||
      clause.protasis ||
      clause.reported ||
      a.sentences[head.sentence]?.question
    )
      continue;
    // Only a breaching or complying verb can state a breach (the groups before it are read for those alone).
    if (!g.sems.includes("breach-v") && !g.sems.includes("comply-v")) continue;
    // `we failed to meet safety regulations`, `dejamos de cumplir…`: the failing verb carries the person.
    const failed = groupsWithHeadIn(a, g.first - 3, g.first).find(
      (o) => (o.lemma === "fail" || o.lemma === "fallar" || o.lemma === "dejar") && !o.negated,
    );
    const breach = g.sems.includes("breach-v")
      ? !g.negated
      : g.sems.includes("comply-v")
        ? g.negated || failed !== undefined
        : false;
    if (!breach || g.tam === "imp") continue;
    const agent = failed ?? g;
    if (g.tam === "inf" && failed === undefined) continue;
    if (
      !(
        agent.person === "1p" ||
        agent.person === "1s" ||
        staffSubject(a, agent) ||
        brandSubject(a, agent, brand)
      )
    )
      continue;
    if (lastRulesWord(a, head.sentence) <= g.head) continue;
    add(head.sentence, (a.words[g.first] as Word).start, head.end, "breach");
  }
}

const rulesWords = new WeakMap<Analysis, Map<number, number>>();

/** Index of the last word naming rules or the law (`normas`, `law`, `ley`) in sentence `s`, or -1. */
function lastRulesWord(a: Analysis, s: number): number {
  let bySentence = rulesWords.get(a);
  if (bySentence === undefined) {
    bySentence = new Map();
    for (const w of a.words)
      if (w.sems.includes("rules-n") || w.key === "law" || w.key === "ley")
        bySentence.set(w.sentence, w.index);
    rulesWords.set(a, bySentence);
  }
  return bySentence.get(s) ?? -1;
}

/** `Nuestro error le causó la lesión`, `the fire was due to our failure`, `your injuries were caused by it`. */
function causedHarm(
  a: Analysis,
  brand: BrandWords,
  add: (s: number, start: number, end: number, k: Admission["kind"]) => void,
): void {
  for (const g of a.groups) {
    if (!g.sems.includes("cause-v") || g.negated) continue;
    const head = a.words[g.head] as Word;
    const clause = a.clauses[head.clause];
    if (
      head.quoted ||
      clause === undefined ||
      clause.protasis ||
      clause.reported ||
      a.sentences[head.sentence]?.question
    )
      continue;
    const words = sentenceWords(a, head.sentence);
    const groups = sentenceGroups(a, head.sentence);
    const upTo = words.filter((w) => w.index < g.first);
    // `qué provocó el corte`: an open question about the cause, not an admission.
    if (upTo.some((w) => w.sems.includes("qword") || w.key === "what" || w.key === "que" || w.key === "why"))
      continue;
    const harm = anySem(words, "harm") || groups.some((o) => o.sems.includes("harm"));
    if (!harm || !anySem(upTo, "incident", "fault", "negligence")) continue;
    if (
      !(
        ours(
          upTo,
          groups.filter((o) => o.head < g.first),
          brand,
        ) || staff(upTo)
      )
    )
      continue;
    add(head.sentence, (a.words[g.first] as Word).start, head.end, "cause");
  }
}

/** An elliptical yes (`Sí, al cien por cien`, `Ours, entirely`, `It was, 100%`) to a question about the brand's fault. */
function answeredYes(
  a: Analysis,
  q: Analysis,
  add: (s: number, start: number, end: number, k: Admission["kind"]) => void,
): void {
  const asked = q.sentences.some(
    (s, i) => s.question && anySem(sentenceWords(q, i), "fault", "negligence", "liable", "responsibility"),
  );
  if (!asked) return;
  const first = a.sentences[0];
  if (first === undefined) return;
  const words = sentenceWords(a, 0);
  const opener = words[0];
  if (opener === undefined || words.some((w) => w.sems.includes("neg"))) return;
  const yes =
    YES.has(opener.key) ||
    (opener.key === "it" && words[1]?.key === "was") ||
    (opener.key === "fue" && words.length <= 4);
  if (!yes) return;
  const strong =
    words.some((w) => TOTAL.has(w.key) || w.sems.includes("percent") || w.key === "100") ||
    opener.key === "ours" ||
    opener.key === "nuestra";
  if (!strong && words.length > 2) return;
  add(0, opener.start, (words[Math.min(words.length, 4) - 1] as Word).end, "answer");
}

/** `Fallamos nosotros: el producto estaba contaminado`, `we messed up: …` with harm in the same sentence. */
function failedUs(
  a: Analysis,
  add: (s: number, start: number, end: number, k: Admission["kind"]) => void,
): void {
  for (const g of a.groups) {
    if (!(g.lemma === "fallar" || g.lemma === "fail" || g.lemma === "mess") || g.negated) continue;
    if (!(g.person === "1p" || g.person === "1s") || g.tam === "inf") continue;
    const head = a.words[g.head] as Word;
    const clause = a.clauses[head.clause];
    if (
      head.quoted ||
      clause === undefined ||
      clause.protasis ||
      clause.reported ||
      a.sentences[head.sentence]?.question
    )
      continue;
    const words = sentenceWords(a, head.sentence);
    const groups = sentenceGroups(a, head.sentence);
    if (!anySem(words, "harm", "negligence") && !groups.some((o) => o.sems.includes("harm"))) continue;
    add(head.sentence, (a.words[g.first] as Word).start, head.end, "fault");
  }
}

function staffSubject(a: Analysis, g: VerbGroup): boolean {
  const before = a.words.slice(Math.max(0, g.first - 4), g.first) as Word[];
  return staff(before);
}

function brandSubject(a: Analysis, g: VerbGroup, brand: BrandWords): boolean {
  const before = a.words.slice(Math.max(0, g.first - 4), g.first) as Word[];
  return before.some((w) => w.sems.includes("company") || brand.has(w.key));
}
