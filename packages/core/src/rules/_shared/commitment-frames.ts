// Commitments read from the clause analysis, in any language: a verb group of giving, refunding, covering or
// delivering, asserted by the brand (first person, an impersonal or passive, `they` with the reader as object),
// with what it gives in its complement; the reader's future receipt (`recibirá su dinero`, `you'll get a voucher`);
// an outcome as subject (`your refund will reach your card by Tuesday`); verbless offers (`Full refund of $42.99`,
// `on the house`); and statements of the reader's legal rights.
import type { Analysis, Sem, VerbGroup, Word } from "../../lang/analysis.js";
import type { CommitmentCategory } from "../../model/commitments.js";
import { lastGroupWithHeadIn, lastHeadBefore } from "./analysis-index.js";
import {
  anySem,
  asserted,
  assertedAt,
  before,
  complementOf,
  sentenceGroups,
  sentenceWords,
  wordAtIndex,
} from "./clause-reading.js";

/** A commitment found in a text. */
export interface Commitment {
  /** What it commits to. */
  readonly category: CommitmentCategory;
  /** First offset (the verb group, or the offer's first word). */
  readonly start: number;
  /** Offset after the commitment's last word. */
  readonly end: number;
  /** The sentence it is in. */
  readonly sentence: number;
}

const TAMS = new Set(["fut", "peri", "pres", "past", "ger", "imp", "inf"]);
/** Modals under which a group still commits (`podemos devolverle`, `we can refund`, `we'd like to offer`). */
const COMMITTING_MODALS = new Set(["poder", "can", "will", "querer"]);
/** Commands that hand a discount over (`use code X`, `usa el código…`). */
const USE = new Set([
  "use",
  "apply",
  "enter",
  "redeem",
  "usar",
  "utilizar",
  "introducir",
  "aplicar",
  "canjear",
  "poner",
  "meter",
]);
/** Places an arrival reaches (`at your door`, `en su casa`). */
const PLACES = new Set(["door", "doorstep", "home", "casa", "domicilio", "puerta"]);
/** Where refunded money shows (`back on your card`, `en su cuenta`). */
const ACCOUNTS = new Set(["card", "account", "tarjeta", "cuenta", "bank", "method", "balance"]);
/** Lemmas whose infinitive complement carries the commitment (`hemos decidido reembolsar`, `procederemos a…`). */
const CARRIERS = new Set([
  "decidir",
  "proceder",
  "comprometer",
  "ofrecer",
  "gustar",
  "querer",
  "poder",
  "decide",
  "offer",
  "like",
  "want",
  "agree",
  "commit",
  "happy",
  "glad",
  "pleased",
  "encantado",
  "encantados",
  "encantada",
  "encantadas",
]);
const DELIVERY_LEMMAS = new Set(["llegar", "entregar", "arrive", "deliver", "land", "reach"]);
const PRONOUN_SUBJECTS = new Set(["it", "they", "this", "everything", "todo", "ello"]);
const GUARANTEED_LEMMAS = new Set([
  "ir",
  "venir",
  "estar",
  "ser",
  "quedar",
  "go",
  "come",
  "be",
  "llegar",
  "entregar",
  "arrive",
  "deliver",
  "land",
  "reach",
  "get",
  "tener",
  "recibir",
  "receive",
  "ship",
]);

const isBrand = (p: VerbGroup["person"]): boolean => p === "1s" || p === "1p";

/** Whether the group's agent is the brand (or acts for it). */
function brandActs(a: Analysis, g: VerbGroup, brand: BrandWords): boolean {
  if (thirdPartyBefore(a, g)) return false;
  if (isBrand(g.person)) return true;
  // `La empresa ha decidido…`, `Brightwell will refund…`, `a courier will deliver it…`: the brand, or its staff,
  // named as the subject.
  if (
    g.person === "3" &&
    subjectOf(a, g).some((w) => w.sems.includes("company") || w.sems.includes("staff") || brand.has(w.key))
  )
    return true;
  // A passive or impersonal in the present about things in general states a policy (`los reembolsos se procesan
  // según…`); one in the future, or addressed to the reader (`se le abonará`), commits.
  if (g.passive) return g.tam !== "pres" || g.object === "2" || !genericSubject(a, g);
  // `le aplicarán un descuento`: a subjectless third person doing something to the reader is the brand's staff.
  return g.person === "3?" && g.object === "2";
}

