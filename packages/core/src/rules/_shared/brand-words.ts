import type { Brand } from "../../policy/schema.js";

const fold = (w: string): string => w.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/**
 * The words that name a brand as a subject (`Brightwell will refund…`, `Frescalia ha decidido…`): the first word
 * of its name and of each alias, lowercase, with and without accents, as the clause analysis keys words.
 */
export function brandWords(brand: Brand): ReadonlySet<string> {
  const out = new Set<string>();
  for (const name of [brand.name, ...brand.aliases]) {
    const first = name.trim().split(/\s+/, 1)[0];
    if (first === undefined || first.length < 3) continue;
    out.add(first.toLowerCase());
    out.add(fold(first));
  }
  return out;
}
