// Complaints and acknowledgements read from the clause analysis, in any language.
//
// A complaint reports a problem with the brand's product or service — something broken, wrong or missing, a
// delay, a thing that does not work or never arrived, money taken, being ignored or having to write again, bad
// treatment — in anger, in sarcasm or in plain facts (`pedí el día 3 y hoy es 20 y nada`). A question with no
// problem in it, worry about what has not gone wrong, self-blame and praise are not complaints.
//
// A reply acknowledges it with an apology, validation or empathy, thanks for reporting, or any next step: a
// private channel, a contact, a follow-up, an action under way, a self-service instruction.
import type { Analysis, VerbGroup, Word } from "../../lang/analysis.js";
import { anySem, sentenceGroups, sentenceWords } from "./clause-reading.js";

/** Why a comment reads as a complaint (for evidence). */
export type ComplaintCue = "broken" | "not-working" | "waiting" | "again" | "charged" | "bad";

/** The cues that make `comment` a complaint; empty when it is none. */
export function complaintCues(comment: Analysis): ComplaintCue[] {
  const cues = new Set<ComplaintCue>();
  // Only what the comment states: not a hypothesis (`what happens if it arrives broken?`), not a quotation.
  const words = comment.words.filter((w) => !w.quoted && !(comment.clauses[w.clause]?.protasis ?? false));
  const asks = comment.sentences.length > 0 && comment.sentences.every((s) => s.question);
  for (const w of words) {
    if (w.sems.includes("broken")) cues.add("broken");
    if (w.sems.includes("waiting")) cues.add("waiting");
    if (w.sems.includes("again")) cues.add("again");
    if (w.sems.includes("bad")) cues.add("bad");
  }
  // `third time asking`, `4th time`, `tercera vez`, `cuatro veces`: counting the times, even in a question.
  let counted = false;
  for (const w of words) {
    const next = comment.words[w.index + 1];
    if (next === undefined || !TIMES.has(next.key)) continue;
    if (
      ORDINALS.has(w.key) ||
      ordinalDigits(w.key) ||
      (next.key !== "time" && next.key !== "vez" && COUNTS.has(w.key))
    )
      counted = true;
  }
  if (counted) cues.add("again");
  for (const g of comment.groups) {
    if (comment.clauses[(comment.words[g.head] as Word).clause]?.protasis) continue;
    // `never got`, `nunca salió`, `nobody picks up`: denied by a word before the verb, not by `no`.
    const denied =
      g.negated ||
      comment.words
        .slice(Math.max(0, g.first - 3), g.first)
        .some((w) => w.clause === (comment.words[g.head] as Word).clause && NEVER.has(w.key));
    // `no funciona`, `never arrived`, `no me deja entrar`, `won't charge`, `no me han devuelto el dinero`.
    // `no puedo dejar de comer vuestras galletas` is praise: `dejar de` + infinitive is no failure.
    const stops = g.lemma === "dejar" && comment.words[g.head + 1]?.key === "de";
    if (
      g.sems.includes("function-v") &&
      !stops &&
      g.person !== "1s" &&
      (denied || (!asks && sentenceHas(comment, g, "waiting")))
    )
      cues.add("not-working");
    // `me cobraron dos veces`, `you charged me twice`, `I was billed again`: money taken from the writer.
    const fromMe =
      g.object === "1s" ||
      g.person === "2" ||
      g.passive ||
      g.subjectless === true ||
      (comment.lang === "es" && g.person !== "1s");
    // `me cobraron`, `Charged £3.95 delivery`, `love being charged for…`, `que me cobren una suscripción que cancelé`.
    const taken = g.tam === "past" || g.tam === "part" || (g.tam === "subj" && g.object === "1s");
    if (g.sems.includes("charge-v") && taken && fromMe) cues.add("charged");
  }
  // `Pedí Zero y me mandaron Max`, `asked for Lime, got cherry`: an order and something else received.
  if (wrongItem(comment)) cues.add("broken");
  // A question counts only with a problem in it (`¿por qué no ha llegado mi pedido?`), not `still` or `again`.
  if (asks) {
    // `¿Por qué tardan tanto en contestar?`, `Why does it take you 5 days to answer?`: a reproach, not a question.
    const why = words.some(
      (w) => w.key === "why" || (w.key === "que" && comment.words[w.index - 1]?.key === "por"),
    );
    if (!why) cues.delete("waiting");
    if (!counted) cues.delete("again");
  }
  // A duration or a date with an order or nothing more (`Pedido FR-20931: pagado el 2 de mayo, sin enviar a día 16`).
  if (cues.size === 0) return [];
  if (selfBlame(comment) && !cues.has("bad") && !counted && !cues.has("charged")) return [];
  // `waiting` alone in a question about a date (`¿cuándo vuelve la de granada?`) is no complaint; with a
  // duration, a negation or an order it is (`llevo dos semanas esperando`).
  if (cues.size === 1 && cues.has("waiting")) {
    const strong = words.some(
      (w) =>
        w.sems.includes("waiting") &&
        (w.key === "esperando" ||
          w.key === "waiting" ||
          w.key === "retraso" ||
          w.key === "delay" ||
          w.key === "delayed" ||
          w.key === "late" ||
          w.key === "rastro" ||
          w.key === "llevo" ||
          w.key === "still" ||
          w.key === "todavia" ||
          w.key === "aun" ||
          w.key === "tardan" ||
          w.key === "take" ||
          w.key === "takes" ||
          w.key === "took" ||
          w.key === "tardo" ||
          w.key === "tardaron" ||
          // `for 10 days`, `desde hace un mes`, `hace un mes`: a duration that has run.
          SINCE.has(comment.words[w.index - 2]?.key ?? "") ||
          SINCE.has(comment.words[w.index - 1]?.key ?? "")),
    );
    const several = words.filter((w) => w.sems.includes("waiting")).length >= 2;
    if (!strong && !several && !words.some((w) => w.sems.includes("neg"))) return [];
  }
  return [...cues];
}

