// The language-neutral part of the clause analysis: words from tokens, sentences, clauses, quotations, reported
// speech, conditional clauses and contacts. One pass over the tokens, then one over the words; a language pack
// supplies what its words mean (`LexicalReader`) and how its verb groups are built (`GroupReader`).
import type { Span } from "../model/violation.js";
import { findQuotedSpans } from "../text/quotes.js";
import { type Token, tokenize } from "../text/tokenize.js";
import type {
  Analysis,
  Clause,
  ContactKind,
  Person,
  Sem,
  Sentence,
  VerbForm,
  VerbGroup,
  Word,
} from "./analysis.js";
import type { ClassTable } from "./class-table.js";

/** A word as a pack reads it, before it is placed in a sentence and a clause. */
export interface ReadWord {
  /** Offsets in the caller's text. */
  readonly start: number;
  /** Offset after the word. */
  readonly end: number;
  /** Folded key. */
  readonly key: string;
  /** Lexical classes. */
  readonly sems: readonly Sem[];
  /** Verb readings. */
  readonly verbs: readonly VerbForm[];
}

/** Reads one word token (possibly into several words: `we'll` → `we` + `'ll`). */
export type LexicalReader = (
  text: string,
  start: number,
  end: number,
  previous: ReadWord | undefined,
) => ReadWord[];

/** Builds the verb groups of one clause; `words` are the clause's words, `offset` the index of the first. */
export type GroupReader = (words: readonly Word[], clause: Clause, first: number) => VerbGroup[];

const EMPTY: readonly Sem[] = [];
const PERCENT: readonly Sem[] = ["percent"];
const AMOUNT: readonly Sem[] = ["amount", "money"];
const CURRENCY = new Set(["€", "$", "£", "¥"]);

/** Whether a number is a percentage or an amount of money, from the symbol or word next to it. */
function unitAround(prose: string, start: number, end: number): "percent" | "amount" | undefined {
  let k = end;
  while (k < prose.length && prose[k] === " " && k - end < 2) k++;
  const after = prose[k];
  if (after === "%") return "percent";
  if (after !== undefined && CURRENCY.has(after)) return "amount";
  const word = prose.slice(k, k + 7).toLowerCase();
  if (/^(euros?|eur|pesos?|dólares|dolares|dollars?|pounds?|libras?|usd|mxn|gbp)\b/.test(word))
    return "amount";
  let b = start - 1;
  while (b >= 0 && prose[b] === " " && start - b < 3) b--;
  const prev = prose[b];
  return prev !== undefined && CURRENCY.has(prev) ? "amount" : undefined;
}
/** Classes that open a clause. */
const OPENERS = new Set<Sem>(["cond", "coord", "subord"]);
// `.` `!` `?` `…` `;` end a sentence; `,` `:` `(` `)` `—` `–` and quotation marks end a clause.
const SENTENCE_END = new Set([".", "!", "?", "…", ";"]);
const CLAUSE_END = new Set([",", ":", "(", ")", "—", "–", "[", "]", "/", "|"]);

/** Whether one of `sems` opens a clause. */
function opensClause(sems: readonly Sem[]): boolean {
  for (let k = 0; k < sems.length; k++) if (OPENERS.has(sems[k] as Sem)) return true;
  return false;
}

/** Mutable draft of a word while the analysis is built. */
interface Draft {
  start: number;
  end: number;
  key: string;
  sems: readonly Sem[];
  verbs: readonly VerbForm[];
  sentence: number;
  clause: number;
  quoted: boolean;
  capitalised: boolean;
  /** A clause boundary falls before this word. */
  breakBefore: boolean;
  /** A sentence boundary falls before this word. */
  sentenceBefore: boolean;
  /** Not the first word of a multi-word expression (it opens no clause). */
  continues: boolean;
}

const isUpper = (ch: string | undefined): boolean =>
  ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();

/** What a language pack gives the analysis: how to read its words, its expressions, and its verb groups. */
export interface ClauseReader {
  /** The language code. */
  readonly lang: string;
  /** Reads one word token. */
  readonly readWord: LexicalReader;
  /** The language's lexical classes (for multi-word expressions). */
  readonly classes: ClassTable;
  /** Builds the verb groups of a clause. */
  readonly readGroups: GroupReader;
  /** Reduces a word key to its stem (`filtraron` → `filtr`), for matching a family of words. */
  readonly stem: (key: string) => string;
}

/**
 * Analyses `prose` (the caller's text with Markdown markup blanked out, same offsets) with a pack's reader.
 * `tokens` are `tokenize(prose)`, when the caller already has them.
 */
