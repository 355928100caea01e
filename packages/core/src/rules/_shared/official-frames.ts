// Official statements read from the clause analysis, in any language: the author speaks as the company
// (`en nombre de Frescalia`, `speaking for Chispa`, `as a company`), states the company's position or decision
// (`la postura de Chispa es…`, `the company has decided…`, `Brightwell officially backs…`), or heads a post as a
// statement (`Comunicado:`, `Official:`). Pointers to a published statement, refusals to speak for the company,
// questions, hypotheses, quotations and personal opinions are not statements.
import type { Analysis, VerbGroup, Word } from "../../lang/analysis.js";
import { anySem, sentenceGroups, sentenceWords, wordAtIndex } from "./clause-reading.js";
import type { BrandWords } from "./commitment-frames.js";

/** An official statement found in a text. */
export interface OfficialStatement {
  /** First offset of its signal. */
  readonly start: number;
  /** Offset after its signal. */
  readonly end: number;
  /** Which signal it carries. */
  readonly kind: "behalf" | "official" | "decision" | "stance" | "header";
}

const isCompanyWord = (w: Word, brand: BrandWords): boolean =>
  w.sems.includes("company") || w.sems.includes("body") || brand.has(w.key);

/** A company word of the analysis at `i` that names the brand, not a carrier (`la empresa de transporte`). */
function companyAt(a: Analysis, i: number, brand: BrandWords): boolean {
  const w = a.words[i] as Word;
  if (!isCompanyWord(w, brand)) return false;
  const around = [wordAtIndex(a.words, i - 1), a.words[i + 1], a.words[i + 2]];
  return !around.some(
    (x) =>
      x !== undefined &&
      x.sentence === w.sentence &&
      (x.sems.includes("third-party") || x.key === "courier" || x.key === "delivery" || x.key === "shipping"),
  );
}

/** Words saying the text points to a statement published elsewhere (`en el comunicado que subimos`, `pinned`). */
const POINTERS = new Set([
  "fijado",
  "fijada",
  "pinned",
  "enlace",
  "link",
  "subimos",
  "publicamos",
  "posted",
  "published",
  "adjunto",
  "attached",
]);

/** Whether the sentence only points to a published statement (`here's the statement we posted`). */
function pointer(a: Analysis, s: number): boolean {
  const words = sentenceWords(a, s);
  if (words.some((w) => POINTERS.has(w.key))) return true;
  return sentenceGroups(a, s).some(
    (g) =>
      (g.sems.includes("publish-v") && g.tam === "past") ||
      (g.sems.includes("share-v") && !g.sems.includes("give-v") && (g.person === "2" || g.tam === "imp")),
  );
}

/** Whether sentence `s` is the author's own assertion. */
function assertive(a: Analysis, s: number, w: Word): boolean {
  if (a.sentences[s]?.question || w.quoted) return false;
  const clause = a.clauses[w.clause];
  return clause !== undefined && !clause.protasis && !clause.reported;
}

/** Negated before word `i` in its clause (`no puedo hablar en nombre de la empresa`). */
function negatedBefore(a: Analysis, i: number): boolean {
  const w = a.words[i] as Word;
  const clause = a.clauses[w.clause];
  if (clause === undefined) return false;
  for (let k = clause.firstWord; k < i; k++) if ((a.words[k] as Word).sems.includes("neg")) return true;
  return false;
}

/** Negated anywhere before word `i` in its sentence (`not something I can confirm or deny on the brand's behalf`). */
function negatedInSentence(a: Analysis, i: number): boolean {
  const w = a.words[i] as Word;
  const first = a.sentences[w.sentence]?.firstWord ?? 0;
  for (let k = first; k < i; k++) if ((a.words[k] as Word).sems.includes("neg")) return true;
  return false;
}

/** The company or brand named within `reach` words after `i`. */
function companyAfter(a: Analysis, i: number, reach: number, brand: BrandWords): boolean {
  const w = a.words[i] as Word;
  for (let k = i + 1; k < a.words.length && k <= i + reach; k++) {
    const x = a.words[k] as Word;
    if (x.sentence !== w.sentence) return false;
    if (companyAt(a, k, brand)) return true;
  }
  // `on Brightwell's behalf`
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const x = a.words[k] as Word;
    if (x.sentence !== w.sentence) return false;
    if (companyAt(a, k, brand)) return w.key === "behalf";
  }
  return false;
}

