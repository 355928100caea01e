// Spanish verb templates in lexicon terms, expanded from the conjugation table when a lexicon is compiled (once
// per process, never per evaluation): `le <we:devolver> el importe` → `le devolveremos el importe`, `le
// devolvemos el importe`, `le vamos a devolver el importe`, `le hemos devuelto el importe`.

import { verbTable } from "../../lang/es/morphology/verbs.js";
import type { LexiconEntry } from "../../lang/lexicon-entry.js";

/**
 * What a `<mode:infinitive>` template stands for:
 * - `we`: the promise in first person plural: future (`devolveremos`), present (`devolvemos`), periphrastic
 *   future (`vamos a devolver`) and perfect (`hemos devuelto`);
 * - `infcl`: the infinitive with an enclitic for the reader (`devolverle`, `devolverte`, `devolvérselo`);
 * - `you`: the reader's future, usted and tú (`recibirá`, `recibirás`);
 * - `se`: the impersonal with the reader (`se le abonará`, `se te abona`, `se le va a abonar`).
 */
export type VerbMode = "we" | "infcl" | "you" | "se";

const IRREGULAR_PARTICIPLES: Readonly<Record<string, string>> = {
  devolver: "devuelto",
  hacer: "hecho",
  poner: "puesto",
  reponer: "repuesto",
  cubrir: "cubierto",
  decir: "dicho",
  escribir: "escrito",
  resolver: "resuelto",
  volver: "vuelto",
  abrir: "abierto",
};

const ENCLITICS = ["le", "te", "les", "os", "selo", "telo"];
const READER = ["le", "te", "les", "os"];

/** Future and present (usted/él) of a verb: from the table, or regular when the verb is not in it. */
function stems(infinitive: string): { future3: string; present3: string } {
  const table = verbTable();
  const index = table.infinitives.indexOf(infinitive);
  if (index >= 0) return { future3: table.form(index, "f3s"), present3: table.form(index, "p3s") };
  const ending = infinitive.slice(-2);
  const stem = infinitive.slice(0, -2);
  return { future3: `${infinitive}á`, present3: ending === "ar" ? `${stem}a` : `${stem}e` };
}

/** Every form a template stands for (accents kept; matching folds them). */
export function verbForms(mode: VerbMode, infinitive: string): string[] {
  const { future3, present3 } = stems(infinitive);
  const futureStem = future3.slice(0, -1);
  const ending = infinitive.slice(-2);
  const stem = infinitive.slice(0, -2);
  switch (mode) {
    case "we": {
      const present1 = `${stem}${ending === "ar" ? "amos" : ending === "er" ? "emos" : "imos"}`;
      const participle = IRREGULAR_PARTICIPLES[infinitive] ?? `${stem}${ending === "ar" ? "ado" : "ido"}`;
      return [`${futureStem}emos`, present1, `vamos a ${infinitive}`, `hemos ${participle}`];
    }
    case "infcl":
      return ENCLITICS.map((c) => `${infinitive}${c}`);
    case "you":
      return [future3, `${futureStem}ás`];
    case "se":
      return READER.flatMap((r) => [
        `se ${r} ${future3}`,
        `se ${r} ${present3}`,
        `se ${r} va a ${infinitive}`,
      ]);
  }
}

const TEMPLATE = /<(we|infcl|you|se):([a-zñ]+)>/;

/** Expands every `<mode:infinitive>` template of a term; a term without one is returned as it is. */
export function expandVerbTemplates(term: string): string[] {
  const m = TEMPLATE.exec(term);
  if (m === null) return [term];
  const [whole, mode, infinitive] = m as unknown as [string, VerbMode, string];
  const head = term.slice(0, m.index);
  const tail = term.slice(m.index + whole.length);
  return verbForms(mode, infinitive).flatMap((form) => expandVerbTemplates(`${head}${form}${tail}`));
}

/** A lexicon with every template of its terms and variants expanded (entries without one are kept as they are). */
export function withVerbForms<Entry extends LexiconEntry>(entries: readonly Entry[]): Entry[] {
  return entries.flatMap((entry) => {
    const terms = expandVerbTemplates(entry.term);
    const variants = entry.variants?.flatMap(expandVerbTemplates);
    if (terms.length === 1 && terms[0] === entry.term && variants?.length === entry.variants?.length) {
      return [entry];
    }
    const { variants: _, ...bare } = entry;
    // The variants ride on the first form only, so that no form is compiled twice.
    return terms.map((term, i) =>
      i === 0 && variants !== undefined ? { ...entry, term, variants } : ({ ...bare, term } as Entry),
    );
  });
}