function thirdPartyBefore(a: Analysis, g: VerbGroup): boolean {
  return anySem(before(a, g.first, 5), "third-party");
}

/** A plural or universal subject (`los reembolsos`, `todos nuestros pagos`): a rule, not this case. */
function genericSubject(a: Analysis, g: VerbGroup): boolean {
  const subject = subjectOf(a, g);
  if (subject.length === 0) return true;
  if (
    subject.some(
      (w) => w.key === "los" || w.key === "las" || w.key === "todos" || w.key === "todas" || w.key === "all",
    )
  )
    return true;
  // An English bare plural (`Refunds are processed…`, `Orders are packed…`).
  const first = subject[0] as Word;
  return (
    !first.sems.includes("det") &&
    first.key.endsWith("s") &&
    /^[a-z]+$/.test(first.key) &&
    !first.key.endsWith("ss")
  );
}

/** The group that carries an infinitive (`vamos a…` is read already; `hemos decidido reembolsar`). */
function carrierOf(a: Analysis, g: VerbGroup): VerbGroup | undefined {
  const head = a.words[g.head] as Word;
  const carrier = lastGroupWithHeadIn(a, head.sentence, g.first - 4, g.first);
  if (carrier === undefined) return undefined;
  // `we're happy to cover…`, `estaríamos encantados de…`
  const next = a.words[carrier.head + 1];
  const adjective =
    (carrier.lemma === "be" || carrier.lemma === "estar") && next !== undefined && CARRIERS.has(next.key);
  return CARRIERS.has(carrier.lemma) || adjective ? carrier : undefined;
}

/** Folded words of the brand's own names (`frescalia`, `brightwell`), so that the brand as subject is the brand. */
export type BrandWords = ReadonlySet<string>;

