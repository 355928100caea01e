// Dismissive language read from the clause analysis, in any language:
// - telling the reader to calm down (`cálmese`, `relax,`, `no se altere`), but not a tip (`relájese en el spa`);
// - reproaching repetition (`se lo explicamos ayer`, `as I've said three times`, `deje de preguntar`);
// - sending the reader away (`cómprele a la competencia`, `nadie le obliga`, `take your business elsewhere`);
// - blaming the reader: the problem is theirs (`el problema es tu móvil`, `that's on you`), it works for everyone
//   else, they should have done otherwise (`debería haber estado en casa`, `bastaba con leerlo`);
// - belittling the complaint (`no es para tanto`, `not rocket science`, `estás exagerando`);
// - mockery and condescension (`felicidades, descubriste que…`, `te lo explico despacito`, `oh honey`).
// The rules that read this also keep their idiom lists; these frames find the wording those lists never had.
import type { RuleContextBase } from "../../engine/rule.js";
import type { Analysis, VerbGroup, Word } from "../../lang/analysis.js";
import { anySem, sentenceAt, sentenceGroups, sentenceWords, wordAtIndex } from "./clause-reading.js";

/** A dismissive stretch found in a text. */
export interface Dismissal {
  /** First offset. */
  readonly start: number;
  /** Offset after it. */
  readonly end: number;
  /** Which frame found it. */
  readonly kind: "calm" | "repeat" | "send-away" | "blame" | "belittle" | "mock";
}

const CONGRATS = new Set([
  "felicidades",
  "enhorabuena",
  "felicitaciones",
  "bravo",
  "congrats",
  "congratulations",
]);
const DISCOVER = new Set([
  "descubrir",
  "descubriste",
  "descubrio",
  "enterar",
  "aprender",
  "discover",
  "discovered",
  "discovering",
  "descubrir",
  "descubriendo",
  "find",
  "found",
  "figure",
  "figured",
  "learn",
  "learned",
  "learnt",
]);
const ENDEARMENTS = new Set([
  "ternurita",
  "cariño",
  "cielo",
  "sweetie",
  "honey",
  "hun",
  "darling",
  "campeon",
  "campeona",
  "champ",
  "genio",
  "genius",
  "listillo",
  "listilla",
  "sabelotodo",
]);
const OBVIOUS = new Set([
  "obvio",
  "obviamente",
  "evidentemente",
  "obviously",
  "duh",
  "evidently",
  "claramente",
]);
const COUNTERFACTUAL_AUX = new Set(["haber", "have"]);
/** `debería haber tenido respuesta`, `you should have got a reply`: what the reader should have been given. */
const RECEIVED = new Set(["tener", "recibir", "llegar", "get", "have", "receive", "hear", "arrive"]);
/** A guess (`seguro`, `seguramente`, `probably`, `I bet`), said of what the reader did. */
const CONJECTURE = new Set(["seguro", "seguramente", "probablemente", "probably", "surely", "bet"]);
/** States and thoughts (`te sientas mal`, `you're probably thinking of…`): nothing the reader did wrong. */
const STATES = new Set([
  "sentir",
  "sentar",
  "estar",
  "ser",
  "pensar",
  "creer",
  "querer",
  "referir",
  "buscar",
  "encontrar",
  "ver",
  "feel",
  "be",
  "think",
  "mean",
  "want",
  "look",
  "sound",
  "seem",
  "remember",
  "recall",
  "see",
]);
/** How a thing was done: `mal`, `wrong`; `bien`, `properly` count when denied. */
const WRONGLY = new Set(["mal", "bien", "wrong", "wrongly", "incorrectly", "properly", "correctly", "right"]);
/** `sola`, `by itself`: a thing that did not break on its own. */
const BY_ITSELF = new Set(["sola", "solo", "solas", "solos", "itself", "themselves", "own"]);
/** Verbs of things going fine for others (`les funciona`, `arrives fine`, `la usan sin problema`). */
const WORKS = new Set([
  "funcionar",
  "llegar",
  "usar",
  "ir",
  "tener",
  "recibir",
  "pasar",
  "work",
  "arrive",
  "use",
  "go",
  "run",
  "have",
  "get",
  "receive",
  "happen",
]);
/** Channels of a neutral back-reference (`como le comentamos por privado`). */
const CHANNELS = new Set([
  "dm",
  "md",
  "privado",
  "correo",
  "email",
  "e-mail",
  "mail",
  "mensaje",
  "inbox",
  "chat",
  "telefono",
  "phone",
  "message",
]);