/** Whether group `g`'s subject (the words of its clause before it) names the company, its board or brand. */
function companySubject(a: Analysis, g: VerbGroup, brand: BrandWords): boolean {
  const head = a.words[g.head] as Word;
  const clause = a.clauses[head.clause];
  const from = Math.max(clause?.firstWord ?? 0, g.first - 6);
  for (let k = from; k < g.first; k++) {
    if (!companyAt(a, k, brand)) continue;
    // `in a brand crisis the first hours decide…`: a company word inside a prepositional phrase is no subject.
    const before = [wordAtIndex(a.words, k - 1), wordAtIndex(a.words, k - 2)];
    if (
      before.some(
        (x) => x !== undefined && x.sentence === (a.words[k] as Word).sentence && x.sems.includes("prep"),
      )
    )
      continue;
    return true;
  }
  // Spanish puts the subject after the verb too: `Lo que ha decidido Frescalia…`.
  if (a.lang !== "es") return false;
  for (let k = g.head + 1; k <= g.head + 2 && k < a.words.length; k++)
    if ((a.words[k] as Word).clause === head.clause && companyAt(a, k, brand)) return true;
  return false;
}

/** `oficialmente`, `formally`, `on the record`: an adverb, not an adjective (`una promo oficial`). */
const ADVERBS = new Set([
  "oficialmente",
  "formalmente",
  "officially",
  "formally",
  "on",
  "record",
  "de",
  "forma",
  "con",
  "caracter",
]);

/** `ha tomado la decisión de…`, `has made the decision to…`, `made its call`. */
function takesDecision(a: Analysis, g: VerbGroup): boolean {
  if (!(g.lemma === "tomar" || g.lemma === "take" || g.lemma === "make" || g.lemma === "hacer")) return false;
  const next = [a.words[g.head + 1], a.words[g.head + 2]];
  return next.some((w) => w !== undefined && (w.key === "decision" || w.key === "call"));
}

/** `ha dejado claro que…`, `has made it clear that…`, `made clear`: a position stated. */
function makesClear(a: Analysis, g: VerbGroup): boolean {
  if (!(g.lemma === "dejar" || g.lemma === "make")) return false;
  for (let k = g.head + 1; k <= g.head + 2 && k < a.words.length; k++) {
    const key = (a.words[k] as Word).key;
    if (key === "claro" || key === "clara" || key === "clear") return true;
  }
  return false;
}

/**
 * Whether an `official` word carries an official statement: next to a stance noun (`posición oficial`, `official
 * stance`); as an adverb with the company's decision, announcement or position (`Brightwell officially backs…`);
 * as `es oficial` / `it's official` opening a clause; or heading a post (`Oficial:`, `Official:`).
 */
function officialContent(
  a: Analysis,
  s: number,
  k: number,
  words: readonly Word[],
  groups: readonly VerbGroup[],
  brand: BrandWords,
): boolean {
  const w = words[k] as Word;
  const prev = wordAtIndex(words, k - 1);
  const next = words[k + 1];
  if (prev?.sems.includes("stance") || next?.sems.includes("stance")) return true;
  if (prev?.sems.includes("channel") || next?.sems.includes("channel")) return false;
  if (k === 0 && (w.key === "official" || w.key === "oficial")) return true;
  // `es oficial`, `it's official`, `as a company`, `como empresa`: the expression itself states.
  if (
    w.key === "es" ||
    w.key === "esto" ||
    w.key === "eso" ||
    w.key === "this" ||
    w.key === "that" ||
    w.key === "it" ||
    w.key === "como" ||
    w.key === "as" ||
    w.key === "company-wide"
  ) {
    const at = w.index;
    const clauseStart =
      a.clauses[w.clause]?.firstWord === at ||
      (a.words[at - 1]?.key === "and" && a.clauses[w.clause]?.firstWord === at - 1);
    if (w.key === "como" || w.key === "as" || clauseStart) return true;
  }
  // `on the record for Chispa`, `dejar clara su postura`, `want to be clear about…`: an expression with the
  // company or a stance in its sentence.
  const adjective = w.key === "official" || w.key === "oficial" || w.key === "oficiales";
  // `Esta promo es oficial de Chispa`, `this giveaway is official`: authenticity, not a statement.
  if (
    w.key === "es" &&
    prev !== undefined &&
    prev.key !== "esto" &&
    prev.key !== "eso" &&
    !prev.sems.includes("coord")
  )
    return false;
  if (!adjective && (!ADVERBS.has(w.key) || w.key === "on")) {
    const i = w.index;
    if (companyAfter(a, i, 4, brand) || words.some((x) => x.sems.includes("stance"))) return true;
  }
  if (ADVERBS.has(w.key)) {
    return groups.some(
      (g) =>
        g.sems.includes("stance-v") ||
        g.sems.includes("decide-v") ||
        g.sems.includes("announce-v") ||
        companySubject(a, g, brand),
    );
  }
  void s;
  return false;
}