/** The category a verb group commits to, if any. */
function categoryOf(a: Analysis, g: VerbGroup, brand: BrandWords): CommitmentCategory | undefined {
  let group = g;
  if (g.tam === "inf") {
    const carrier = carrierOf(a, g);
    if (carrier === undefined || carrier.negated) return undefined;
    const subject = subjectOf(a, carrier);
    const company = subject.some((w) => w.sems.includes("company") || brand.has(w.key));
    group = {
      ...g,
      person: company ? "1p" : carrier.person,
      tam: carrier.tam,
      passive: carrier.passive,
      negated: false,
    };
  }
  if (!TAMS.has(group.tam) || group.tam === "inf") return undefined;
  if (group.modal !== undefined && !COMMITTING_MODALS.has(group.modal)) return undefined;
  const sentence = sentenceWords(a, (a.words[g.head] as Word).sentence);
  const after = complementOf(a, g, 12);
  const sems = group.sems;
  if (group.tam === "imp") {
    // `Use code X for 20% off` / `Usa el código…`: a discount handed over.
    return USE.has(group.lemma) && anySem(after, "code") && anySem(sentence, "discount", "percent")
      ? "discount"
      : undefined;
  }
  const offer = hereIs(a, group, after);
  if (offer !== undefined) return offer;
  if (brandActs(a, group, brand)) {
    // The words around the group are read only when the brand acts (most groups stop before).
    const around = [...before(a, g.first, 5), ...after];
    const found = brandCategory(a, group, sems, after, around, sentence);
    if (found !== undefined) return found;
  }
  const reader = group.person === "2" || group.person === "3?";
  if ((reader || group.person === "3") && sems.includes("receive-v") && committingTense(group, sentence)) {
    if (
      anySem(after, "refund-n") ||
      (anySem(after, "money") && after.some((w) => w.key === "back" || w.key === "vuelta"))
    )
      return "refund";
    if (anySem(after, "discount", "percent")) return "discount";
    if (anySem(after, "voucher", "on-us", "compensation-n", "free")) return "compensation";
    if (
      reader &&
      (group.object === "3" || anySem(after, "order")) &&
      deliveryPromise(a, group, after, sentence)
    )
      return "delivery-date";
  }
  const subject = subjectOf(a, g);
  // The outcome as subject, with a date: `your refund will reach your card by Tuesday`, `Esos 12 € le serán…`.
  if (
    anySem(subject, "refund-n", "money", "voucher", "order") &&
    (sems.includes("arrive-v") || sems.includes("appear-v") || sems.includes("process-v")) &&
    group.tam !== "past" &&
    anySem(after, "time") &&
    !(group.tam === "pres" && genericSubject(a, g))
  ) {
    if (anySem(subject, "refund-n") || (anySem(subject, "money") && !anySem(subject, "order")))
      return "refund";
    if (anySem(subject, "voucher")) return "compensation";
    if (anySem(subject, "order") && sems.includes("arrive-v") && deliveryPromise(a, group, after, sentence))
      return "delivery-date";
  }
  // `it'll be back on your card by Tuesday`, `it will arrive on Saturday`, `it'll be at your door tomorrow`.
  if (group.tam !== "past" && group.person === "3" && subject.some((w) => PRONOUN_SUBJECTS.has(w.key))) {
    if (
      after.some((w) => w.key === "back") &&
      after.some((w) => ACCOUNTS.has(w.key)) &&
      anySem(after, "time")
    )
      return "refund";
    if (
      (DELIVERY_LEMMAS.has(group.lemma) ||
        after.some((w) => PLACES.has(w.key) || w.sems.includes("arrive-v"))) &&
      deliveryPromise(a, group, after, sentence)
    )
      return "delivery-date";
  }
  return guaranteedDate(a, group, sentence) ? "delivery-date" : undefined;
}

/** `Here's a 15% discount code…`, `Aquí tiene un vale…`: an offer handed over with `here is`. */
function hereIs(a: Analysis, g: VerbGroup, after: readonly Word[]): CommitmentCategory | undefined {
  const previous = wordAtIndex(a.words, g.first - 1);
  const here =
    (previous?.key === "here" && g.lemma === "be") ||
    (previous?.key === "aqui" && (g.lemma === "tener" || g.lemma === "ir"));
  if (!here) return undefined;
  if (anySem(after, "refund-n")) return "refund";
  if (anySem(after, "discount") || (anySem(after, "percent") && anySem(after, "code"))) return "discount";
  if (anySem(after, "voucher", "free", "on-us", "compensation-n")) return "compensation";
  return undefined;
}

/**
 * The words of the group's subject: from the start of its clause (or the previous verb) to the group, when they
 * do not start with a preposition (`Con 500 puntos lo tiene` has none).
 */
function subjectOf(a: Analysis, g: VerbGroup): Word[] {
  const head = a.words[g.head] as Word;
  const clause = a.clauses[head.clause];
  let from = clause?.firstWord ?? g.first;
  const lastHead = lastHeadBefore(a, g.first);
  if (lastHead >= from) from = lastHead + 1;
  const words = a.words.slice(from, g.first) as Word[];
  const first = words.find((w) => !w.sems.includes("coord") && !w.sems.includes("subord"));
  if (first === undefined || first.sems.includes("prep")) return [];
  return words;
}

/** Verbs that promise contact, not an outcome: a dated callback is no delivery date. */
const CONTACT = new Set([
  "llamar",
  "escribir",
  "contactar",
  "responder",
  "contestar",
  "informar",
  "avisar",
  "actualizar",
  "call",
  "write",
  "contact",
  "reply",
  "respond",
  "update",
  "email",
  "message",
  "tell",
  "let",
  "decir",
  "revisar",
  "check",
  "review",
  "look",
]);

