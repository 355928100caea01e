// Per-brand terms of the reply rules, compiled into ONE matcher per brand and run once per evaluation: the
// other brands' identities (`brand/foreign-brand`) and the official-statement phrases that carry the brand's
// own name (`authority/speaks-for-company`). Both rules' `create` get the same compiled object for a brand.

import { englishOfficialStatements } from "../../lang/en/lexicons/official-statements.js";
import { spanishOfficialStatements } from "../../lang/es/lexicons/official-statements.js";
import type { CategorizedEntry } from "../../lang/lexicon-entry.js";
import type { Brand, Policy } from "../../policy/schema.js";
import { normalizeText } from "../../text/normalize.js";
import { compileTermMatcher } from "../../text/term-matcher.js";
import { type CuedMatcher, cuedTerms, fillBrand } from "./cued-matcher.js";
import { slicedSource, type TermSource } from "./reply-context.js";

/** What part of a brand's identity a term is. */
export type IdentityKind = "name" | "handle" | "hashtag" | "product";

/** One term of a brand's identity. */
export interface Mention {
  /** The term as written in the policy. */
  readonly term: string;
  /** What it is. */
  readonly kind: IdentityKind;
  /** Whose it is. */
  readonly brand: Brand;
}

/** A brand's compiled terms. */
export interface BrandTerms {
  /** Other brands' identity terms, minus those the brand shares; `mentions[i]` is term `i`. */
  readonly foreign: { readonly source: TermSource; readonly mentions: readonly Mention[] };
  /** Official-statement phrases filled with the brand's names (`Acme ha decidido`). */
  readonly official: CuedMatcher<"official">;
}

/** Every term of a brand's identity: name, aliases, handles, hashtags, products. */
export function identity(brand: Brand): Mention[] {
  return [
    { term: brand.name, kind: "name", brand },
    ...brand.aliases.map((term) => ({ term, kind: "name" as const, brand })),
    ...brand.handles.map((term) => ({ term, kind: "handle" as const, brand })),
    ...brand.hashtags.map((term) => ({ term, kind: "hashtag" as const, brand })),
    ...brand.products.map((term) => ({ term, kind: "product" as const, brand })),
  ];
}

const cache = new WeakMap<Brand, BrandTerms>();
const withBrand = (entries: readonly CategorizedEntry<"official">[], names: readonly string[]) =>
  fillBrand(
    entries.filter((e) => e.term.includes("{brand}")),
    names,
  );

/** The brand's terms, compiled once per brand of a compiled policy. */
export function brandTerms(brand: Brand, policy: Policy): BrandTerms {
  const hit = cache.get(brand);
  if (hit) return hit;
  const fold = (s: string): string => normalizeText(s).text;
  const own = new Set(identity(brand).map((m) => fold(m.term)));
  const seen = new Set<string>();
  const mentions: Mention[] = [];
  for (const other of policy.brands) {
    if (other.id === brand.id) continue;
    for (const mention of identity(other)) {
      const key = fold(mention.term);
      if (own.has(key) || seen.has(key)) continue;
      seen.add(key);
      mentions.push(mention);
    }
  }
  const names = [brand.name, ...brand.aliases];
  const official = cuedTerms(
    { phrases: withBrand(spanishOfficialStatements.phrases, names), cues: [], anchors: [] },
    { phrases: withBrand(englishOfficialStatements.phrases, names), cues: [], anchors: [] },
  );
  const matcher = compileTermMatcher([...mentions.map((m) => m.term), ...official.terms]);
  const key = `brand-terms:${brand.id}`;
  const split = mentions.length;
  const built: BrandTerms = {
    foreign: { source: slicedSource(key, () => matcher, 0, split), mentions },
    official: {
      source: slicedSource(key, () => matcher, split, split + official.terms.length),
      meta: official.meta,
    },
  };
  cache.set(brand, built);
  return built;
}
