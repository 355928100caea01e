import * as z from "zod/mini";
import { defineRule, type PostRuleContext, type ReplyRuleContext } from "../../engine/rule.js";
import type { Analysis, Word } from "../../lang/analysis.js";
import type { Suggestion } from "../../model/violation.js";
import { normalizeText } from "../../text/normalize.js";
import { sentenceWords, wordAt, wordAtIndex } from "../_shared/clause-reading.js";
import { aimedAfter, aimedAtPerson, type InsultForm, vocative } from "../_shared/insult-matcher.js";
import { insideRanges, sharedQuotes } from "../_shared/reply-context.js";
import { insultLexicon } from "../_shared/reply-lexicon.js";

const options = z.strictObject({
  /** Words or phrases never reported (e.g. a product called `Payaso`). Folded like the text. */
  allow: z._default(z.array(z.string().check(z.minLength(1), z.maxLength(200))), []),
  /** Report words inside quotation marks too (default false: quoting the customer is not insulting). */
  checkQuotes: z._default(z.boolean(), false),
});

/**
 * `respect/insult`: the reply insults, mocks or demeans the person, or swears. Finds the Spanish and English
 * insult lexicons on folded text (so leetspeak, missing accents, zero-width characters and homoglyphs do not
 * hide a word) and censored spellings such as `f*ck`. Words with innocent senses (`payaso`, `pathetic`) count
 * only when aimed at someone (`eres un payaso`, `you're pathetic`); quoted words are the customer's.
 */
export const insultRule = defineRule({
  id: "respect/insult",
  meta: {
    norm: 2,
    docs: { description: "Replies never insult, mock or demean the person, nor swear." },
    defaultSeverity: "error",
    messages: {
      en: {
        insult: "“{word}” insults the person you are answering.",
        slur: "“{word}” is a slur.",
        profanity: "“{word}” is profanity; a brand does not swear.",
      },
      es: {
        insult: "«{word}» insulta a la persona a la que responde.",
        slur: "«{word}» es un insulto discriminatorio.",
        profanity: "«{word}» es una palabrota; una marca no dice palabrotas.",
      },
    },
  },
  options,
  create({ options: opts }) {
    const compiled = insultLexicon();
    const allowed = new Set(opts.allow.map((a) => normalizeText(a).text));
    const check = (ctx: ReplyRuleContext | PostRuleContext): void => {
      const source = ctx.text.source;
      const analysis = ctx.analysis();
      const quotes = opts.checkQuotes ? [] : sharedQuotes(ctx);
      const hits: { start: number; end: number; form: InsultForm }[] = [];
      for (const hit of compiled.source.hits(ctx)) {
        const form = compiled.forms[hit.term];
        if (form) hits.push({ start: hit.start, end: hit.end, form });
      }
      let reachedEnd = -1;
      for (const { start, end, form } of hits) {
        if (start < reachedEnd) continue;
        if (allowed.has(form.folded)) continue;
        if (insideRanges(quotes, start, end)) continue;
        if (
          form.entry.personal &&
          !aimedAtPerson(source, start) &&
          !aimedAfter(source, end) &&
          !vocative(source, start, end) &&
          !aimedAtPeople(analysis, start) &&
          !calledOut(analysis, start) &&
          !emojiAfter(source, start, end)
        ) {
          continue;
        }
        // `no eres ningún idiota`, `nobody thinks you're thick`: a denied insult; `no seas cabrón` is not.
        if (form.entry.tag !== "profanity" && form.entry.tag !== "slur" && deniedAt(analysis, start))
          continue;
        reachedEnd = end;
        const word = source.slice(start, end);
        const tag = form.entry.tag === "slur" || form.entry.tag === "profanity" ? form.entry.tag : "insult";
        ctx.report({
          messageId: tag,
          data: { word },
          span: { start, end },
          suggestions: [
            removal(source, start, end, ctx.lang === "es" ? `Quitar «${word}»` : `Remove “${word}”`),
          ],
          evidence: { term: form.form, personal: form.entry.personal === true },
        });
      }
    };
    return { reply: check, post: check };
  },
});