export function analyse(
  prose: string,
  reader: ClauseReader,
  tokens: readonly Token[] = tokenize(prose),
): Analysis {
  const { lang, readWord, readGroups } = reader;
  const quotes = findQuotedSpans(prose);
  const drafts: Draft[] = [];
  const contacts: { start: number; end: number; kind: ContactKind }[] = [];
  let pendingSentence = true;
  let pendingClause = true;
  let questionOpen = false;
  const sentenceQuestion: boolean[] = [];
  let lastEnd = 0;
  let previous: ReadWord | undefined;
  let digits = 0;
  let phoneStart = -1;
  let phoneEnd = -1;
  const flushPhone = (): void => {
    if (phoneStart >= 0 && digits >= 9) contacts.push({ start: phoneStart, end: phoneEnd, kind: "phone" });
    phoneStart = -1;
    digits = 0;
  };
  let quoteIndex = 0;
  for (const t of tokens) {
    // A line break between two tokens ends a sentence (list items, paragraphs).
    for (let k = lastEnd; k < t.start; k++) {
      if (prose.charCodeAt(k) === 0x0a) {
        pendingSentence = true;
        pendingClause = true;
        break;
      }
    }
    lastEnd = t.end;
    if (t.kind === "number") {
      if (phoneStart < 0) phoneStart = t.start;
      phoneEnd = t.end;
      digits += t.end - t.start;
      // An amount or a percentage is a word of its own for the rules (`12 €`, `$42.99`, `15 %`).
      const unit = unitAround(prose, t.start, t.end);
      if (unit !== undefined) {
        if (pendingSentence) sentenceQuestion.push(questionOpen);
        drafts.push({
          start: t.start,
          end: t.end,
          key: unit === "percent" ? "<percent>" : "<amount>",
          sems: unit === "percent" ? PERCENT : AMOUNT,
          verbs: [],
          sentence: 0,
          clause: 0,
          quoted: false,
          capitalised: false,
          breakBefore: pendingClause || pendingSentence,
          sentenceBefore: pendingSentence,
          continues: false,
        });
        pendingSentence = false;
        pendingClause = false;
      }
      continue;
    }
    if (
      t.kind === "punct" &&
      (t.text === "+" || t.text === "-" || t.text === "(" || t.text === ")") &&
      phoneStart >= 0
    )
      continue;
    flushPhone();
    if (t.kind === "url" || t.kind === "email" || t.kind === "mention") {
      contacts.push({ start: t.start, end: t.end, kind: t.kind });
      continue;
    }
    if (t.kind === "punct") {
      if (SENTENCE_END.has(t.text)) {
        if (t.text === "?") {
          // The sentence just closed asks a question.
          sentenceQuestion[sentenceQuestion.length - 1] = true;
        }
        pendingSentence = true;
        pendingClause = true;
        questionOpen = false;
      } else if (t.text === "¿") {
        pendingSentence = pendingSentence || drafts.length > 0;
        pendingClause = true;
        questionOpen = true;
      } else if (
        CLAUSE_END.has(t.text) ||
        t.text === "\u201c" ||
        t.text === "\u201d" ||
        t.text === '"' ||
        t.text === "«" ||
        t.text === "»"
      ) {
        pendingClause = true;
      }
      continue;
    }
    if (t.kind !== "word") continue;
    const read = readWord(prose, t.start, t.end, previous);
    for (const r of read) {
      while (quoteIndex < quotes.length && (quotes[quoteIndex] as Span).end <= r.start) quoteIndex++;
      const q = quotes[quoteIndex];
      const quoted = q !== undefined && r.start >= q.start && r.end <= q.end;
      if (pendingSentence) sentenceQuestion.push(questionOpen);
      drafts.push({
        start: r.start,
        end: r.end,
        key: r.key,
        sems: r.sems.length === 0 ? EMPTY : r.sems,
        verbs: r.verbs,
        sentence: 0,
        clause: 0,
        quoted,
        capitalised: isUpper(prose[r.start]),
        breakBefore: pendingClause || pendingSentence,
        sentenceBefore: pendingSentence,
        continues: false,
      });
      if (pendingSentence && questionOpen) sentenceQuestion[sentenceQuestion.length - 1] = true;
      pendingSentence = false;
      pendingClause = false;
      previous = r;
    }
  }
  flushPhone();
  markPhrases(drafts, reader.classes);

  // Sentences and clauses, and the words' indexes into them.
  const sentences: Sentence[] = [];
  const clauses: Clause[] = [];
  let sentenceStart = 0;
  let clauseStart = 0;
  const closeClause = (end: number): void => {
    if (end <= clauseStart) return;
    const first = drafts[clauseStart] as Draft;
    // A clause opened by `que`/`that` with no punctuation before it continues a conditional one (`si se confirma
    // que fue culpa nuestra`).
    const previous = clauses[clauses.length - 1];
    const continues =
      previous !== undefined &&
      previous.sentence === sentences.length &&
      !first.breakBefore &&
      first.sems.includes("subord") &&
      previous.protasis;
    const protasis = first.sems.includes("cond") || continues;
    clauses.push({
      sentence: sentences.length,
      firstWord: clauseStart,
      endWord: end,
      protasis,
      reported: false,
    });
    clauseStart = end;
  };
  const closeSentence = (end: number): void => {
    closeClause(end);
    if (end <= sentenceStart) return;
    const first = drafts[sentenceStart] as Draft;
    const last = drafts[end - 1] as Draft;
    let close = last.end;
    while (close < prose.length && " \t".includes(prose[close] as string)) close++;
    while (close < prose.length && ".!?…;".includes(prose[close] as string)) close++;
    sentences.push({
      start: first.start,
      end: close,
      firstWord: sentenceStart,
      endWord: end,
      question: sentenceQuestion[sentences.length] === true,
    });
    sentenceStart = end;
  };
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i] as Draft;
    if (i > 0 && d.sentenceBefore) closeSentence(i);
    else if (i > 0 && (d.breakBefore || (!d.continues && opensClause(d.sems)))) closeClause(i);
  }
  closeSentence(drafts.length);
  for (let c = 0; c < clauses.length; c++) {
    const clause = clauses[c] as Clause;
    for (let i = clause.firstWord; i < clause.endWord; i++) {
      const d = drafts[i] as Draft;
      d.sentence = clause.sentence;
      d.clause = c;
    }
  }
  markReported(drafts, clauses, sentences);
  markInvertedConditions(drafts, clauses, sentences);

  const words: Word[] = new Array(drafts.length);
  for (let index = 0; index < drafts.length; index++) {
    const d = drafts[index] as Draft;
    words[index] = {
      start: d.start,
      end: d.end,
      key: d.key,
      sems: d.sems,
      index,
      verbs: d.verbs,
      sentence: d.sentence,
      clause: d.clause,
      quoted: d.quoted,
      capitalised: d.capitalised,
      before: punctuationAt(prose, d.start, -1),
      after: punctuationAt(prose, d.end, 1),
    };
  }
  const groups: VerbGroup[] = [];
  for (const clause of clauses) {
    const slice = words.slice(clause.firstWord, clause.endWord);
    const clauseGroups = readGroups(slice, clause, clause.firstWord);
    // `We'll swap it and cover the shipping`: a coordinated verb with no subject shares the previous one's
    // subject and future.
    const opener = words[clause.firstWord];
    let previousGroup: VerbGroup | undefined;
    for (let k = groups.length - 1; k >= 0 && previousGroup === undefined; k--) {
      const g = groups[k] as VerbGroup;
      if (g.tam !== "inf" && g.tam !== "ger" && g.tam !== "part") previousGroup = g;
    }
    const firstGroup = clauseGroups[0];
    if (
      firstGroup?.subjectless === true &&
      opener?.sems.includes("coord") &&
      previousGroup !== undefined &&
      (words[previousGroup.head] as Word).sentence === clause.sentence
    ) {
      const shared =
        previousGroup.tam === "fut" || previousGroup.tam === "peri" || previousGroup.tam === "pres";
      clauseGroups[0] = {
        ...firstGroup,
        person: previousGroup.person,
        ...(shared && (firstGroup.tam === "pres" || firstGroup.tam === "imp")
          ? { tam: previousGroup.tam }
          : {}),
        subjectless: false,
      };
    }
    for (const g of clauseGroups) groups.push(g);
  }
  return { lang, words, sentences, clauses, groups, contacts };
}