/** Every official statement of an analysed text, at most one per sentence. */
export function findOfficialStatements(a: Analysis, brand: BrandWords = new Set()): OfficialStatement[] {
  const out: OfficialStatement[] = [];
  for (let s = 0; s < a.sentences.length; s++) {
    const words = sentenceWords(a, s);
    if (words.length === 0 || a.sentences[s]?.question) continue;
    const first = a.sentences[s]?.firstWord ?? 0;
    const groups = sentenceGroups(a, s);
    const personal = anySem(words, "personal");
    const points = pointer(a, s);
    let found: OfficialStatement | undefined;
    for (let k = 0; k < words.length && found === undefined; k++) {
      const w = words[k] as Word;
      const i = first + k;
      if (!assertive(a, s, w)) continue;
      // Speaking for the company: `en nombre de Frescalia`, `speaking for Chispa`, `representing Chispa USA`.
      if (w.sems.includes("behalf") && companyAfter(a, i, 5, brand) && !negatedInSentence(a, i)) {
        // The span runs to the company named (`En nombre de la empresa`), or is the word (`on Chispa's behalf`).
        let end = w.end;
        for (let j = i + 1; j <= i + 5 && j < a.words.length; j++)
          if (companyAt(a, j, brand) && (a.words[j] as Word).sentence === w.sentence) {
            end = (a.words[j] as Word).end;
            break;
          }
        found = { start: w.start, end, kind: "behalf" };
        break;
      }
      // `Comunicado:`, `Statement |`, `Official:` at the head of a sentence.
      if (
        k === 0 &&
        (w.key === "comunicado" || w.key === "statement" || w.key === "anuncio" || w.key === "official") &&
        !points
      ) {
        found = { start: w.start, end: w.end, kind: "header" };
        break;
      }
      // `oficialmente`, `es oficial`, `on the record`, `as a company`, with something stated — not an official
      // account or shop, not a pointer to a published statement.
      if (
        (w.sems.includes("official") ||
          (w.sems.includes("company") && (w.key === "como" || w.key === "as"))) &&
        !points &&
        !personal
      ) {
        if (negatedBefore(a, i)) continue;
        if (officialContent(a, s, k, words, groups, brand)) {
          found = { start: w.start, end: w.end, kind: "official" };
          break;
        }
        continue;
      }
      // A stance or decision the company holds: `la postura de Chispa`, `the company's position`, `leadership
      // decision`, `our official policy`.
      if (w.sems.includes("stance") && !points && !personal && !negatedBefore(a, i)) {
        const near = a.words.slice(Math.max(0, i - 3), i + 4) as Word[];
        let owned = false;
        for (let j = Math.max(0, i - 3); j <= i + 3 && j < a.words.length; j++)
          if ((a.words[j] as Word).sentence === w.sentence && companyAt(a, j, brand)) owned = true;
        // `nuestra posición oficial`, `our official stance`
        if (
          !owned &&
          near.some((x) => x.sems.includes("official")) &&
          near.some((x) => x.sems.includes("we"))
        )
          owned = true;
        const policyOf =
          (w.key === "politica" || w.key === "policy") && !near.some((x) => x.sems.includes("official"));
        if (owned && !policyOf) {
          found = { start: w.start, end: w.end, kind: "stance" };
          break;
        }
      }
    }
    if (found === undefined && !points && !personal) {
      // The company decides, condemns, supports, rejects…: `Brightwell has decided…`, `la empresa condena…`.
      const g = groups.find(
        (x) =>
          (x.sems.includes("stance-v") ||
            x.sems.includes("decide-v") ||
            x.sems.includes("announce-v") ||
            takesDecision(a, x) ||
            makesClear(a, x)) &&
          x.tam !== "inf" &&
          x.tam !== "imp" &&
          companySubject(a, x, brand),
      );
      if (g !== undefined && assertive(a, s, a.words[g.head] as Word)) {
        const head = a.words[g.head] as Word;
        found = { start: (a.words[g.first] as Word).start, end: head.end, kind: "decision" };
      }
    }
    if (found !== undefined) out.push(found);
  }
  return out;
}
