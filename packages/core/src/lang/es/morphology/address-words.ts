// Word-level lookups of the address analysis: verb readings (cached), and mentions of pronouns.
import { FOLDED_STOP } from "./homographs.js";
import type { Address } from "./pronouns.js";
import type { VerbSlot } from "./slots.js";
import { type EncliticReading, foldSpanish, readEnclitic, type VerbReading, verbTable } from "./verbs.js";

const TU_SLOTS: ReadonlySet<VerbSlot> = new Set(["p2s", "s2s", "f2s", "c2s", "t2s", "m2s", "pv"]);
const VOSOTROS_SLOTS: ReadonlySet<VerbSlot> = new Set(["p2p", "s2p", "f2p", "c2p", "t2p", "m2p", "i2p"]);
const MENTION_BEFORE = new Set([
  "el",
  "un",
  "del",
  "al",
  "palabra",
  "pronombre",
  "forma",
  "fórmula",
  "término",
  "tratamiento",
]);
const ADDRESS_VERBS = /^(?:trat|habl|llam|tute|dirig|pas)/;

/** Verb readings of a lowercase word: as written, or without accents when it was typed without any. */
export function readingsOf(lower: string, plain: string = foldSpanish(lower)): readonly VerbReading[] {
  const t = verbTable();
  const exact = t.exact(lower);
  // A word written with accents is taken as written; without them it may be a verb typed without accents.
  if (exact.length > 0 || FOLDED_STOP.has(lower) || plain !== lower) return exact;
  return t.foldedKey(plain);
}

// Per-word lookups are pure and texts repeat their words, so results are kept, up to a bound.
const MAX_CACHED = 20_000;
const readingCache = new Map<string, readonly VerbReading[] | null>();
const encliticCache = new Map<string, readonly EncliticReading[]>();

/** Verb readings of a lowercase word; undefined when no verb form can start like it. */
export function readingsCached(w: string): readonly VerbReading[] | undefined {
  // One lookup: `null` stands for "no verb form starts like it".
  const cached = readingCache.get(w);
  if (cached !== undefined) return cached === null ? undefined : cached;
  const plain = foldSpanish(w);
  const value = verbTable().mayBeVerb(plain) ? readingsOf(w, plain) : undefined;
  if (readingCache.size >= MAX_CACHED) readingCache.clear();
  readingCache.set(w, value ?? null);
  return value;
}

/** Readings of a lowercase word as an imperative with enclitic pronouns (cached). */
export function encliticCached(w: string): readonly EncliticReading[] {
  let value = encliticCache.get(w);
  if (value === undefined) {
    value = readEnclitic(w);
    if (encliticCache.size >= MAX_CACHED) encliticCache.clear();
    encliticCache.set(w, value);
  }
  return value;
}

const TU = 1;
const VOSOTROS = 2;

/** Addresses a set of readings marks: only when every reading is a second-person form. */
export function verbAddresses(readings: readonly VerbReading[]): Address[] {
  if (readings.length === 0) return NONE;
  let bits = 0;
  for (const r of readings) {
    if (TU_SLOTS.has(r.slot)) bits |= TU;
    else if (VOSOTROS_SLOTS.has(r.slot)) bits |= VOSOTROS;
    else if (r.slot !== "i2s") return NONE;
  }
  return bits === TU ? ONLY_TU : bits === VOSOTROS ? ONLY_VOSOTROS : bits === 0 ? NONE : TU_OR_VOSOTROS;
}
const NONE: Address[] = [];
const ONLY_TU: Address[] = ["tu"];
const ONLY_VOSOTROS: Address[] = ["vosotros"];
const TU_OR_VOSOTROS: Address[] = ["tu", "vosotros"];

/** `la palabra usted`, `el tú`, `tratar de usted`, `de tú a tú`: the pronoun is talked about, not used. */
export function isMention(lower: readonly string[], i: number): boolean {
  const prev = i >= 1 ? lower[i - 1] : undefined;
  const prev2 = i >= 2 ? lower[i - 2] : undefined;
  if (prev !== undefined && MENTION_BEFORE.has(prev)) return true;
  // «tratar de usted», «no tratamos a nadie de usted», «le hablamos de tú».
  if (prev === "de") {
    for (let k = i - 2; k >= Math.max(0, i - 5); k--) if (ADDRESS_VERBS.test(lower[k] ?? "")) return true;
  }
  if (prev === "de" && lower[i + 1] === "a" && lower[i + 2] === lower[i]) return true;
  if (prev === "a" && prev2 === lower[i] && i >= 3 && lower[i - 3] === "de") return true;
  return false;
}