/** The punctuation mark next to offset `at` in direction `step` (spaces skipped, at most 3), or `""`. */
function punctuationAt(prose: string, at: number, step: 1 | -1): string {
  let k = step === 1 ? at : at - 1;
  for (let n = 0; n < 3 && k >= 0 && k < prose.length; n++, k += step) {
    const c = prose[k] as string;
    if (c === " " || c === "\u00a0") continue;
    return ",.;:!?¿¡…—–()-".includes(c) ? c : "";
  }
  return "";
}

/** Adds the classes of multi-word expressions to their words (an expression never crosses a sentence). */
function markPhrases(drafts: Draft[], classes: ClassTable): void {
  for (let i = 0; i < drafts.length; i++) {
    const candidates = classes.phrasesFrom((drafts[i] as Draft).key);
    for (const phrase of candidates) {
      const n = phrase.keys.length;
      if (i + n > drafts.length) continue;
      let ok = true;
      for (let k = 1; k < n && ok; k++) {
        const d = drafts[i + k] as Draft;
        ok = d.key === phrase.keys[k] && !d.sentenceBefore;
      }
      if (!ok) continue;
      for (let k = 0; k < n; k++) {
        const d = drafts[i + k] as Draft;
        // Inside an expression a word loses the negation it has alone (`sin ningún género de dudas`, `no matter
        // what`), unless the expression itself negates.
        const merged = phrase.sems.includes("neg") ? [...d.sems] : d.sems.filter((s) => s !== "neg");
        for (const sem of phrase.sems) {
          // Only the first word of an expression may open a clause (`en caso de que`).
          if (k > 0 && OPENERS.has(sem)) continue;
          if (!merged.includes(sem)) merged.push(sem);
        }
        d.sems = merged;
        if (k > 0) d.continues = true;
      }
      break;
    }
  }
}