/** Liking and bothering (`si no le gusta`, `si tanto le molesta`, `if you don't like it`): the reader's taste as a condition. */
const DISLIKE = new Set([
  "gustar",
  "convencer",
  "molestar",
  "agradar",
  "encantar",
  "latir",
  "like",
  "love",
  "want",
]);
/** The reader's (`usted`, `tuyo`, `yours`) and ours (`nosotros`, `ours`), for `fue usted, no nosotros`. */
const YOURS = new Set([
  "usted",
  "tu",
  "ti",
  "tuyo",
  "tuya",
  "suyo",
  "suya",
  "vosotros",
  "ustedes",
  "you",
  "yours",
  "your",
]);
const OURS = new Set(["nosotros", "nuestro", "nuestra", "nuestros", "nuestras", "ours", "us", "we"]);

/** What went wrong, as the subject of a guess (`el fallo estará en su móvil`). */
const FAULTS = new Set(["fallo", "error", "culpa", "falla", "problema", "fault", "issue", "problem"]);
/** `relájese la próxima vez`: a time, not an object. */
const NEXT_TIME = new Set(["proxima", "next"]);

/** Answering: `contestar`, `responder`, `dar`, `give`, `answer`, `reply`. */
const ANSWER = new Set([
  "contestar",
  "responder",
  "dar",
  "give",
  "answer",
  "reply",
  "send",
  "enviar",
  "mandar",
]);
/** Ordinals that count occasions. */
const ORDINALS = new Set([
  "tercera",
  "cuarta",
  "quinta",
  "enesima",
  "third",
  "fourth",
  "fifth",
  "umpteenth",
  "nth",
]);

/** `tercera vez`, `the fourth time` before the verb in its sentence. */
function counted(words: readonly Word[], head: Word): boolean {
  for (let k = 0; k + 1 < words.length; k++) {
    const w = words[k] as Word;
    if (w.index >= head.index) break;
    const next = words[k + 1] as Word;
    if (ORDINALS.has(w.key) && (next.key === "vez" || next.key === "time")) return true;
  }
  return false;
}

/** Asking the reader for something: `pedir`, `necesitar`, `need`, `ask`. */
const REQUEST = new Set(["pedir", "necesitar", "rogar", "need", "ask", "require", "repetir", "repeat"]);

const wordIndex = (_a: Analysis, w: Word): number => w.index;

function span(a: Analysis, from: number, to: number): { start: number; end: number } {
  return { start: (a.words[from] as Word).start, end: (a.words[Math.max(from, to)] as Word).end };
}

/** Whether the group is said to the reader: a command, or a second-person verb. */
const toReader = (g: VerbGroup): boolean => g.tam === "imp" || g.person === "2";

/**
 * Every dismissive stretch of an analysed text, at most one per sentence. In a brand's own post (`post`) a
 * command to relax sells a moment (`Relax, you've earned it`); it dismisses only beside another jab.
 */
export function findDismissals(a: Analysis, post = false): Dismissal[] {
  const out: Dismissal[] = [];
  let calming: Dismissal | undefined;
  for (let s = 0; s < a.sentences.length; s++) {
    const words = sentenceWords(a, s);
    if (words.length === 0 || words.every((w) => w.quoted)) continue;
    const groups = sentenceGroups(a, s);
    const other =
      repeat(a, words, groups) ??
      againOpener(a, words) ??
      sendAway(a, words, groups) ??
      blame(a, words, groups) ??
      belittle(a, words, groups) ??
      mock(a, words, groups) ??
      contrast(a, words);
    const calmed = other === undefined ? calm(a, groups) : undefined;
    if (other !== undefined) out.push(other);
    else if (calmed !== undefined && !post) out.push(calmed);
    else if (calmed !== undefined) calming = calmed;
  }
  if (calming !== undefined && out.length > 0) out.push(calming);
  out.sort((x, y) => x.start - y.start);
  return out;
}