/** A date given with a guarantee (`irá mañana a las 10 sin falta`, `estará operativa el lunes sin falta`). */
function guaranteedDate(a: Analysis, g: VerbGroup, sentence: readonly Word[]): boolean {
  if (!GUARANTEED_LEMMAS.has(g.lemma) || CONTACT.has(g.lemma)) return false;
  if (g.tam !== "fut" && g.tam !== "pres" && g.tam !== "peri") return false;
  if (g.person === "2" || g.person === "1s" || anySem(sentence, "hedge") || thirdPartyBefore(a, g))
    return false;
  const { certain, timedClauses } = timesOf(sentence);
  if (certain === undefined || !assertedAt(a, certain.index)) return false;
  const clause = (a.words[g.head] as Word).clause;
  return timedClauses.has(clause) || anySem(complementOf(a, g, 8), "time");
}

/** What a brand's own act commits to. */
function brandCategory(
  a: Analysis,
  g: VerbGroup,
  sems: readonly Sem[],
  after: readonly Word[],
  around: readonly Word[],
  sentence: readonly Word[],
): CommitmentCategory | undefined {
  if (sems.includes("refund-v")) return "refund";
  // A pronoun object (`we're reversing it`, `te lo cancelamos`) takes its referent from the sentence before.
  // Two reads, not a copy of both sentences per group.
  const inContext = (...wanted: Sem[]): boolean =>
    anySem(sentence, ...wanted) || anySem(previousSentence(a, g), ...wanted);
  if ((sems.includes("return-v") || sems.includes("credit-v")) && inContext("money", "refund-n", "charge"))
    return "refund";
  if (sems.includes("credit-v") && anySem(after, "voucher")) return "compensation";
  if (sems.includes("cancel-v") && inContext("charge")) return "refund";
  if (sems.includes("compensate-v") || sems.includes("gift-v")) return "compensation";
  // `We'll halve your fee`, `le rebajamos la cuota`.
  if (sems.includes("discount") && (anySem(after, "money", "order") || g.object === "2")) return "discount";
  if (sems.includes("cover-v") && anySem(around, "money") && !anySem(around, "responsibility"))
    return "compensation";
  if (sems.includes("pay-v")) {
    if (anySem(after, "refund-n") || after.some((w) => w.key === "back")) return "refund";
    if (g.object === "2" || after.some((w) => w.key === "for" || w.key === "por") || anySem(after, "money"))
      return "compensation";
  }
  if ((g.lemma === "hacer" && after[0]?.key === "cargo") || (g.lemma === "correr" && anySem(after, "money")))
    return "compensation";
  if (sems.includes("give-v") || sems.includes("process-v") || sems.includes("promise-v")) {
    if (anySem(around, "refund-n")) return "refund";
    if (anySem(after, "money") && after.some((w) => w.key === "back")) return "refund";
    // `I'll knock $15 off your next order`.
    if (after.some((w) => w.key === "off") && anySem(after, "amount", "percent")) return "discount";
    // A percentage given to the reader is a discount (`le hacemos un 20 %`); one of plastic is not.
    if (
      anySem(after, "discount") ||
      (anySem(after, "percent") &&
        (g.object === "2" || after.some((w) => w.key === "off" || w.key === "menos")))
    )
      return "discount";
    if (anySem(after, "code") && anySem(sentence, "discount", "percent")) return "discount";
    if (anySem(after, "voucher", "free", "on-us", "compensation-n") || anySem(around, "compensation-n"))
      return "compensation";
  }
  if (
    (DELIVERY_LEMMAS.has(g.lemma) ||
      sems.includes("promise-v") ||
      (sems.includes("give-v") && anySem(after, "order"))) &&
    g.tam !== "past" &&
    (g.person !== "3" || g.object !== undefined || anySem(around, "order")) &&
    deliveryPromise(a, g, after, sentence)
  )
    return "delivery-date";
  return undefined;
}

