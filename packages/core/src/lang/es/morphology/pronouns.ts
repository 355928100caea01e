/** Forms of address in Spanish: informal and formal, singular and plural. */
export type Address = "tu" | "usted" | "vosotros" | "ustedes";

/** A pronoun, possessive or clitic that marks a form of address. */
export interface PronounEntry {
  /** The address it marks. */
  readonly address: Address;
  /** What it is. */
  readonly kind: "pronoun" | "possessive" | "clitic";
  /**
   * Strong entries mark the address on their own (te, tu, usted, os, vuestro). Weak ones (su, le, se) also refer
   * to third persons and products, so they never decide alone.
   */
  readonly strong: boolean;
  /** The counterpart in the other register of the same number (tu → su, usted → tú), when one is safe. */
  readonly counterpart?: string;
}

const e = (
  address: Address,
  kind: PronounEntry["kind"],
  strong: boolean,
  counterpart?: string,
): PronounEntry =>
  counterpart === undefined ? { address, kind, strong } : { address, kind, strong, counterpart };

/** Pronouns, possessives and clitics by lowercase spelling (accents as written). */
export const PRONOUNS: ReadonlyMap<string, PronounEntry> = new Map([
  ["tú", e("tu", "pronoun", true, "usted")],
  ["tu", e("tu", "possessive", true, "su")],
  ["tus", e("tu", "possessive", true, "sus")],
  ["te", e("tu", "clitic", true, "le")],
  ["ti", e("tu", "pronoun", true, "usted")],
  ["contigo", e("tu", "pronoun", true, "con usted")],
  ["tuyo", e("tu", "possessive", true, "suyo")],
  ["tuya", e("tu", "possessive", true, "suya")],
  ["tuyos", e("tu", "possessive", true, "suyos")],
  ["tuyas", e("tu", "possessive", true, "suyas")],
  ["vos", e("tu", "pronoun", true, "usted")],
  ["usted", e("usted", "pronoun", true, "tú")],
  ["ud", e("usted", "pronoun", true, "tú")],
  ["vd", e("usted", "pronoun", true, "tú")],
  ["su", e("usted", "possessive", false)],
  ["sus", e("usted", "possessive", false)],
  ["le", e("usted", "clitic", false)],
  ["suyo", e("usted", "possessive", false)],
  ["suya", e("usted", "possessive", false)],
  ["vosotros", e("vosotros", "pronoun", true, "ustedes")],
  ["vosotras", e("vosotros", "pronoun", true, "ustedes")],
  ["os", e("vosotros", "clitic", true)],
  ["vuestro", e("vosotros", "possessive", true, "su")],
  ["vuestra", e("vosotros", "possessive", true, "su")],
  ["vuestros", e("vosotros", "possessive", true, "sus")],
  ["vuestras", e("vosotros", "possessive", true, "sus")],
  ["ustedes", e("ustedes", "pronoun", true, "vosotros")],
  ["uds", e("ustedes", "pronoun", true, "vosotros")],
  ["vds", e("ustedes", "pronoun", true, "vosotros")],
  ["les", e("ustedes", "clitic", false)],
]);