/** People the brand's words can demean: a group (`la gente que…`, `people who…`), a member of staff. */
const PEOPLE = new Set([
  "gente",
  "personas",
  "quienes",
  "clientes",
  "cliente",
  "todos",
  "todas",
  "people",
  "those",
  "anyone",
  "everyone",
  "customers",
  "customer",
  "folks",
  "guys",
  "half",
]);
const COPULA = new Set([
  "es",
  "son",
  "eres",
  "sois",
  "fue",
  "era",
  "sea",
  "seas",
  "sean",
  "is",
  "are",
  "was",
  "were",
  "'s",
  "'re",
  "'m",
  "am",
  "be",
]);
/** Interjections that open a call to the reader: `Oye mongolito`, `Oi, Einstein`, `Look, dumbo`. */
const CALLS = new Set([
  "oye",
  "oiga",
  "oigan",
  "mira",
  "mire",
  "eh",
  "hey",
  "oi",
  "look",
  "listen",
  "ey",
  "pues",
  "vamos",
]);
/** Words that address the reader somewhere in the sentence. */
const READER = new Set([
  "tu",
  "tus",
  "te",
  "ti",
  "usted",
  "ustedes",
  "su",
  "eres",
  "you",
  "your",
  "you're",
  "yours",
]);

/**
 * A call to the reader: the word opens its sentence (or follows a call like `oye`, `look,`) and a comma closes
 * it, with the reader named in the sentence (`Burro, lo que se dice burro, es usted`, `Silly cow, the code's in
 * your basket`); or it stands alone between commas (`Look, dumbo, the lime one is green`).
 */
function calledOut(a: Analysis, start: number): boolean {
  const i = wordAt(a, start);
  if (i < 0) return false;
  const w = a.words[i] as Word;
  const sentence = a.sentences[w.sentence];
  if (sentence === undefined) return false;
  let k = i - 1;
  while (
    k >= sentence.firstWord &&
    ADJECTIVES.has((a.words[k] as Word).key) &&
    (a.words[k] as Word).after === ""
  )
    k--;
  const opener = k < sentence.firstWord || (k === sentence.firstWord && CALLS.has((a.words[k] as Word).key));
  const between =
    w.after === "," && (a.words[k] as Word | undefined)?.after === "," && k >= sentence.firstWord;
  if (w.after !== "," && !(opener && w.after === "")) return false;
  if (between) return true;
  if (!opener) return false;
  return sentenceWords(a, w.sentence).some((x) => x.index !== i && READER.has(x.key));
}
/** Intensifiers before a called-out word: `Silly cow`, `Total clown`, `Absolute donkey`, `pedazo de`. */
const ADJECTIVES = new Set([
  "silly",
  "total",
  "absolute",
  "proper",
  "complete",
  "utter",
  "stupid",
  "pinche",
  "maldito",
  "so",
  "menudo",
  "pedazo",
  "de",
]);

/** `el repartidor que te tocó es un inútil`, `los que se quejan son unos amargados`, `people who… are morons`. */
function aimedAtPeople(a: Analysis, start: number): boolean {
  const i = wordAt(a, start);
  if (i < 0) return false;
  const w = a.words[i] as Word;
  const before = a.words.slice(Math.max(0, i - 8), i).filter((x) => x.sentence === w.sentence);
  const copula = before.slice(-4).some((x) => COPULA.has(x.key));
  const people = before.some(
    (x) =>
      PEOPLE.has(x.key) ||
      x.sems.includes("staff") ||
      (x.key === "los" && before[before.indexOf(x) + 1]?.key === "que"),
  );
  // `Un saludo a los cuatro amargados que…`, `To the absolute weapon who…`: a relative clause names a person.
  const next = a.words[i + 1];
  const relative =
    next !== undefined && (next.key === "que" || next.key === "who") && next.sentence === w.sentence;
  return (copula && people) || relative;
}