/** The words of the sentence before the group's. */
function previousSentence(a: Analysis, g: VerbGroup): readonly Word[] {
  const s = (a.words[g.head] as Word).sentence;
  return s > 0 ? sentenceWords(a, s - 1) : [];
}

/** A tense that promises: future, `ir a`, or a present with a date or a guarantee. */
function committingTense(g: VerbGroup, sentence: readonly Word[]): boolean {
  if (g.tam === "fut" || g.tam === "peri") return true;
  // `en cuanto confirmes tu cuenta te depositamos…`, `as soon as it's back we send you…`: a present under a
  // temporal condition speaks of the future.
  return g.tam === "pres" && (anySem(sentence, "time", "certain") || sentence.some((w) => WHEN.has(w.key)));
}

/** Words of a temporal condition: `en cuanto`, `cuando`, `as soon as`, `once`, `when`. */
const WHEN = new Set(["cuanto", "cuando", "once", "soon", "when"]);

/** A time given as certain for an arrival: a date or day, no hedge (`should`, `aproximadamente`), no modal. */
function deliveryPromise(
  a: Analysis,
  g: VerbGroup,
  after: readonly Word[],
  sentence: readonly Word[],
): boolean {
  void a;
  if (g.modal !== undefined && g.modal !== "will") return false;
  if (g.tam !== "fut" && g.tam !== "pres" && g.tam !== "peri" && g.tam !== "ger") return false;
  if (anySem(sentence, "hedge")) return false;
  return anySem(after, "time") || (anySem(sentence, "certain") && anySem(sentence, "time"));
}

/** Verbless offers: `Full refund of $42.99`, `A free case on us`, `25% off everything`, `Va por nuestra cuenta: …`. */
function verblessOffers(a: Analysis, out: Commitment[]): void {
  for (let s = 0; s < a.sentences.length; s++) {
    const sentence = a.sentences[s];
    if (sentence === undefined || sentence.question) continue;
    const words = sentenceWords(a, s);
    // Facts about the whole sentence, read once: a repeated offer must not re-read the sentence per word. They
    // are gathered at the sentence's first word that could make an offer (most sentences have none).
    let whole: ReturnType<typeof lazySentenceFacts> | undefined;
    let negated: Uint8Array | undefined;
    for (let k = 0; k < words.length; k++) {
      const w = words[k] as Word;
      if (w.quoted || !mayOffer(w)) continue;
      negated ??= negationsBefore(words);
      if (negated[k] === 1) continue;
      whole ??= lazySentenceFacts(words, sentenceGroups(a, s));
      let category: CommitmentCategory | undefined;
      if (w.sems.includes("on-us")) category = "compensation";
      // `A free case of Chispa Lime on us`; but `that's on us` owns a fault.
      else if (w.key === "on" && words[k + 1]?.key === "us" && whole.onUsOffer(k)) category = "compensation";
      else if (w.sems.includes("refund-n") && whole.fullOrTotal() && whole.amount()) category = "refund";
      else if (
        w.key === "off" &&
        k > 0 &&
        (words[k - 1] as Word).sems.includes("percent") &&
        whole.codeOrYou()
      )
        category = "discount";
      // `Full refund coming`, `A free month is coming your way`, `$42.99 back to your Visa`, `Money back, no
      // questions asked — already on its way`: a refund or a gift on its way, said without a promising verb.
      else if (
        (w.sems.includes("refund-n") || w.sems.includes("free") || w.sems.includes("voucher")) &&
        whole.onItsWay() &&
        !whole.pastOrPassive()
      )
        category = w.sems.includes("refund-n") ? "refund" : "compensation";
      if (category === undefined) continue;
      out.push({ category, start: w.start, end: w.end, sentence: s });
      break;
    }
  }
}

