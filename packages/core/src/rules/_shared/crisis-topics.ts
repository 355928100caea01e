// Whether a text is about the crisis, read from the clause analysis rather than by keyword alone.
//
// A crisis names its topics (`filtración`, `Club Frescalia`, `overheating`, `recall`). A topic whose words name an
// incident (`fuga de datos`, `overheating`) is *strong*: a mention of its family (`se filtraron`, `overheated`)
// is about the crisis unless its sense is another one (`filtración de líquido`, `if I recall correctly`,
// `you'll overheat in the queue`, `Total Recall`). A topic that names a thing (`Club Frescalia`, `datos
// personales`, `Brightwell Pro battery`), or one word of a longer topic (`lo del Club`, `the Pro`), is *weak*:
// it is about the crisis only with an alarm beside it in its sentence (`robado`, `affected`, `the news`,
// `lo de…`) or another topic. A mention set aside (`al margen de lo de la filtración`) does not count.
import type { Analysis, Word } from "../../lang/analysis.js";
import { analysisOf, LANGUAGES, type Lang } from "../../lang/index.js";
import { parseTemplate } from "../../text/statement-template.js";
import { createTextView } from "../../text/text-view.js";
import { sentenceGroups, sentenceWords } from "./clause-reading.js";

/** One crisis topic, prepared for a language. */
interface PreparedTopic {
  /** Index in the crisis's topic list. */
  readonly index: number;
  /** Stems of its content words, in order. */
  readonly stems: readonly string[];
  /** Whether its words name an incident. */
  readonly strong: boolean;
  /** Whether it is written with capitals (a name: `Club Frescalia`). */
  readonly named: boolean;
}

/** The topics and approved statements of a crisis, prepared for one language. */
export interface PreparedCrisis {
  readonly lang: Lang;
  readonly topics: readonly PreparedTopic[];
  /** Stem → the topics (and word positions) it belongs to. */
  readonly byStem: ReadonlyMap<string, readonly { topic: number; at: number }[]>;
  /** Content stems of each approved statement (slots left out). */
  readonly statements: readonly ReadonlySet<string>[];
  /** A crisis about exposed data: one of its topics names personal data (`datos personales`, `customer data`). */
  readonly aboutData: boolean;
}

/** A mention of a crisis topic in a text. */
export interface TopicMention {
  /** First offset in the caller's text. */
  readonly start: number;
  /** Offset after it. */
  readonly end: number;
  /** Index of the topic in the crisis's list. */
  readonly topic: number;
}

const FUNCTION = new Set([
  "de",
  "del",
  "al",
  "a",
  "el",
  "la",
  "los",
  "las",
  "of",
  "the",
  "a",
  "an",
  "and",
  "y",
]);
const ALARM = (w: Word): boolean =>
  w.sems.includes("alarm") || w.sems.includes("incident") || w.sems.includes("harm");

const contentWords = (a: Analysis): Word[] =>
  a.words.filter((w) => !FUNCTION.has(w.key) && !w.sems.includes("det") && !w.sems.includes("prep"));

/** Prepares the topics and approved statements of a crisis for a language (once per crisis state). */
export function prepareCrisis(
  lang: Lang,
  topics: readonly string[],
  statements: readonly string[],
): PreparedCrisis {
  const stem = LANGUAGES[lang].stem;
  const prepared: PreparedTopic[] = [];
  const byStem = new Map<string, { topic: number; at: number }[]>();
  let aboutData = false;
  topics.forEach((text, index) => {
    const a = analysisOf(createTextView(text), lang);
    const words = contentWords(a);
    if (words.length === 0) return;
    if (words.some((w) => w.sems.includes("personal-data"))) aboutData = true;
    const stems = words.map((w) => stem(w.key));
    prepared.push({
      index,
      stems,
      strong: words.some(ALARM),
      named: words.some((w) => w.capitalised),
    });
    stems.forEach((s, at) => {
      const list = byStem.get(s) ?? [];
      list.push({ topic: index, at });
      byStem.set(s, list);
    });
  });
  const statementStems = statements.map((text) => {
    // Slot names (`{channel}`) are no content of the statement: only its literal pieces are read.
    const a = analysisOf(createTextView(parseTemplate(text).literals.join(" … ")), lang);
    return new Set(
      contentWords(a)
        .filter((w) => w.key.length >= 4)
        .map((w) => stem(w.key)),
    );
  });
  return { lang, topics: prepared, byStem, statements: statementStems, aboutData };
}