/** `eres un payaso 🤡`: an emoji right after the word, closing its clause, aims it. */
function emojiAfter(source: string, start: number, end: number): boolean {
  let k = end;
  while (k < source.length && source[k] === " ") k++;
  const code = source.codePointAt(k) ?? 0;
  // `con melón 🍈` (food and drink pictures name the thing), `nariz de payaso 🤡` (a noun's complement).
  if (code >= 0x1f345 && code <= 0x1f37f) return false;
  const before = source.slice(Math.max(0, start - 4), start).toLowerCase();
  if (before.endsWith("de ") || before.endsWith("of ")) return false;
  return code >= 0x1f300 && code <= 0x1faff;
}

/** Determiners and pronouns of none that deny what follows (`ningún idiota`, `nobody's a clown here`). */
const DENIERS = new Set([
  "ningun",
  "ninguna",
  "ninguno",
  "ningunos",
  "ningunas",
  "nadie",
  "nobody",
  "no-one",
  "none",
  "para",
]);
/** Verbs of saying, thinking and calling: `nadie te va a decir menso`, `nobody thinks you're thick`. */
const SAYING = new Set([
  "decir",
  "llamar",
  "pensar",
  "creer",
  "considerar",
  "tratar",
  "sentir",
  "hay",
  "say",
  "call",
  "think",
  "believe",
  "consider",
  "calling",
  "called",
  "thinks",
  "said",
  "treat",
  "treated",
  "feel",
  "feeling",
  "there",
]);

/** A negation before the word in its sentence (`para nada eres tonta`, `Nadie piensa que sea usted…`), not a negated command (`no seas…`, `don't be…`). */
function deniedAt(a: Analysis, start: number): boolean {
  const i = wordAt(a, start);
  if (i < 0) return false;
  const w = a.words[i] as Word;
  const first = a.sentences[w.sentence]?.firstWord ?? 0;
  // Read backwards from the word, so that what lies between a negation and it is known without re-reading it
  // (slices per negation made a run of negated insults cubic): `scopePredicates` is whether a word strictly
  // between `k` and `i` is a copula or a verb of saying.
  let scopePredicates = false;
  for (let k = i - 1; k >= first; k--) {
    const x = a.words[k] as Word;
    // `…for not reading the terms, you idiot`: punctuation between the negation and the word closes its scope,
    // for this negation and every earlier one.
    if (x.after !== "") break;
    if (k + 1 < i) {
      const y = a.words[k + 1] as Word;
      if (COPULA.has(y.key) || SAYING.has(y.key) || y.verbs.some((v) => SAYING.has(v.lemma)))
        scopePredicates = true;
    }
    // `Pues nada, gilipollas`: a negation closed off by punctuation denies nothing after it.
    if (!x.sems.includes("neg") || x.after !== "") continue;
    const next = a.words[k + 1]?.key ?? "";
    // The negation denies the insult only when it governs a predication of it: a copula or a verb of saying
    // or thinking between them (`no eres un…`, `nadie te va a decir…`), a copula right before it (`you're not…`,
    // `isn't a…`), or a determiner of none (`ningún idiota`). `No le hagas caso a ese tarado` denies nothing.
    const predicated =
      DENIERS.has(x.key) ||
      (k === first && ["a", "an", "un", "una", "the", "so", "tan"].includes(next)) ||
      next === "one" ||
      COPULA.has(wordAtIndex(a.words, k - 1)?.key ?? "") ||
      (k - 2 >= first && COPULA.has(a.words[k - 2]?.key ?? "")) ||
      scopePredicates;
    if (!predicated) continue;
    const command =
      next === "seas" ||
      next === "sea" ||
      next === "seais" ||
      next === "sean" ||
      next === "be" ||
      next === "te" ||
      next === "se";
    const doNot = x.key === "n't" && wordAtIndex(a.words, k - 1)?.key === "do" && next === "be";
    if ((!command || DENIERS.has(x.key)) && !doNot) return true;
  }
  return false;
}

/** Deletes the word and one space next to it, so that no double space is left. */
function removal(source: string, start: number, end: number, description: string): Suggestion {
  let s = start;
  let e = end;
  if (source[e] === " ") e++;
  else if (source[s - 1] === " ") s--;
  return { description, edits: [{ start: s, end: e, text: "" }] };
}
