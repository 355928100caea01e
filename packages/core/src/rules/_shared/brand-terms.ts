// The brands' identities (`brand/foreign-brand`): every brand's names, handles, hashtags and products in ONE
// matcher per policy, run once per evaluation; each brand skips the hits on its own terms. (Official statements
// that carry the brand's name are read from the clause analysis, see `official-frames.ts`.)

import type { Brand, Policy } from "../../policy/schema.js";
import { normalizeText } from "../../text/normalize.js";
import { compileTermMatcher, type TermMatcher } from "../../text/term-matcher.js";
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

/** Every brand's identity terms in one matcher, shared by the brands of a policy. */
export interface ForeignTerms {
  /** Where the hits come from; term `i` is `mentions[i]`. */
  readonly source: TermSource;
  /** The first mention of each folded term, in policy order. */
  readonly mentions: readonly Mention[];
  /** The folded form of each mention's term. */
  readonly folded: readonly string[];
  /** Indexes of the terms the brand itself owns (never foreign to it). */
  readonly own: ReadonlySet<number>;
}

/** A brand's compiled terms. */
export interface BrandTerms {
  /** Every brand's identity terms; hits on the brand's own (`own`) are not foreign. */
  readonly foreign: ForeignTerms;
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

const fold = (s: string): string => normalizeText(s).text;

interface PolicyIdentity {
  readonly source: TermSource;
  readonly mentions: readonly Mention[];
  readonly folded: readonly string[];
  readonly index: ReadonlyMap<string, number>;
}

// One identity matcher per policy, not one per brand holding every other brand's terms: that was quadratic in
// the number of brands (2,000 brands compiled four million terms).
const identities = new WeakMap<Policy, PolicyIdentity>();

function policyIdentity(policy: Policy): PolicyIdentity {
  const hit = identities.get(policy);
  if (hit) return hit;
  const index = new Map<string, number>();
  const mentions: Mention[] = [];
  const folded: string[] = [];
  for (const brand of policy.brands) {
    for (const mention of identity(brand)) {
      const key = fold(mention.term);
      if (index.has(key)) continue;
      index.set(key, mentions.length);
      mentions.push(mention);
      folded.push(key);
    }
  }
  let matcher: TermMatcher | undefined;
  const compiled = (): TermMatcher => {
    matcher ??= compileTermMatcher(mentions.map((m) => m.term));
    return matcher;
  };
  compiled();
  const built = {
    source: slicedSource("brand-terms:identity", compiled, 0, mentions.length),
    mentions,
    folded,
    index,
  };
  identities.set(policy, built);
  return built;
}

const cache = new WeakMap<Brand, BrandTerms>();

/** The brand's terms, compiled once per brand of a compiled policy (the identity matcher once per policy). */
export function brandTerms(brand: Brand, policy: Policy): BrandTerms {
  const hit = cache.get(brand);
  if (hit) return hit;
  const all = policyIdentity(policy);
  const own = new Set<number>();
  for (const m of identity(brand)) {
    const i = all.index.get(fold(m.term));
    if (i !== undefined) own.add(i);
  }
  const built: BrandTerms = {
    foreign: { source: all.source, mentions: all.mentions, folded: all.folded, own },
  };
  cache.set(brand, built);
  return built;
}
