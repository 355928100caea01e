// Seeded generator of realistic social-media comments and replies in Spanish and English, for benchmarks
// (and any test that needs volume). Deterministic: the same options always give the same texts.
//
//   import { generateTexts, generateTerms } from "./corpus.js";
//   const texts = generateTexts({ seed: 1, count: 2000, lang: "mixed", length: { min: 40, max: 280 } });
//   const terms = generateTerms(5000, { seed: 2 });

/** Language of generated texts. */
export type CorpusLang = "es" | "en" | "mixed";

/** Options of {@link generateTexts}. */
export interface GenerateTextsOptions {
  /** PRNG seed (any integer). Default 1. */
  readonly seed?: number;
  /** Number of texts. */
  readonly count: number;
  /** Language; `mixed` alternates at random. Default `mixed`. */
  readonly lang?: CorpusLang;
  /** Target length in UTF-16 units: a number (exact upper bound, filled to it) or a range. Default 40..280. */
  readonly length?: number | { readonly min: number; readonly max: number };
  /** Share of texts with evasion tricks (leetspeak, zero-width, homoglyphs, masks). Default 0.15. */
  readonly evasionRate?: number;
}

/** A small, fast deterministic PRNG (mulberry32). */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;

const ES = {
  open: [
    "Hola",
    "Buenas",
    "Buenos días",
    "¡Hola",
    "Oye",
    "Perdona",
    "Disculpad",
    "Buenas tardes",
    "Hola equipo",
  ],
  body: [
    "mi pedido no ha llegado todavía",
    "llevo tres semanas esperando el reembolso",
    "el producto llegó roto y nadie me contesta",
    "¿cuándo vuelve a estar disponible la talla M?",
    "me habéis cobrado dos veces el mismo pedido",
    "la app no me deja iniciar sesión desde ayer",
    "qué atención tan buena, muchísimas gracias",
    "el repartidor dejó el paquete en la calle",
    "quiero cambiar la dirección de envío",
    "¿hacéis envíos a Canarias?",
    "el código de descuento no funciona",
    "me encanta la nueva colección",
    "esto es una vergüenza, no vuelvo a comprar",
    "¿por qué tarda tanto el servicio técnico?",
    "gracias por la rapidez, todo perfecto",
    "el cargador se calienta muchísimo",
    "nadie responde al teléfono de atención al cliente",
  ],
  reply: [
    "Lamentamos mucho lo ocurrido",
    "Gracias por escribirnos",
    "Le pedimos disculpas por las molestias",
    "¿Nos puede enviar el número de pedido por mensaje privado?",
    "Ya lo hemos trasladado al equipo correspondiente",
    "Le escribimos por DM para revisarlo",
    "Nos alegra mucho leerte",
    "Revisamos su caso y le respondemos en 24 horas",
  ],
  close: ["Saludos", "Un abrazo", "Gracias", "Quedamos atentos", "¡Que tenga buen día!", "Un saludo"],
  insult: ["idiota", "imbécil", "gilipollas", "mierda", "estafadores", "inútiles", "payasos"],
  hashtags: ["#AtenciónAlCliente", "#Reembolso", "#Pedido", "#Rebajas2024", "#NoCompréis", "#Gracias"],
};

const EN = {
  open: ["Hi", "Hello", "Hey", "Hi team", "Good morning", "Excuse me", "Dear support"],
  body: [
    "my order still hasn't arrived",
    "I've been waiting three weeks for a refund",
    "the product arrived broken and nobody answers",
    "when will size M be back in stock?",
    "you charged me twice for the same order",
    "the app won't let me log in since yesterday",
    "amazing service, thank you so much",
    "the courier left the parcel outside",
    "I need to change my delivery address",
    "do you ship to Ireland?",
    "the discount code doesn't work",
    "love the new collection",
    "this is a disgrace, never buying again",
    "why is customer support so slow?",
    "thanks for the quick reply, all sorted",
    "the charger gets really hot",
  ],
  reply: [
    "We're really sorry to hear that",
    "Thanks for reaching out",
    "We apologise for the inconvenience",
    "Could you DM us your order number?",
    "We've passed this on to the team",
    "We'll look into it and get back to you within 24 hours",
    "So glad to hear it",
  ],
  close: ["Thanks", "Best", "Cheers", "Kind regards", "Have a great day!", "Speak soon"],
  insult: ["idiot", "stupid", "shit", "crap", "scammers", "useless", "clowns"],
  hashtags: ["#CustomerService", "#Refund", "#Order", "#BlackFriday2024", "#Boycott", "#ThankYou"],
};

const EMOJI = [
  "😡",
  "🙏",
  "🙏🏽",
  "👍",
  "👍🏻",
  "❤️",
  "😂",
  "😭",
  "🤬",
  "👨‍👩‍👧",
  "🇪🇸",
  "🇬🇧",
  "🇲🇽",
  "✅",
  "💔",
  "🔥",
];
const MENTIONS = ["@acme", "@acme_es", "@maria_g", "@john.doe", "@SoporteAcme", "@AcmeHelp"];
const URLS = ["https://acme.es/pedido/12345", "https://t.co/xY12ab", "www.acme.com/help", "acme.com/ofertas"];
const LEET: Readonly<Record<string, string>> = { a: "4", e: "3", i: "1", o: "0", s: "5", t: "7" };
const HOMOGLYPH: Readonly<Record<string, string>> = {
  a: "а",
  e: "е",
  o: "о",
  p: "р",
  c: "с",
  x: "х",
  i: "і",
  s: "ѕ",
};