/**
 * The dismissals of the evaluated text, found once per evaluation and shared by the rules that read them
 * (`respect/dismissive` reports them; `respect/unacknowledged-complaint` reads whether there are any).
 */
export function sharedDismissals(ctx: RuleContextBase, post: boolean): readonly Dismissal[] {
  return ctx.shared(post ? "dismissals:post" : "dismissals:reply", () =>
    findDismissals(ctx.analysis(), post),
  );
}

/** `It's a drink, not an organ transplant`, `es un refresco, no la hipoteca de tu casa`. */
function contrast(a: Analysis, words: readonly Word[]): Dismissal | undefined {
  for (let k = 0; k + 2 < words.length; k++) {
    const w = words[k] as Word;
    if (!(w.sems.includes("product") || w.sems.includes("order")) || w.after !== ",") continue;
    // `el daño a tu mercancía, no la paquetería`: the reader's goods, not a thing set against a bigger one.
    if (k > 0 && YOURS.has((words[k - 1] as Word).key)) continue;
    const next = words[k + 1] as Word;
    const det = words[k + 2] as Word;
    if ((next.key === "not" || next.key === "no") && det.sems.includes("det")) {
      const i = wordIndex(a, w);
      return { ...span(a, i, i + 2), kind: "belittle" };
    }
  }
  return undefined;
}

/** `Cálmese`, `Relax,`, `Serénese y vuelva a escribirnos`, `No se altere`, `Respire hondo` — not a tip or a product. */
function calm(a: Analysis, groups: readonly VerbGroup[]): Dismissal | undefined {
  for (const g of groups) {
    const head = a.words[g.head] as Word;
    if (head.quoted) continue;
    // `cálmese`, `no se altere`, `le rogamos que se tranquilice`: a command, or a wish that the reader calm down.
    const wished =
      g.tam === "subj" &&
      (g.person === "2" || g.person === "3?") &&
      (a.words[g.first - 1]?.key === "que" || a.words[g.first - 2]?.key === "que") &&
      !sentenceWords(a, head.sentence).some((w) => w.index < g.first && w.sems.includes("neg"));
    const commanded = g.tam === "imp" || (g.tam === "subj" && g.negated && g.person === "2") || wished;
    const calming = g.sems.includes("calm-v") && !g.negated;
    const upset =
      g.sems.includes("upset-v") && g.negated && (g.lemma !== "poner" || a.words[g.head + 1]?.key === "asi");
    if (!commanded || !(calming || upset)) continue;
    // `relájese en nuestro spa`, `relax with a cold Chispa`, `keep it chilled`: a tip, not a command to calm down.
    const after = a.words.slice(g.head + 1, g.head + 5).filter((w) => w.clause === head.clause);
    const sentence = sentenceWords(a, head.sentence);
    if (
      sentence.some(
        (w) => w.sems.includes("leisure") || w.sems.includes("product") || w.sems.includes("order"),
      )
    )
      continue;
    // `Chill it first`, `Calm your senses`, `Chill-proof`, `Relax Mode`: an object, a compound or a name.
    const next = after[0];
    if (
      head.after === "-" ||
      (next !== undefined &&
        (next.capitalised ||
          ((next.sems.includes("det") || ["it", "them", "lo", "la", "los", "las"].includes(next.key)) &&
            !NEXT_TIME.has(after[1]?.key ?? ""))))
    )
      continue;
    if (
      after[0] !== undefined &&
      (after[0].key === "with" ||
        after[0].key === "con" ||
        after[0].key === "in" ||
        after[0].key === "en" ||
        after[0].key === "by") &&
      !after.some((w) => w.sems.includes("you"))
    )
      continue;
    return { ...span(a, g.first, g.head), kind: "calm" };
  }
  return undefined;
}

/**
 * Repetition reproached: a telling verb in the past with `ya`/`already`/`again`/`N times`, and no channel (a DM,
 * an e-mail) that would make it a neutral back-reference; or `deje de preguntar`, `stop asking`.
 */
