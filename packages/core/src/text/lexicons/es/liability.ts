import { type CuedLexicon, categorized } from "../lexicon-entry.js";

/**
 * Spanish admissions of legal fault or negligence for `authority/liability-admission` (`fue culpa nuestra`,
 * `fuimos negligentes`, `asumimos la responsabilidad de los daños`). Apologies that admit nothing
 * (`lamentamos las molestias`) are absent on purpose. Written by the normas maintainers (MIT).
 */
export const spanishLiability: CuedLexicon<"liability"> = {
  phrases: categorized("liability", [
    "culpa nuestra", "nuestra culpa", "la culpa es nuestra", "la culpa fue nuestra", "la culpa ha sido nuestra",
    "fuimos negligentes", "hemos sido negligentes", "fue una negligencia nuestra", "nuestra negligencia", "cometimos una negligencia",
    "por negligencia nuestra", "actuamos con negligencia", "incumplimos el contrato", "incumplimos la normativa", "incumplimos la ley",
    "hemos incumplido el contrato", "hemos incumplido la normativa", "admitimos que incumplimos", "nuestro error le causó",
    "nuestro error te causó", "nuestro error causó", "nuestro fallo le causó", "nuestro fallo causó", "infringimos la ley",
    "el fallo fue nuestro", "el fallo es nuestro", "la culpa la tenemos nosotros", "culpa de nuestro", "culpa de nuestra", "culpa de nuestros",
    "culpa de nuestras",
  ]),
  cues: categorized("liability", [
    "asumimos toda la responsabilidad", "asumimos la responsabilidad", "asumimos plena responsabilidad", "nos hacemos responsables",
    "reconocemos nuestra responsabilidad", "somos responsables", "la responsabilidad es nuestra",
    "la responsabilidad del", "la responsabilidad de los", "la responsabilidad de la", "le causó", "te causó", "le causamos", "te causamos",
  ]),
  anchors: categorized("liability", [
    "daños", "daño", "lesión", "lesiones", "accidente", "perjuicio", "perjuicios", "pérdida", "pérdidas", "intoxicación", "gastos",
    "desperfectos", "indemnización", "quemadura", "quemaduras", "herida", "heridas", "es nuestra",
  ]),
};
