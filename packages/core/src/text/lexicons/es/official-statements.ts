import { type CuedLexicon, categorized, combine } from "../lexicon-entry.js";

/**
 * Spanish official statements and positions for `authority/speaks-for-company` (`la empresa ha decidido`,
 * `en nombre de la empresa`, `nuestra posición oficial`). `{brand}` stands for each name of the brand and is
 * filled in when the rule is compiled. Written by the normas maintainers (MIT).
 */
export const spanishOfficialStatements: CuedLexicon<"official"> = {
  phrases: categorized("official", [
    ...combine(
      ["la empresa", "la compañía", "la dirección", "el consejo", "{brand}"],
      [
        "ha decidido",
        "ha optado por",
        "anuncia que",
        "ha acordado",
        "se opone a",
        "rechaza",
        "se desvincula de",
        "quiere dejar claro",
        "ha tomado la decisión",
        "decidió",
        "ha resuelto",
        "condena",
        "condena públicamente",
        "rechaza públicamente",
        "se posiciona",
      ],
    ),
    "la posición de {brand}",
    "oficialmente, {brand}",
    "oficialmente {brand}",
    "la dirección de {brand}",
    "la postura de {brand}",
    "en nombre de la empresa",
    "en nombre de la compañía",
    "en nombre de {brand}",
    "hablo en nombre de",
    "hablamos en nombre de",
    "posición oficial",
    "postura oficial",
    "la postura de la empresa",
    "la posición de la empresa",
    "la postura de la compañía",
    "como empresa",
    "comunicamos oficialmente",
    "anunciamos oficialmente",
    "oficialmente la empresa",
    "oficialmente, la empresa",
    "la compañía se posiciona",
    "la empresa se posiciona",
    "desde la dirección",
    "comunicado oficial de",
    "declaración oficial de",
  ]),
  cues: [],
  anchors: [],
};