function repeat(a: Analysis, words: readonly Word[], groups: readonly VerbGroup[]): Dismissal | undefined {
  for (const g of groups) {
    const head = a.words[g.head] as Word;
    if (head.quoted) continue;
    // `deje de preguntar`, `stop asking`, `quit complaining`
    if (
      (g.tam === "imp" || g.person === "2") &&
      (a.words[g.first]?.sems.includes("stop-v") ||
        g.lemma === "stop" ||
        g.lemma === "quit" ||
        (g.lemma === "dejar" && a.words[g.head + 1]?.key === "de"))
    ) {
      const next = a.words.slice(g.head + 1, g.head + 4);
      if (
        next.some((w) =>
          w.verbs.some((v) =>
            [
              "preguntar",
              "insistir",
              "quejar",
              "escribir",
              "llorar",
              "lloriquear",
              "protestar",
              "ask",
              "complain",
              "whine",
              "write",
              "cry",
              "moan",
              "whinge",
            ].includes(v.lemma),
          ),
        )
      )
        return { ...span(a, g.first, g.head + 2), kind: "repeat" };
    }
    // `This has been explained to you`, `se le ha explicado ya`: a passive told to the reader.
    if (
      g.sems.includes("tell-v") &&
      g.passive &&
      g.tam === "past" &&
      a.words.slice(g.head + 1, g.head + 3).some((w) => w.key === "you" || w.key === "usted")
    )
      return { ...span(a, g.first, g.head), kind: "repeat" };
    // `tercera vez que le contestamos lo mismo`, `the third time we've given you the same answer`: our answers
    // counted back at the reader.
    if (
      g.person === "1p" &&
      !g.negated &&
      (g.sems.includes("tell-v") || ANSWER.has(g.lemma)) &&
      counted(words, head)
    )
      return { ...span(a, g.first, g.head), kind: "repeat" };
    if (!g.sems.includes("tell-v") || g.negated) continue;
    if (g.tam !== "past" || !(g.person === "1p" || g.person === "1s")) continue;
    const clause = words.filter((w) => w.clause === head.clause);
    const strong = clause.some((w) => w.sems.includes("already") && w.key !== "ya" && w.key !== "already");
    const ya = clause.some((w) => w.key === "ya" || w.key === "already");
    const channel = words.some((w) => CHANNELS.has(w.key));
    const thisThread = words.some(
      (w) =>
        w.key === "hilo" ||
        w.key === "thread" ||
        w.key === "publicacion" ||
        w.key === "post" ||
        w.key === "ayer" ||
        w.key === "yesterday" ||
        w.key === "esto" ||
        w.key === "this",
    );
    if (
      strong ||
      (ya && !channel && thisThread) ||
      (ya && !channel && g.tam === "past" && words.length <= 8)
    ) {
      return { ...span(a, g.first, g.head), kind: "repeat" };
    }
  }
  return undefined;
}

/** `Again: the link is in your e-mail`, `Once again:`, `…there. Again.` */
function againOpener(a: Analysis, words: readonly Word[]): Dismissal | undefined {
  const first = words[0];
  if (first === undefined) return undefined;
  const opener =
    (first.key === "again" && first.after === ":") ||
    (first.key === "once" && words[1]?.key === "again" && words[1].after === ":");
  const alone = words.length === 1 && (first.key === "again" || first.key === "otra");
  // `Again, DM us your order number.`, `Otra vez le repetimos que…`, `Once again, we need you to…`: a request
  // or a telling said again, with no apology or thanks in the sentence.
  const again =
    (first.key === "again" && first.after === ",") ||
    (first.key === "once" && words[1]?.key === "again") ||
    (first.key === "otra" && words[1]?.key === "vez") ||
    (first.key === "de" && words[1]?.key === "nuevo" && words[1].after === ",");
  const kind =
    again &&
    !words.some((w) => w.sems.includes("sorry") || w.sems.includes("validate") || THANKS.has(w.key)) &&
    sentenceGroups(a, first.sentence).some(
      (g) =>
        g.tam === "imp" ||
        (g.person === "1p" && (g.sems.includes("tell-v") || REQUEST.has(g.lemma) || g.modal === "need")),
    );
  if (!opener && !alone && !kind) return undefined;
  const i = wordIndex(a, first);
  return { ...span(a, i, i), kind: "repeat" };
}