/**
 * Clauses after a reporting word of someone else (`dijo que`, `según`, `he said that`, `they claim`) are reported
 * speech up to the end of the sentence.
 */
function markReported(drafts: readonly Draft[], clauses: Clause[], sentences: readonly Sentence[]): void {
  // Clauses already marked up to their sentence's end are skipped (one pass, even over a sentence of many clauses).
  let markedUntil = 0;
  for (let c = 0; c < clauses.length; c++) {
    if (c < markedUntil) continue;
    const clause = clauses[c] as Clause;
    let reportAt = -1;
    for (let i = clause.firstWord; i < clause.endWord; i++) {
      const d = drafts[i] as Draft;
      if (d.sems.includes("report") && reportedBy(d) && !citesRules(drafts, i)) {
        reportAt = i;
        break;
      }
    }
    if (reportAt < 0) continue;
    const sentence = sentences[clause.sentence] as Sentence;
    let k = c;
    for (; k < clauses.length && (clauses[k] as Clause).firstWord < sentence.endWord; k++) {
      clauses[k] = { ...(clauses[k] as Clause), reported: true };
    }
    markedUntil = k;
  }
}

const RULE_SOURCES = new Set([
  "ley",
  "leyes",
  "normativa",
  "condiciones",
  "politica",
  "terminos",
  "rgpd",
  "gdpr",
  "law",
  "policy",
  "terms",
  "regulations",
  "contrato",
  "contract",
  "garantia",
  "warranty",
  "reglamento",
]);

/** `según la ley…`, `according to our terms…` cite a rule, not someone's words. */
function citesRules(drafts: readonly Draft[], at: number): boolean {
  for (let k = at + 1; k < drafts.length && k <= at + 4; k++) {
    const d = drafts[k] as Draft;
    if (RULE_SOURCES.has(d.key) || d.sems.includes("legal")) return true;
    if (d.sentenceBefore) return false;
  }
  return false;
}

/** A reporting word counts when it reports someone else: a third-person verb, or a preposition (`según`). */
function reportedBy(d: Draft): boolean {
  if (d.verbs.length === 0) return true;
  return d.verbs.some((v) => v.person === "3" || v.person === "3?" || v.tam === "past");
}

/** `Should the report show a fault, we'll tell you`: a sentence opened by `should`, `were` or `had` with no `?`. */
function markInvertedConditions(
  drafts: readonly Draft[],
  clauses: Clause[],
  sentences: readonly Sentence[],
): void {
  for (let c = 0; c < clauses.length; c++) {
    const clause = clauses[c] as Clause;
    const sentence = sentences[clause.sentence] as Sentence;
    if (sentence.firstWord !== clause.firstWord || sentence.question) continue;
    const first = drafts[clause.firstWord] as Draft;
    if (first.key === "should" || first.key === "were" || first.key === "had")
      clauses[c] = { ...clause, protasis: true };
  }
}

/** The person a subject pronoun class stands for. */
export function personOfSem(sems: readonly Sem[]): Person | undefined {
  if (sems.includes("we")) return "1p";
  if (sems.includes("i")) return "1s";
  if (sems.includes("you")) return "2";
  if (sems.includes("they")) return "3";
  return undefined;
}