/** Whether a word may make a verbless offer below (the only words whose reading needs the sentence's facts). */
const mayOffer = (w: Word): boolean =>
  w.key === "on" ||
  w.key === "off" ||
  w.sems.includes("on-us") ||
  w.sems.includes("refund-n") ||
  w.sems.includes("free") ||
  w.sems.includes("voucher");

/** `coming`, `on its way`, `your way`, `de camino`, `back to your card`. */
function onItsWay(words: readonly Word[]): boolean {
  return words.some(
    (x, j) =>
      x.key === "coming" ||
      x.key === "incoming" ||
      (x.key === "way" &&
        (wordAtIndex(words, j - 1)?.key === "its" || wordAtIndex(words, j - 1)?.key === "your")) ||
      (x.key === "camino" && wordAtIndex(words, j - 1)?.key === "de") ||
      (x.key === "back" &&
        words[j + 1]?.key === "to" &&
        (words[j + 2]?.key === "your" || words[j + 2]?.key === "you")),
  );
}

/** Each fact is computed on first use and then remembered, so asking once per word stays linear. */
function lazySentenceFacts(words: readonly Word[], groups: readonly VerbGroup[]) {
  const once = (fn: () => boolean): (() => boolean) => {
    let value: boolean | undefined;
    return () => {
      value ??= fn();
      return value;
    };
  };
  const onUs = new Map<number, boolean>();
  return {
    fullOrTotal: once(() => words.some((x) => x.key === "full" || x.key === "total" || x.key === "integro")),
    amount: once(() => anySem(words, "amount")),
    codeOrYou: once(() => anySem(words, "code", "you")),
    onItsWay: once(() => onItsWay(words)),
    pastOrPassive: once(() => groups.some((g) => g.tam === "past" || g.passive)),
    onUsOffer(k: number): boolean {
      const clause = (words[k] as Word).clause;
      let value = onUs.get(clause);
      if (value === undefined) {
        value = onUsOffer(words, k);
        onUs.set(clause, value);
      }
      return value;
    },
  };
}

function onUsOffer(words: readonly Word[], k: number): boolean {
  const clause = (words[k] as Word).clause;
  const inClause = words.filter((w) => w.clause === clause);
  if (!anySem(inClause, "voucher", "free", "order", "money", "discount")) return false;
  return !inClause.some((w) => w.key === "that" || w.key === "this" || w.sems.includes("fault"));
}

/**
 * For each word, 1 when a negation comes before it in the same run of its clause (the words back to the first
 * one of another clause), in one pass instead of a backward scan per word.
 */
function negationsBefore(words: readonly Word[]): Uint8Array {
  const out = new Uint8Array(words.length);
  let seen = false;
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as Word;
    if (k > 0 && (words[k - 1] as Word).clause !== w.clause) seen = false;
    out[k] = seen ? 1 : 0;
    if (w.sems.includes("neg")) seen = true;
  }
  return out;
}

/** A statement of legal rights or obligations (`por ley tiene derecho a…`, `legally, you are entitled to…`). */
function legalStatements(a: Analysis, out: Commitment[]): void {
  for (let s = 0; s < a.sentences.length; s++) {
    const sentence = a.sentences[s];
    if (sentence === undefined || sentence.question) continue;
    const words = sentenceWords(a, s);
    const entitled = words.find((w) => w.sems.includes("entitled") && !w.quoted);
    const legal = words.find((w) => w.sems.includes("legal") && !w.quoted);
    const obliged = words.some(
      (w, i) => OBLIGED.has(w.key) || (w.key === "have" && words[i + 1]?.key === "to"),
    );
    const hit = entitled ?? (legal !== undefined && obliged ? legal : undefined);
    if (hit === undefined) continue;
    // `You can check your rights on…`, `consulte sus derechos en…`: a pointer, not a statement.
    if (sentenceGroups(a, s).some((g) => g.sems.includes("share-v") && !g.sems.includes("give-v"))) continue;
    const clause = a.clauses[hit.clause];
    if (clause === undefined || clause.reported || clause.protasis) continue;
    out.push({ category: "legal-statement", start: hit.start, end: hit.end, sentence: s });
  }
}