/** `nadie le obliga a comprarla`, `pruebe con la competencia`, `take your business elsewhere`, `si no te late, no la compres`. */
function sendAway(a: Analysis, words: readonly Word[], groups: readonly VerbGroup[]): Dismissal | undefined {
  const hit = words.find((w) => w.sems.includes("elsewhere") && !w.quoted);
  if (hit === undefined) return undefined;
  const i = wordIndex(a, hit);
  // `Nuestros productos están en otras tiendas` is information; a send-away speaks to the reader or dismisses.
  const reader =
    groups.some(toReader) ||
    groups.some(
      (g) => DISLIKE.has(g.lemma) && a.clauses[(a.words[g.head] as Word).clause]?.protasis === true,
    ) ||
    anySem(words, "you") ||
    hit.key === "nadie" ||
    hit.key === "nobody" ||
    hit.key === "no" ||
    hit.key === "unfollow";
  if (!reader) return undefined;
  // `If you'd rather shop elsewhere we'd totally understand`: offered with understanding, not a dismissal.
  if (words.some((w) => w.sems.includes("validate") || w.sems.includes("sorry"))) return undefined;
  return { ...span(a, i, i), kind: "send-away" };
}

/**
 * Blame: the reader's problem or fault (`el problema es tu móvil`, `that one's on you`, `será su paladar`),
 * everyone else is fine (`a todos los demás les funciona`), or the reader should have (`debería haber estado en
 * casa`, `should've read the terms`, `bastaba con leerlo`).
 */