interface RawMention {
  readonly first: number;
  readonly last: number;
  readonly topic: PreparedTopic;
  readonly full: boolean;
}

/** Every mention of a topic's words in an analysed text, full matches first. */
function rawMentions(a: Analysis, crisis: PreparedCrisis, opts: ReadOptions): RawMention[] {
  const stem = LANGUAGES[crisis.lang].stem;
  const stems = a.words.map((w) => stem(w.key));
  const out: RawMention[] = [];
  const taken = new Set<number>();
  for (const topic of crisis.topics) {
    for (let i = 0; i < a.words.length; i++) {
      if (stems[i] !== topic.stems[0]) continue;
      if (opts.skipQuoted && (a.words[i] as Word).quoted) continue;
      // The topic's content words in order, with at most two function words between them, in one sentence.
      let k = i;
      let ok = true;
      for (let t = 1; t < topic.stems.length && ok; t++) {
        let j = k + 1;
        while (j < a.words.length && j <= k + 3 && stems[j] !== topic.stems[t]) j++;
        ok =
          j < a.words.length &&
          stems[j] === topic.stems[t] &&
          (a.words[j] as Word).sentence === (a.words[i] as Word).sentence;
        k = j;
      }
      if (!ok) continue;
      out.push({ first: i, last: k, topic, full: true });
      for (let j = i; j <= k; j++) taken.add(j);
    }
  }
  for (let i = 0; i < a.words.length; i++) {
    const w = a.words[i] as Word;
    // The brand's own name is in half its texts: a part of a topic that is the brand's name is no mention.
    if (taken.has(i) || opts.brand.has(w.key) || (opts.skipQuoted && w.quoted)) continue;
    for (const { topic } of crisis.byStem.get(stems[i] as string) ?? []) {
      const t = crisis.topics.find((x) => x.index === topic) as PreparedTopic;
      if (t.stems.length > 1) {
        out.push({ first: i, last: i, topic: t, full: false });
        break;
      }
    }
  }
  return out;
}

/** Whether the mention stands in a clause that sets it aside (`al margen de…`, `apart from…`). */
function asideAt(a: Analysis, first: number): boolean {
  const w = a.words[first] as Word;
  for (let k = first - 1; k >= 0 && k >= first - 5; k--) {
    const x = a.words[k] as Word;
    if (x.sentence !== w.sentence) return false;
    if (x.sems.includes("aside")) return true;
  }
  return false;
}

/** Words of water treatment, beside which a leak or filtration is of water. */
const WATER = new Set([
  "agua",
  "water",
  "osmosis",
  "manantial",
  "grifo",
  "tap",
  "embotellado",
  "embotellarse",
  "depuradora",
]);

/** Another sense of a strong topic's word: a noun of something else, a verb said of a person, a title. */
function otherSense(
  a: Analysis,
  m: RawMention,
  related: (i: number) => boolean,
  source: string,
  aboutData: boolean,
): boolean {
  const w = a.words[m.first] as Word;
  const first = a.sentences[w.sentence]?.firstWord ?? 0;
  // `a Total Recall rewatch`: a capital the topic does not have, inside a sentence, is a title or a name (a word
  // all in capitals is shouted: `¿Qué pasa con la FILTRACIÓN?`).
  const raw = source.slice(w.start, w.end);
  const shouted = raw === raw.toUpperCase();
  if (w.capitalised && !shouted && !m.topic.named && m.first !== first && w.before === "") return true;
  // `filtración de líquido`, `fuga de gas`, `fuga de clientes`, `filtraciones de sabores`.
  const next = a.words[m.last + 1];
  if (
    next !== undefined &&
    next.sentence === w.sentence &&
    (next.key === "de" || next.key === "del" || next.key === "of")
  ) {
    let j = m.last + 2;
    while (j < a.words.length && (a.words[j] as Word).sems.includes("det")) j++;
    const x = a.words[j];
    if (x !== undefined && x.sentence === w.sentence && !related(j) && !ALARM(x)) return true;
  }
  // A verb (`if I recall correctly`, `try not to overheat`, `puede filtrar por precio`): about the crisis only
  // with a topic's word near it (`the Pros overheat`, `se filtraron los datos`, `recall every Brightwell Pro`).
  // `filtrar por precio`, `filter by price`: a verb of searching, not of leaking.
  // `puede filtrar los teléfonos por precio`: `por`/`by` a few words on is still filtering.
  if (verbUse(a, m.first)) {
    for (let j = m.last + 1; j <= m.last + 4 && j < a.words.length; j++) {
      const x = a.words[j] as Word;
      if (x.sentence !== w.sentence) break;
      if (x.key === "por" || x.key === "by") return true;
    }
  }
  // `una filtración por ósmosis`, `agua de manantial que pasa por una filtración`: water treatment.
  if (sentenceWords(a, w.sentence).some((x) => WATER.has(x.key))) return true;
  if (verbUse(a, m.first)) {
    for (let j = Math.max(first, m.first - 4); j <= m.first + 4 && j < a.words.length; j++) {
      if (j >= m.first && j <= m.last) continue;
      const near = a.words[j] as Word;
      // In a crisis about exposed data, personal data beside the verb is the leak (`se filtraron teléfonos de
      // socios`, `our members' emails leaked`); elsewhere (`my phone overheats`) it is no sign.
      if (near.sentence === w.sentence && (related(j) || (aboutData && near.sems.includes("personal-data"))))
        return false;
    }
    return true;
  }
  return false;
}