const OBLIGED = new Set([
  "obligados",
  "obligado",
  "obligada",
  "obligadas",
  "obliga",
  "derecho",
  "derechos",
  "right",
  "rights",
  "obliged",
  "obligated",
  "required",
  "require",
  "requires",
  "must",
  "owed",
  "garantia",
  "warranty",
  "guarantee",
  "plazo",
  "entitled",
]);

/**
 * The last word of the object right after a verb (`Le devolveremos [el importe] esta semana`): up to a time,
 * a preposition other than `de`/`of`, a conjunction or a new clause.
 */
function objectEnd(after: readonly Word[]): Word | undefined {
  let last: Word | undefined;
  const clause = after[0]?.clause;
  for (const w of after) {
    if (w.clause !== clause || w.sems.includes("time") || w.sems.includes("coord")) break;
    if (w.sems.includes("prep") && !OF.has(w.key)) break;
    last = w;
  }
  return last;
}

const OF = new Set(["de", "del", "of"]);

const deniedPromises = new WeakMap<Analysis, Map<number, number>>();

/**
 * The first head of a denied promise (`I can't guarantee`, `no le puedo prometer`, `I wouldn't tell you`) in
 * sentence `s`, or Infinity; found once per analysis, not once per verb group.
 */
function firstDeniedPromise(a: Analysis, s: number): number {
  let bySentence = deniedPromises.get(a);
  if (bySentence === undefined) {
    bySentence = new Map();
    for (const d of a.groups) {
      if (!((d.negated && d.sems.includes("promise-v")) || (d.tam === "cond" && d.sems.includes("tell-v"))))
        continue;
      const sentence = (a.words[d.head] as Word).sentence;
      bySentence.set(sentence, Math.min(bySentence.get(sentence) ?? Number.POSITIVE_INFINITY, d.head));
    }
    deniedPromises.set(a, bySentence);
  }
  return bySentence.get(s) ?? Number.POSITIVE_INFINITY;
}

const sentenceTimes = new WeakMap<
  readonly Word[],
  { certain: Word | undefined; timedClauses: Set<number> }
>();

/** The first `certain` word of a sentence and the clauses that hold a time, read once per sentence. */
function timesOf(sentence: readonly Word[]): { certain: Word | undefined; timedClauses: Set<number> } {
  let found = sentenceTimes.get(sentence);
  if (found === undefined) {
    const timedClauses = new Set<number>();
    for (const w of sentence) if (w.sems.includes("time")) timedClauses.add(w.clause);
    found = { certain: sentence.find((w) => w.sems.includes("certain")), timedClauses };
    sentenceTimes.set(sentence, found);
  }
  return found;
}

/** Every commitment of an analysed text, at most one per sentence and category, in text order. */
export function findCommitments(a: Analysis, brand: BrandWords = new Set()): Commitment[] {
  const out: Commitment[] = [];
  for (const g of a.groups) {
    if (!asserted(a, g)) continue;
    // `I can't guarantee it'll arrive before Friday`, `no le puedo prometer que llegue`: a denied promise
    // governs the clause after it.
    const head0 = a.words[g.head] as Word;
    if (firstDeniedPromise(a, head0.sentence) < g.first) continue;
    const category = categoryOf(a, g, brand);
    if (category === undefined) continue;
    const first = a.words[g.first] as Word;
    const head = a.words[g.head] as Word;
    const last = objectEnd(complementOf(a, g, 8)) ?? head;
    out.push({ category, start: first.start, end: last.end, sentence: head.sentence });
  }
  verblessOffers(a, out);
  legalStatements(a, out);
  out.sort((x, y) => x.start - y.start);
  const seen = new Set<string>();
  return out.filter((c) => {
    const key = `${c.sentence}:${c.category}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