function blame(a: Analysis, words: readonly Word[], groups: readonly VerbGroup[]): Dismissal | undefined {
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as Word;
    if (w.quoted) continue;
    const i = wordIndex(a, w);
    // `Your wifi, not our app`, `That's your bank, not us`, `su banco, no nosotros`: the reader's thing against ours.
    if (
      (w.key === "not" || w.key === "no") &&
      w.before === "," &&
      OURS.has(words[k + 1]?.key ?? "") &&
      words.slice(Math.max(0, k - 4), k).some((x) => YOURS.has(x.key) || x.key === "su" || x.key === "tu")
    )
      return { ...span(a, Math.max(0, i - 3), i + 1), kind: "blame" };
    // `Next time, check the package`, `La próxima vez, fíjese`: a lesson for the reader.
    if (
      k === 0 &&
      ((w.key === "next" && words[1]?.key === "time") || (w.key === "la" && words[1]?.key === "proxima")) &&
      groups.some((g) => g.tam === "imp")
    )
      return { ...span(a, i, i + 1), kind: "blame" };
    // `fue usted, no nosotros`, `responsabilidad suya, no nuestra`, `yours, not ours`: the reader against us.
    if (
      YOURS.has(w.key) &&
      w.after === "," &&
      (words[k + 1]?.key === "no" || words[k + 1]?.key === "not") &&
      OURS.has(words[k + 2]?.key ?? "")
    )
      return { ...span(a, i, i + 2), kind: "blame" };
    if ((w.sems.includes("problem") || w.sems.includes("responsibility")) && !negatedBefore(a, i)) {
      const near = words.slice(Math.max(0, k - 3), k + 5);
      const yours = near.some(
        (x) =>
          x.key === "tu" ||
          x.key === "tuyo" ||
          x.key === "tuya" ||
          x.key === "your" ||
          x.key === "yours" ||
          x.key === "suyo" ||
          x.key === "suya",
      );
      // `el problema es tu móvil`, `eso es problema de tu banco`, `that's your problem`: a copula says whose.
      const copula = groups.some(
        (g) => (g.lemma === "ser" || g.lemma === "be") && (a.words[g.head] as Word).clause === w.clause,
      );
      if (yours && copula) return { ...span(a, i, i), kind: "blame" };
    }
    // `A todos los demás les funciona`, `works fine for everyone else`: then the fault is the reader's.
    if (w.sems.includes("others") && groups.some((g) => WORKS.has(g.lemma)) && !negatedBefore(a, i)) {
      return { ...span(a, i, i), kind: "blame" };
    }
    // `that's on you`, `that one's on you`
    if (
      w.key === "on" &&
      words[k + 1]?.key === "you" &&
      (wordAtIndex(words, k - 1)?.key === "'s" || wordAtIndex(words, k - 1)?.key === "is")
    ) {
      return { ...span(a, i - 1, i + 1), kind: "blame" };
    }
  }
  const conjecture = words.find((w) => CONJECTURE.has(w.key) && !w.quoted);
  const wrongly = words.find((w) => WRONGLY.has(w.key) && !w.quoted);
  for (const g of groups) {
    const head = a.words[g.head] as Word;
    if (head.quoted || a.sentences[head.sentence]?.question) continue;
    const reader = g.person === "2" && g.tam !== "imp" && g.subjectless !== true;
    // `Seguro la dejaste al sol`, `seguramente no la cancelaste bien`, `you probably typed it in lowercase`: a
    // guess that the reader caused it.
    if (conjecture !== undefined && reader && g.tam === "past" && !STATES.has(g.lemma))
      return { ...span(a, Math.min(conjecture.index, g.first), g.head), kind: "blame" };
    // `no la cancelaste bien`, `lo escribiste mal`, `funciona si se escribe bien`, `you typed it wrong`.
    const impersonal = a.lang === "es" && a.words[g.first]?.key === "se" && g.person === "3?";
    if (
      wrongly !== undefined &&
      (reader || impersonal) &&
      !STATES.has(g.lemma) &&
      wrongly.index > g.head &&
      wrongly.index <= g.head + 4 &&
      !a.words.slice(g.head + 1, wrongly.index).some((w) => w.sems.includes("neg") || w.key === "anything")
    ) {
      const good =
        wrongly.key === "bien" ||
        wrongly.key === "properly" ||
        wrongly.key === "correctly" ||
        wrongly.key === "right";
      const said = good
        ? (reader && g.negated) || (impersonal && a.clauses[head.clause]?.protasis === true)
        : reader && !g.negated;
      if (said) return { ...span(a, g.first, wrongly.index), kind: "blame" };
    }
    // `La lata no explotó sola`, `la página no se equivoca sola`, `it didn't break by itself`: then someone did.
    if (g.negated && g.person !== "1p" && g.person !== "1s" && g.lemma !== "estar" && g.lemma !== "be") {
      const after = a.words.slice(g.head + 1, g.head + 4).filter((w) => w.sentence === head.sentence);
      const alone = after.findIndex((w) => BY_ITSELF.has(w.key));
      if (alone >= 0 && (a.lang === "es" || after[alone - 1]?.key === "by" || after[alone - 1]?.key === "on"))
        return { ...span(a, g.first, (after[alone] as Word).index), kind: "blame" };
    }
    if (g.negated) continue;
    // `Será su paladar`, `será cosa de su teléfono`, `must be your phone`: the reader's thing as the cause.
    // `el fallo estará en su móvil`: `estar` only with a fault for subject, not `estará en su domicilio`.
    const faultAt =
      g.lemma === "estar" &&
      a.words
        .slice(Math.max(0, g.first - 3), g.first)
        .some((w) => FAULTS.has(w.key) || w.sems.includes("problem"));
    if (
      (g.lemma === "ser" && g.tam === "fut") ||
      (faultAt && g.tam === "fut") ||
      (g.modal === "must" && g.lemma === "be")
    ) {
      const next = a.words.slice(g.head + 1, g.head + 5).filter((w) => w.sentence === head.sentence);
      if (next.some((w) => w.key === "su" || w.key === "tu" || w.key === "your"))
        return { ...span(a, g.first, g.head), kind: "blame" };
    }
    // `debería haber leído`, `tendrías que haber mirado`, `should've read`, `could have checked`
    const counterfactual =
      (g.modal === "deber" ||
        g.modal === "tener que" ||
        g.modal === "should" ||
        g.modal === "could" ||
        g.modal === "ought" ||
        g.modal === "must") &&
      g.tam !== "fut" &&
      a.words
        .slice(g.first, g.head + 1)
        .some((w) => w.verbs.some((v) => COUNTERFACTUAL_AUX.has(v.lemma)) || w.key === "'ve");
    // `debería haber tenido respuesta`: the participle after `haber` is the verb that counts.
    const participle =
      g.lemma === "haber" ? a.words[g.head + 1]?.verbs.find((v) => v.tam === "part")?.lemma : undefined;
    if (
      counterfactual &&
      (g.person === "2" || g.person === "3?") &&
      !g.sems.includes("receive-v") &&
      !RECEIVED.has(participle ?? g.lemma)
    )
      return { ...span(a, g.first, g.head), kind: "blame" };
    // `Had you read the card…`, `if you'd explained it clearly…`, `si hubiera leído…`: the reader's past as a condition.
    const clause = a.clauses[head.clause];
    if (
      clause?.protasis &&
      (g.person === "2" || g.person === "3?") &&
      g.tam === "past" &&
      g.subjectless !== true
    ) {
      const auxiliary = a.words
        .slice(g.first, g.head)
        .some(
          (w) =>
            w.key === "had" || w.key === "'d" || w.key.startsWith("hubier") || w.key.startsWith("hubies"),
        );
      if (auxiliary || a.words[clause.firstWord]?.key === "had")
        return { ...span(a, g.first, g.head), kind: "blame" };
    }
    // `Si hubiera estado en casa…`, `si lo hubieras pedido…`, `If you'd been in…`: the reader's past as the
    // condition, with the auxiliary the verb tables do not read (`hubiera`) or read as `would` (`'d been`).
    if (
      clause?.protasis &&
      g.subjectless !== true &&
      counterfactualAux(a, g) &&
      // `si hubiera sido error nuestro`: our fault as the condition is owning it, not blaming.
      !a.words
        .slice(Math.max(clause.firstWord, g.first - 8), Math.min(clause.endWord, g.head + 8))
        .some((w) => OURS.has(w.key) || w.key === "our")
    ) {
      return { ...span(a, Math.max(clause.firstWord, g.first - 1), g.head), kind: "blame" };
    }
    // `haberlo pensado antes`
    if (
      g.lemma === "haber" &&
      g.tam === "inf" &&
      a.words[g.first]?.key.startsWith("haber") &&
      (a.words[g.first] as Word).start === (a.sentences[head.sentence]?.start ?? -1)
    )
      return { ...span(a, g.first, g.head), kind: "blame" };
    // `bastaba con leerlo`, `all you had to do was read`
    if (
      (g.lemma === "bastar" && a.words[g.head + 1]?.key === "con") ||
      (head.key === "had" && a.words[g.head - 1]?.key === "you" && a.words[g.head - 2]?.key === "all")
    )
      return { ...span(a, g.first, g.head + 1), kind: "blame" };
  }
  return undefined;
}

