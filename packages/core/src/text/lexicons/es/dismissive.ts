import { combine, type PhraseEntry } from "../lexicon-entry.js";

/**
 * Spanish condescending, dismissive or blaming phrases for `respect/dismissive`. Written by the normas
 * maintainers from community-management style guides and the fixture replies (MIT); see `LEXICONS.md`.
 */
export const spanishDismissive: readonly PhraseEntry[] = [
  { term: "cálmese", variants: ["cálmate", "cálmense", "calmaos"] },
  { term: "tranquilícese", variants: ["tranquilízate", "tranquilícense", "tranquilizaos"] },
  { term: "relájese", standalone: true, variants: ["relájate", "relájense", "relajaos"] },
  { term: "como ya le dijimos", replacement: "como le comentamos" },
  { term: "como ya te dijimos", replacement: "como te comentamos" },
  { term: "como ya le hemos dicho", replacement: "como le comentamos" },
  { term: "como ya te hemos dicho", replacement: "como te comentamos" },
  { term: "como ya le explicamos", replacement: "como le comentamos" },
  { term: "como ya te explicamos", replacement: "como te comentamos" },
  { term: "como ya le indicamos", replacement: "como le comentamos" },
  {
    term: "ya se lo explicamos",
    variants: ["ya se lo dijimos", "ya se lo hemos dicho", "ya se lo hemos explicado"],
  },
  { term: "ya te lo explicamos", variants: ["ya te lo dijimos", "ya te lo hemos dicho"] },
  { term: "le repito", variants: ["te repito", "les repito", "os repito"] },
  { term: "por enésima vez", variants: ["por última vez", "una vez más se lo decimos"] },
  {
    term: "eso no es culpa nuestra",
    variants: ["no es culpa nuestra", "no es nuestra culpa", "no fue culpa nuestra"],
  },
  {
    term: "es culpa suya",
    negatable: true,
    variants: ["fue culpa suya", "es culpa tuya", "fue culpa tuya", "es su culpa", "es tu culpa"],
  },
  {
    term: "es su problema",
    variants: [
      "ese es su problema",
      "eso es su problema",
      "es tu problema",
      "ese es tu problema",
      "eso es tu problema",
    ],
  },
  { term: "no es nuestro problema", variants: ["no es problema nuestro", "no es asunto nuestro"] },
  {
    term: "debió leer",
    variants: combine(
      [
        "debió",
        "debiste",
        "debe",
        "debes",
        "debería",
        "deberías",
        "debería haber",
        "deberías haber",
        "tendría que haber",
        "tendrías que haber",
        "tiene que",
        "tienes que",
        "tenía que haber",
        "tenías que haber",
      ],
      [
        "leer",
        "leído",
        "revisar",
        "revisado",
        "comprobar",
        "comprobado",
        "fijarse",
        "fijado",
        "fijarte",
        "mirar",
        "mirado",
      ],
    ),
  },
  {
    term: "si hubiera leído",
    variants: ["si hubieras leído", "si hubiese leído", "si leyera", "si leyeras"],
  },
  { term: "haberlo pensado antes" },
  { term: "eso le pasa por", variants: ["eso te pasa por", "le pasa por no", "te pasa por no"] },
  {
    term: "como cualquiera sabe",
    variants: ["como todo el mundo sabe", "como es lógico", "cualquiera lo sabe"],
  },
  {
    term: "es evidente que no",
    variants: ["es obvio que no", "está claro que no ha", "está claro que no has"],
  },
  {
    term: "no es para tanto",
    variants: ["tampoco es para tanto", "no es el fin del mundo", "tampoco es el fin del mundo"],
  },
  {
    term: "no exagere",
    variants: [
      "no exageres",
      "no sea exagerado",
      "no sea exagerada",
      "no seas exagerado",
      "no seas exagerada",
      "está exagerando",
      "estás exagerando",
    ],
  },
  {
    term: "no es tan difícil",
    variants: ["no es tan complicado", "no tiene ninguna dificultad", "no tiene ciencia"],
  },
  { term: "lea bien", variants: ["lee bien", "aprenda a leer", "aprende a leer"] },
  { term: "error suyo", variants: ["error tuyo", "fallo suyo", "fallo tuyo"] },
  {
    term: "ya le hemos contestado",
    variants: combine(
      ["ya le hemos", "ya te hemos", "ya les hemos"],
      ["contestado", "respondido", "explicado", "contestado tres veces", "respondido varias veces"],
    ),
  },
  {
    term: "no ha entendido nada",
    variants: [
      "no has entendido nada",
      "no ha entendido lo que",
      "no has entendido lo que",
      "no se entera",
      "no te enteras",
    ],
  },
  { term: "si no le gusta, no", variants: ["si no le gusta no", "si no te gusta, no", "si no te gusta no"] },
  {
    term: "para algo está",
    variants: ["para eso está el manual", "está todo explicado", "ya está explicado"],
  },
  { term: "es lo que hay", variants: ["lo toma o lo deja", "lo tomas o lo dejas"] },
  {
    term: "informarse mejor",
    variants: ["infórmese mejor", "infórmate mejor", "debería informarse", "deberías informarte"],
  },
  { term: "todo el mundo sabe", variants: ["todos saben", "todo el mundo lo sabe"] },
  {
    term: "si hubiera prestado atención",
    variants: combine(
      ["si hubiera", "si hubieras", "si hubiese", "si hubieses"],
      ["prestado atención", "revisado", "mirado", "comprobado", "hecho caso", "seguido las instrucciones"],
    ),
  },
  {
    term: "ya está todo dicho",
    variants: ["no vamos a entrar en más detalles", "no tenemos nada más que añadir", "no hay más que decir"],
  },
  {
    term: "no hay más que hablar",
    variants: ["no hay nada más que hablar", "fin de la discusión", "y punto"],
  },
  {
    term: "no sea tan dramático",
    variants: [
      "no sea tan dramática",
      "no seas tan dramático",
      "no seas tan dramática",
      "no se ponga dramático",
      "no se ponga dramática",
      "no te pongas dramático",
      "no te pongas dramática",
      "respire hondo",
    ],
  },
  {
    term: "le está bien empleado",
    variants: ["te está bien empleado", "se lo ha buscado", "te lo has buscado"],
  },
  { term: "antes de quejarse", variants: ["antes de quejarte", "antes de reclamar"] },
  {
    term: "como le vengo diciendo",
    variants: ["como te vengo diciendo", "cuántas veces hay que", "cuántas veces se lo tenemos que"],
  },
  { term: "es de sentido común", variants: ["es de cajón", "con todo el respeto", "con todos los respetos"] },
  {
    term: "no sé qué más decirle",
    variants: ["no sé qué más quiere", "no sé qué más decirte", "no sé qué más quieres"],
  },
  { term: "no es nuestro trabajo", variants: ["no somos una ONG"] },
  {
    term: "nadie más se ha quejado",
    variants: ["es el único que se queja", "eres el único que se queja", "usted es el único"],
  },
  {
    term: "si sigue sin entender",
    variants: [
      "si sigue sin entenderlo",
      "si sigues sin entender",
      "si sigues sin entenderlo",
      "no podemos hacer más",
      "no hay nada más que hacer",
    ],
  },
  {
    term: "ya está en las preguntas frecuentes",
    variants: ["búsquelo usted", "búscalo tú", "búsquelo", "está en las faq", "ya está en las faq"],
  },
  {
    term: "no es para ponerse así",
    variants: ["no se ponga así", "no te pongas así", "no hace falta ponerse así"],
  },
  {
    term: "una vez más, que",
    variants: ["se lo recordamos una vez más", "se lo volvemos a repetir", "te lo volvemos a repetir"],
  },
];
