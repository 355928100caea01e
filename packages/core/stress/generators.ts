// Adversarial texts for `pnpm stress`: each generator makes a text of about `n` UTF-16 units built to reach a
// slow path (long runs of one kind of character, repeats of one construct that a rule reads around).

/** A named generator of hostile text and the language to read it in. */
export interface Generator {
  readonly name: string;
  readonly lang: "es" | "en";
  readonly make: (n: number) => string;
}

/** `unit` repeated to `n` units, cut at `n`. */
const repeat =
  (unit: string) =>
  (n: number): string =>
    unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

/** A run of `unit` up to `n - tail.length`, then `tail`: the run is not at the end. */
const runThen =
  (unit: string, tail: string) =>
  (n: number): string =>
    repeat(unit)(n - tail.length) + tail;

const g = (name: string, lang: "es" | "en", make: (n: number) => string): Generator => ({ name, lang, make });

/** Every generator the stress run uses. */
export const generators: readonly Generator[] = [
  g("repeated Spanish words", "es", repeat("hola ")),
  g("repeated English words", "en", repeat("hello ")),
  g("one long word", "es", repeat("a")),
  g("repeated commitment (es)", "es", repeat("te devolveremos el dinero ")),
  g("repeated commitment (en)", "en", repeat("we will refund your money ")),
  g("repeated negation and insult (es)", "es", repeat("no eres idiota ")),
  g("repeated apology (en)", "en", repeat("sorry we are so sorry ")),
  g("punctuation run", "es", repeat("!")),
  g("mixed punctuation run", "es", repeat("?!.,;:")),
  g("dots after words", "es", repeat("a.")),
  g("hyphens after words", "es", repeat("a-")),
  g("dotted profanity", "en", repeat("f.u.c.k.")),
  g("spaced profanity", "en", repeat("s h i t ")),
  g("masked words", "en", repeat("f*ck sh*t ")),
  g("spaces then a letter", "es", runThen(" ", "x")),
  g("NBSP run", "es", runThen("\u00a0", "x")),
  g("newline run", "es", runThen("\n", "x")),
  g("zero-width run", "es", repeat("a\u200b")),
  g("emoji run", "es", repeat("😀")),
  g("skin-tone and ZWJ run", "es", repeat("👩🏽‍💻")),
  g("combining marks run", "es", runThen("\u0301", "a")),
  g("mentions", "es", repeat("@ana ")),
  g("dotted mention", "es", repeat("@a.a")),
  g("hashtags", "es", repeat("#oferta ")),
  g("URL-like labels", "es", repeat("acme.")),
  g("URLs", "es", repeat("https://acme.es/x ")),
  g("e-mail-like", "es", repeat("a@b.")),
  g("at-signs", "es", repeat("a@")),
  g("digit run", "es", repeat("4")),
  g("spaced digits (IBAN/card)", "es", repeat("4111 1111 1111 1111 ")),
  g("IBAN-like", "es", repeat("ES9121000418450200051332 ")),
  g("DNI-like", "es", repeat("12345678Z ")),
  g("phone-like", "es", repeat("+34 600 000 000 ")),
  g("quotes", "es", repeat('«hola» "adiós" ')),
  g("open quote run", "es", repeat("«")),
  g("parentheses", "es", repeat("(")),
  g("shouting", "en", repeat("THIS IS UNACCEPTABLE ")),
  g("sign-off lookalikes", "es", repeat("^MG ")),
  g("questions", "es", repeat("¿por qué? ")),
  g("brand names", "es", repeat("Acme acme ACME ")),
];