/** `no es para tanto`, `not rocket science`, `estás exagerando`, `no exagere`. */
function belittle(a: Analysis, words: readonly Word[], groups: readonly VerbGroup[]): Dismissal | undefined {
  for (const w of words) {
    if (!w.sems.includes("belittle") || w.quoted) continue;
    const i = wordIndex(a, w);
    // Single words (`drama`, `exagerar`) belittle when said of the reader; expressions stand on their own.
    const phrase =
      (a.words[i + 1]?.sems.includes("belittle") ?? false) ||
      (wordAtIndex(a.words, i - 1)?.sems.includes("belittle") ?? false);
    if (!phrase && !groups.some(toReader) && !anySem(words, "you") && !w.key.startsWith("exager")) continue;
    // `no es física cuántica` belittles with its own negation; `no fue cosa tuya` denies the blame.
    const yours = a.words.slice(i, i + 3).some((x) => YOURS.has(x.key));
    if (negatedBefore(a, i) && !w.key.startsWith("exager") && (!phrase || yours)) continue;
    return { ...span(a, i, i), kind: "belittle" };
  }
  return undefined;
}

/** `felicidades, descubriste que…`, `oh honey`, `se lo explico despacito`, `obvio`, `¿y qué esperabas?`. */
function mock(a: Analysis, words: readonly Word[], groups: readonly VerbGroup[]): Dismissal | undefined {
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as Word;
    if (w.quoted) continue;
    const i = wordIndex(a, w);
    if (
      CONGRATS.has(w.key) &&
      words.some((x) => DISCOVER.has(x.key) || x.verbs.some((v) => DISCOVER.has(v.lemma)))
    )
      return { ...span(a, i, i), kind: "mock" };
    // A vocative (`Ay, ternurita, así no…`, `…, sweetie.`), set off by commas or opening the sentence.
    const vocative =
      w.before === "," ||
      w.after === "," ||
      (k === 0 && w.after !== "") ||
      wordAtIndex(words, k - 1)?.key === "oh" ||
      wordAtIndex(words, k - 1)?.key === "ay";
    if (ENDEARMENTS.has(w.key) && vocative) return { ...span(a, i, i), kind: "mock" };
    // `Obvio.`, `…, evidentemente.`: alone, not `Obviamente queremos que se arregle`.
    const alone = (k === words.length - 1 && w.before === ",") || words.length === 1;
    if (OBVIOUS.has(w.key) && alone && !negatedBefore(a, i)) return { ...span(a, i, i), kind: "mock" };
    // `te lo explico despacito`, `in small words`: slowness only when telling.
    const slow =
      w.sems.includes("slow") &&
      ((a.words[i + 1]?.sems.includes("slow") ?? false) ||
        (wordAtIndex(a.words, i - 1)?.sems.includes("slow") ?? false) ||
        groups.some((g) => g.sems.includes("tell-v")));
    if (
      slow ||
      (w.sems.includes("mock") &&
        !w.sems.includes("slow") &&
        !CONGRATS.has(w.key) &&
        !ENDEARMENTS.has(w.key) &&
        !OBVIOUS.has(w.key) &&
        w.key !== "sorpresa" &&
        w.key !== "surprise")
    )
      return { ...span(a, i, i), kind: "mock" };
  }
  return undefined;
}