/** Obfuscates a word the way people dodge filters. */
function evade(rnd: () => number, word: string): string {
  const chars = [...word];
  switch (Math.floor(rnd() * 6)) {
    case 0:
      return chars.map((c) => (rnd() < 0.6 ? (LEET[c] ?? c) : c)).join("");
    case 1:
      return chars.map((c) => (rnd() < 0.5 ? (HOMOGLYPH[c] ?? c) : c)).join("");
    case 2:
      return chars.join(rnd() < 0.5 ? "\u200b" : "\u200d");
    case 3:
      return chars.map((c, i) => (i > 0 && i < chars.length - 1 && rnd() < 0.4 ? "*" : c)).join("");
    case 4:
      return chars.map((c, i) => (i === chars.length - 1 ? c.repeat(4) : c)).join("");
    default:
      return word.toUpperCase();
  }
}

function sentence(rnd: () => number, lang: "es" | "en", evasive: boolean): string {
  const bank = lang === "es" ? ES : EN;
  const parts: string[] = [];
  const r = rnd();
  if (r < 0.5) parts.push(`${pick(rnd, bank.open)}${rnd() < 0.4 ? ` ${pick(rnd, MENTIONS)}` : ""},`);
  parts.push(rnd() < 0.35 ? pick(rnd, bank.reply) : pick(rnd, bank.body));
  if (rnd() < 0.25) parts.push(pick(rnd, EMOJI));
  if (evasive && rnd() < 0.7) parts.push(evade(rnd, pick(rnd, bank.insult)));
  else if (rnd() < 0.08) parts.push(pick(rnd, bank.insult));
  if (rnd() < 0.15) parts.push(pick(rnd, URLS));
  if (rnd() < 0.15) parts.push(pick(rnd, bank.hashtags));
  if (rnd() < 0.2) parts.push(`${pick(rnd, bank.close)}.`);
  return parts.join(" ");
}

/** A flat (non-rope, non-sliced) copy of `s`. */
const flat = (s: string): string => JSON.parse(JSON.stringify(s)) as string;

/** Cuts `s` to at most `max` UTF-16 units without splitting a surrogate pair. */
function cut(s: string, max: number): string {
  if (s.length <= max) return s;
  let end = max;
  const c = s.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return s.slice(0, end);
}

/**
 * Deterministic comments and replies: Spanish and English, with accents, emoji (skin tones, ZWJ families,
 * flags), mentions, hashtags, URLs, order numbers, and in a share of them evasion tricks (leetspeak,
 * homoglyphs, zero-width characters, masked and repeated letters).
 */
export function generateTexts(options: GenerateTextsOptions): string[] {
  const rnd = createRandom(options.seed ?? 1);
  const lang = options.lang ?? "mixed";
  const length = options.length ?? { min: 40, max: 280 };
  const evasionRate = options.evasionRate ?? 0.15;
  const out: string[] = [];
  for (let k = 0; k < options.count; k++) {
    const l: "es" | "en" = lang === "mixed" ? (rnd() < 0.5 ? "es" : "en") : lang;
    const target =
      typeof length === "number" ? length : length.min + Math.floor(rnd() * (length.max - length.min + 1));
    const evasive = rnd() < evasionRate;
    let text = sentence(rnd, l, evasive);
    while (text.length < target) text += ` ${sentence(rnd, l, evasive && rnd() < 0.3)}`;
    // A flat copy, as texts arrive from JSON or the network (not a rope of concatenated pieces).
    out.push(flat(cut(text, target)));
  }
  return out;
}

const SYLLABLES = [
  "ba",
  "be",
  "bi",
  "bo",
  "ca",
  "ce",
  "co",
  "cu",
  "da",
  "de",
  "do",
  "fa",
  "fe",
  "ga",
  "go",
  "gu",
  "ja",
  "jo",
  "la",
  "le",
  "li",
  "lo",
  "ma",
  "me",
  "mi",
  "mo",
  "na",
  "ne",
  "no",
  "pa",
  "pe",
  "po",
  "pu",
  "ra",
  "re",
  "ri",
  "ro",
  "sa",
  "se",
  "so",
  "ta",
  "te",
  "to",
  "tu",
  "va",
  "ve",
  "za",
  "zo",
  "cha",
  "che",
  "lla",
  "rra",
  "que",
  "gar",
  "por",
  "tan",
  "sin",
  "con",
  "mar",
  "ter",
  "der",
];

/** Options of {@link generateTerms}. */
export interface GenerateTermsOptions {
  /** PRNG seed. Default 7. */
  readonly seed?: number;
  /** Share of multi-word phrases. Default 0.2. */
  readonly phraseRate?: number;
}

/**
 * `n` distinct lowercase terms that look like a brand's banned-term list: the real insults of the corpus
 * (so matches happen) followed by synthetic Spanish-like words and two- or three-word phrases.
 */
export function generateTerms(n: number, options: GenerateTermsOptions = {}): string[] {
  const rnd = createRandom(options.seed ?? 7);
  const phraseRate = options.phraseRate ?? 0.2;
  const seen = new Set<string>();
  const out: string[] = [];
  const add = (t: string): void => {
    if (out.length < n && !seen.has(t)) {
      seen.add(t);
      out.push(t);
    }
  };
  for (const t of [...ES.insult, ...EN.insult, "hijo de puta", "son of a bitch", "no vuelvo a comprar"])
    add(t);
  const word = (): string => {
    const k = 2 + Math.floor(rnd() * 3);
    let w = "";
    for (let i = 0; i < k; i++) w += pick(rnd, SYLLABLES);
    return w;
  };
  let guard = 0;
  while (out.length < n && guard++ < n * 20) {
    if (rnd() < phraseRate) add(`${word()} ${word()}${rnd() < 0.3 ? ` ${word()}` : ""}`);
    else add(word());
  }
  return out;
}