/** How a text is read for mentions. */
export interface ReadOptions {
  /** Words that name the brand (a part of a topic that is one of them is no mention). */
  readonly brand: ReadonlySet<string>;
  /** Leave quoted words out (`the word 'recall'` in a comment). */
  readonly skipQuoted?: boolean;
  /** The analysed text (a word in capitals is shouted, not a title). */
  readonly source: string;
}

const SUBJECTS = new Set(["i", "we", "you", "they"]);
const VERB_MARKS = new Set(["to", "n't", "not", "se", "me", "te", "nos", "os", "le"]);

/**
 * Whether word `i` is used as a verb: the head of a verb group not after a determiner, or after a subject pronoun
 * (`we all overheat`), another verb (`keeps overheating`, `puede filtrar`), `to` or a clitic (`se filtraron`).
 */
function verbUse(a: Analysis, i: number): boolean {
  const prev = a.words[i - 1];
  if (prev === undefined) return false;
  if (prev.sems.includes("det") || prev.sems.includes("prep"))
    return prev.key === "to" || (prev.key === "a" && a.lang === "es");
  if (sentenceGroups(a, (a.words[i] as Word).sentence).some((g) => g.head === i)) return true;
  if (VERB_MARKS.has(prev.key) || prev.verbs.length > 0) return true;
  const prev2 = a.words[i - 2];
  return [prev, prev2].some(
    (x) =>
      x !== undefined &&
      !x.sems.includes("det") &&
      (SUBJECTS.has(x.key) || x.sems.some((s) => SUBJECTS.has(s))),
  );
}

/** The mentions of a text that are about the crisis. */
export function crisisMentions(a: Analysis, crisis: PreparedCrisis, opts: ReadOptions): TopicMention[] {
  if (a.lang !== crisis.lang) return [];
  const raw = rawMentions(a, crisis, opts);
  const at = new Map<number, RawMention>();
  for (const m of raw) for (let j = m.first; j <= m.last; j++) at.set(j, m);
  const related = (j: number): boolean => at.has(j);
  const out: TopicMention[] = [];
  for (const m of raw) {
    if (asideAt(a, m.first)) continue;
    const w = a.words[m.first] as Word;
    let about: boolean;
    if (m.full && m.topic.strong) {
      about = !otherSense(a, m, related, opts.source, crisis.aboutData);
    } else {
      // A name or a part of a topic needs an alarm or another topic in its sentence.
      about = a.words.some(
        (x, j) =>
          x.sentence === w.sentence &&
          (j < m.first || j > m.last) &&
          (ALARM(x) ||
            (at.has(j) && (at.get(j) as RawMention).full && (at.get(j) as RawMention).topic !== m.topic)),
      );
    }
    if (about) out.push({ start: w.start, end: (a.words[m.last] as Word).end, topic: m.topic.index });
  }
  out.sort((x, y) => x.start - y.start);
  return out;
}

/**
 * Whether a text rewords an approved statement (`For your own safety, please stop using your Brightwell Pro…`):
 * it shares at least half the statement's content words, and three or more.
 */
export function rewordsStatement(a: Analysis, crisis: PreparedCrisis): boolean {
  if (a.lang !== crisis.lang) return false;
  const stem = LANGUAGES[crisis.lang].stem;
  const mine = new Set(a.words.map((w) => stem(w.key)));
  return crisis.statements.some((s) => {
    let shared = 0;
    for (const x of s) if (mine.has(x)) shared++;
    return s.size > 0 && shared >= 3 && shared * 2 >= s.size;
  });
}