/** Past subjunctive of `haber` for the reader (`usted`, `tú`, `ustedes`, `vosotros`), never `hubiéramos`. */
const HUBIERA = new Set([
  "hubiera",
  "hubieras",
  "hubieran",
  "hubierais",
  "hubiese",
  "hubieses",
  "hubiesen",
  "hubieseis",
]);

/** A participle after `hubiera`, or `you'd` + a participle (`you'd been`, `you'd read`), not `you'd like`. */
function counterfactualAux(a: Analysis, g: VerbGroup): boolean {
  const head = a.words[g.head] as Word;
  const participle = g.tam === "part" || head.verbs.some((v) => v.tam === "part");
  if (!participle) return false;
  const before = a.words[g.first - 1];
  const aux = a.words.slice(Math.max(0, g.first - 2), g.head).find((w) => HUBIERA.has(w.key));
  if (a.lang === "es") return aux !== undefined && before !== undefined && before.sentence === head.sentence;
  const d = a.words.slice(g.first, g.head).some((w) => w.key === "'d");
  const you = a.words[g.first - 1]?.key === "you" || a.words[g.first]?.key === "you";
  return d && you && head.key !== "like" && head.key !== "prefer" && head.key !== "rather";
}

function negatedBefore(a: Analysis, i: number): boolean {
  const w = a.words[i] as Word;
  const clause = a.clauses[w.clause];
  if (clause === undefined) return false;
  for (let k = clause.firstWord; k < i; k++) if ((a.words[k] as Word).sems.includes("neg")) return true;
  return false;
}

/** A shrug (🤷) says "not my problem"; an eye-roll (🙄) or an upside-down smile (🙃) mocks unless its sentence apologises or validates. */
const SHRUG = 0x1f937;
const ROLLS = new Set([0x1f644, 0x1f643]);
const THANKS = new Set(["gracias", "thank", "thanks", "cheers", "ta"]);

/**
 * Shrugs and eye-rolls said to the reader: a shrug always dismisses; an eye-roll or an upside-down smile mocks,
 * unless the sentence it closes apologises or validates (`Lamentamos la espera 🙄` is clumsy, not a jab).
 */
export function eyeRolls(source: string, a: Analysis): Dismissal[] {
  const out: Dismissal[] = [];
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c !== 0xd83d && c !== 0xd83e) continue;
    const cp = source.codePointAt(i) ?? 0;
    if (cp !== SHRUG && !ROLLS.has(cp)) continue;
    const s = sentenceAt(a, i);
    const words = s >= 0 ? sentenceWords(a, s) : [];
    if (words.length > 0 && words.every((w) => w.quoted)) continue;
    if (
      cp !== SHRUG &&
      words.some((w) => w.sems.includes("sorry") || w.sems.includes("validate") || THANKS.has(w.key))
    )
      continue;
    out.push({ start: i, end: i + 2, kind: "mock" });
    i++;
  }
  return out;
}
