import type { PhraseEntry } from "../../lexicon-entry.js";

/**
 * Spanish phrases that acknowledge a complaint (apology, empathy, agreement) for
 * `respect/unacknowledged-complaint`. Written by the normas maintainers (MIT); see `LEXICONS.md`.
 */
export const spanishAcknowledgements: readonly PhraseEntry[] = [
  {
    term: "lamentamos",
    variants: ["lamento", "lo lamentamos", "lo lamento", "sentimos", "lo sentimos", "siento", "lo siento"],
  },
  {
    term: "disculpe",
    variants: ["disculpa", "disculpad", "disculpen", "disculpas", "perdón", "perdone", "perdona"],
  },
  {
    term: "nos sabe mal",
    variants: ["nos sabe muy mal", "qué pena", "nos apena", "nos duele", "nos preocupa"],
  },
  {
    term: "entendemos",
    variants: [
      "es comprensible",
      "comprensible que",
      "es normal que esté",
      "es normal que estés",
      "entiendo",
      "comprendemos",
      "comprendo",
      "le entendemos",
      "te entendemos",
    ],
  },
  { term: "tomamos nota", variants: ["tomo nota", "anotado", "lo anotamos"] },
  { term: "tiene razón", variants: ["tienes razón", "tienen razón", "con razón"] },
  {
    term: "gracias por avisar",
    variants: [
      "gracias por avisarnos",
      "gracias por contárnoslo",
      "gracias por contarnos",
      "gracias por decírnoslo",
      "gracias por hacérnoslo saber",
    ],
  },
  {
    term: "eso no debería pasar",
    variants: [
      "no debería haber pasado",
      "no debió pasar",
      "no es la experiencia que",
      "no es lo que esperamos",
    ],
  },
];

/**
 * Spanish phrases that offer a next step (a private channel, a follow-up, a concrete action) for
 * `respect/unacknowledged-complaint`.
 */
export const spanishNextSteps: readonly PhraseEntry[] = [
  {
    term: "escríbanos",
    variants: ["escríbenos", "escribidnos", "nos escribe", "nos escribes", "nos escriba", "nos escribas"],
  },
  { term: "mensaje privado", variants: ["mensaje directo", "por privado", "por dm", "por md", "dm", "md"] },
  {
    term: "le contactaremos",
    variants: [
      "le escribe",
      "te escribe",
      "le escribirá",
      "te escribirá",
      "revisa su",
      "revisa tu",
      "te contactaremos",
      "le llamaremos",
      "te llamaremos",
      "le llamará",
      "te llamará",
      "le escribimos",
      "te escribimos",
      "le escribiremos",
      "te escribiremos",
      "le contamos",
      "te contamos",
      "le informaremos",
      "te informaremos",
    ],
  },
  {
    term: "revisaremos",
    variants: [
      "lo revisamos",
      "lo revisaremos",
      "estamos revisando",
      "lo estamos revisando",
      "estamos investigando",
      "lo investigamos",
      "vamos a revisar",
      "vamos a hablar",
    ],
  },
  {
    term: "hemos abierto una incidencia",
    variants: [
      "abrimos una incidencia",
      "incidencia abierta",
      "lo hemos trasladado",
      "lo trasladamos",
      "hemos trasladado",
    ],
  },
  { term: "número de pedido", variants: ["nos indica el pedido", "nos facilita"] },
];