/** `estamos esperando`, `we're hoping`: a progressive that does nothing for the reader. */
const PROGRESSIVE_STATES = new Set([
  "ser",
  "estar",
  "esperar",
  "pensar",
  "be",
  "hope",
  "wait",
  "think",
  "feel",
]);
/** `te ayudamos`, `we'll help`. */
const HELP = new Set(["ayudar", "help"]);
/** Ours: `nuestra culpa`, `our mistake`. */
const OUR = new Set(["nuestra", "nuestro", "nuestros", "nuestras", "our", "ours", "we", "nosotros"]);

/** Words that count occasions: `time(s)`, `vez`/`veces`. */
const TIMES = new Set(["time", "times", "vez", "veces"]);
const ORDINALS = new Set([
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "segunda",
  "tercera",
  "cuarta",
  "quinta",
  "sexta",
]);
const COUNTS = new Set([
  "three",
  "four",
  "five",
  "six",
  "several",
  "tres",
  "cuatro",
  "cinco",
  "seis",
  "varias",
  "3",
  "4",
  "5",
  "6",
]);
/** `3rd`, `4th`, `3ª`, `4a`. */
function ordinalDigits(key: string): boolean {
  const digits =
    key.length -
    (key.endsWith("st") || key.endsWith("nd") || key.endsWith("rd") || key.endsWith("th")
      ? 2
      : key.endsWith("ª") || key.endsWith("a")
        ? 1
        : key.length + 1);
  if (digits <= 0 || digits > 2) return false;
  for (let i = 0; i < digits; i++) {
    const c = key.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
/** Words that deny a verb without `no`: `never got`, `nunca salió`, `nobody picks up`. */
const NEVER = new Set(["never", "nunca", "jamas", "nobody", "nadie", "no one"]);
/** Words before a duration that has run: `for 10 days`, `desde hace un mes`, `hace una semana`. */
const SINCE = new Set(["for", "hace", "since"]);

const ORDERED = new Set(["pedir", "order", "ask", "buy", "comprar"]);
const RECEIVED = new Set(["mandar", "enviar", "llegar", "venir", "send", "get", "receive", "arrive", "come"]);
const PRAISE = new Set([
  "perfecto",
  "perfecta",
  "genial",
  "rapido",
  "rapidisimo",
  "bien",
  "perfect",
  "great",
  "fast",
  "quick",
  "love",
  "encanta",
]);

function wrongItem(a: Analysis): boolean {
  for (let s = 0; s < a.sentences.length; s++) {
    const groups = sentenceGroups(a, s);
    // `Pedí Zero y me mandaron Max`, `got mango, ordered lime`: in either order.
    const ordered = groups.findIndex(
      (g) => ORDERED.has(g.lemma) && (g.person === "1s" || g.subjectless === true) && g.tam === "past",
    );
    if (ordered < 0) continue;
    const received = groups.some(
      (g, k) => k !== ordered && RECEIVED.has(g.lemma) && g.tam === "past" && !g.negated,
    );
    if (received && !sentenceWords(a, s).some((w) => PRAISE.has(w.key))) return true;
  }
  return false;
}

function sentenceHas(a: Analysis, g: VerbGroup, sem: "waiting"): boolean {
  const s = (a.words[g.head] as Word).sentence;
  return sentenceWords(a, s).some((w) => w.sems.includes(sem));
}

const SELF_BLAME = new Set([
  "equivocar",
  "caer",
  "regar",
  "olvidar",
  "poner",
  "escribir",
  "tardar",
  "vencer",
  "type",
  "mess",
  "forget",
  "drop",
  "break",
  "put",
  "enter",
  "choose",
  "pick",
  "select",
  "spell",
]);

/** `Me he equivocado de dirección`, `I typed my address wrong`, `creo que la regué`, `se me ha caído la lata`. */
function selfBlame(a: Analysis): boolean {
  return (
    a.groups.some((g) => g.person === "1s" && !g.negated && SELF_BLAME.has(g.lemma)) ||
    a.words.some(
      (w) =>
        w.key === "torpe" || w.key === "clumsy" || (w.key === "my" && a.words[w.index + 1]?.key === "bad"),
    )
  );
}

/** What acknowledges the complaint in a reply, if anything. */
export type Acknowledgement = "apology" | "validation" | "contact" | "private" | "action" | "self-service";

/** The first acknowledgement or next step found in `reply`, or undefined. */
export function acknowledgementOf(reply: Analysis, committed = false): Acknowledgement | undefined {
  // A promise to put it right (a refund, a replacement, a date) answers the complaint.
  if (committed) return "action";
  const words = reply.words.filter((w) => !w.quoted);
  if (words.some((w) => w.sems.includes("sorry") && !negatedWord(reply, w))) return "apology";
  if (words.some((w) => w.sems.includes("validate") && !negatedWord(reply, w) && validates(reply, w)))
    return "validation";
  // `100 % nuestra la culpa`, `fue negligencia nuestra`, `our mistake`: owning the fault answers the complaint.
  if (
    words.some(
      (w) =>
        (w.sems.includes("fault") || w.sems.includes("negligence")) &&
        !negatedWord(reply, w) &&
        reply.words.some(
          (x) => x.clause === w.clause && (OUR.has(x.key) || x.sems.includes("we")) && !x.quoted,
        ),
    )
  )
    return "apology";
  return nextStepOf(reply);
}

/**
 * The first next step `reply` offers (a contact, a private channel, work under way, a self-service instruction),
 * or undefined. Part of {@link acknowledgementOf}; read alone when the reply's acknowledgement is in doubt.
 */
export function nextStepOf(reply: Analysis): Acknowledgement | undefined {
  const words = reply.words.filter((w) => !w.quoted);
  if (reply.contacts.length > 0) return "contact";
  if (anySem(words, "private")) return "private";
  for (const g of reply.groups) {
    const head = reply.words[g.head] as Word;
    if (head.quoted || g.negated) continue;
    // `Estamos revisando su pedido`, `we'll look into it`, `le escribimos`, `lo hemos trasladado`.
    const subject = reply.words.slice(Math.max(0, g.first - 3), g.first);
    const ours = subject.some(
      (w) => w.sems.includes("we") || w.sems.includes("staff") || w.sems.includes("company"),
    );
    const gerund = g.tam === "ger" && g.first === reply.clauses[head.clause]?.firstWord;
    const brand = g.person === "1p" || g.person === "1s" || (g.passive && g.tam !== "pres") || ours || gerund;
    // A past contact is a reproach (`ya le hemos contestado tres veces`); a past action is done for the reader.
    const acts =
      g.sems.includes("action-v") ||
      g.sems.includes("admit-v") ||
      (g.sems.includes("contact-v") && g.tam !== "past");
    if (brand && acts && g.tam !== "cond" && g.tam !== "inf") return "action";
    // `estamos intentando aclararlo`, `we're working with the carrier`, `te ayudamos a…`: work under way for the reader.
    const progressive =
      g.person === "1p" &&
      g.head > g.first &&
      (reply.words[g.head] as Word).verbs.some((v) => v.tam === "ger") &&
      !PROGRESSIVE_STATES.has(g.lemma);
    if (progressive || (g.person === "1p" && HELP.has(g.lemma) && g.tam !== "past" && g.tam !== "cond"))
      return "action";
    // `Escríbenos`, `DM us`, `contact our support`, `llámanos`.
    if (g.tam === "imp" && g.sems.includes("contact-v")) return "action";
    // `Puede solicitarlo desde su cuenta`, `you can request it from your account page`, `go to Settings`.
    // Looking something up (`you can check your order status online`) fixes nothing.
    if (
      (g.modal === "poder" || g.modal === "can") &&
      (g.person === "2" || g.person === "3?") &&
      !LOOKUPS.has(g.lemma)
    )
      return "self-service";
    if (g.tam === "imp" && !LOOKUPS.has(g.lemma) && reply.words.some((w) => SELF_SERVICE.has(w.key)))
      return "self-service";
    // An instruction (`unplug it and plug it back in`, `reinicie la app`), not a jab (`bébaselas`).
    if (g.tam === "imp" && INSTRUCTIONS.has(g.lemma) && !reply.sentences[head.sentence]?.question)
      return "self-service";
  }
  return undefined;
}

/** What a reader can look up or browse by themselves (`descubra la nueva app`), which answers no complaint. */
const LOOKUPS = new Set([
  "descubrir",
  "conocer",
  "disfrutar",
  "explorar",
  "visitar",
  "seguir",
  "discover",
  "enjoy",
  "explore",
  "visit",
  "follow",
  "consultar",
  "ver",
  "descargar",
  "revisar",
  "mirar",
  "leer",
  "encontrar",
  "check",
  "see",
  "view",
  "download",
  "read",
  "find",
  "look",
  "browse",
  "track",
]);

/** Commands that walk the reader through a fix. */
const INSTRUCTIONS = new Set([
  "desenchufar",
  "enchufar",
  "reiniciar",
  "actualizar",
  "instalar",
  "desinstalar",
  "borrar",
  "pulsar",
  "mantener",
  "probar",
  "intentar",
  "cerrar",
  "apagar",
  "encender",
  "cargar",
  "conectar",
  "solicitar",
  "rellenar",
  "adjuntar",
  "seleccionar",
  "editar",
  "cambiar",
  "unplug",
  "plug",
  "restart",
  "reset",
  "update",
  "install",
  "uninstall",
  "delete",
  "clear",
  "press",
  "hold",
  "tap",
  "click",
  "try",
  "close",
  "turn",
  "switch",
  "charge",
  "connect",
  "request",
  "fill",
  "attach",
  "select",
  "edit",
  "change",
  "log",
  "sign",
  "reinstall",
]);

/** Where a reader helps themselves: an account page, the app, a form. */
const SELF_SERVICE = new Set([
  "cuenta",
  "account",
  "app",
  "ajustes",
  "settings",
  "formulario",
  "form",
  "perfil",
  "profile",
  "web",
  "website",
  "pagina",
  "page",
  "seccion",
  "section",
  "menu",
]);

/** `tiene razón` counts; `razón` alone in `la razón del retraso` does not. */
function validates(a: Analysis, w: Word): boolean {
  if (w.key !== "razon" && w.key !== "right" && w.key !== "normal" && w.key !== "logico") return true;
  const i = w.index;
  const before = [a.words[i - 1]?.key ?? "", a.words[i - 2]?.key ?? "", a.words[i - 3]?.key ?? ""];
  return before.some((k) =>
    ["tiene", "tienes", "tienen", "toda", "con", "'re", "are", "you", "usted", "tu"].includes(k),
  );
}

function negatedWord(a: Analysis, w: Word): boolean {
  const i = w.index;
  const prev = a.words[i - 1];
  const prev2 = a.words[i - 2];
  // `no es para menos`, `not your fault` are validations themselves, listed as expressions.
  if (
    w.sems.includes("validate") &&
    (prev?.sems.includes("validate") || a.words[i + 1]?.sems.includes("validate"))
  )
    return false;
  return (
    (prev?.sems.includes("neg") ?? false) ||
    ((prev2?.sems.includes("neg") ?? false) && prev?.sems.includes("det") === true)
  );
}
