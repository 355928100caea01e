// Finds the words that mark how a Spanish text addresses its reader (tú, usted, vosotros, ustedes).
import type { Token } from "../../../text/tokenize.js";
import { encliticCached, isMention, readingsCached, readingsOf, verbAddresses } from "./address-words.js";
import {
  DETERMINERS,
  ENCLITIC_STOP,
  INSTRUCTION_STOP,
  INSTRUCTION_VERBS,
  NOUN_HOMOGRAPHS,
  PREPOSITIONS,
  SUBJUNCTIVE_BEFORE,
  SUBJUNCTIVE_STOP,
  VERBAL_BEFORE,
} from "./homographs.js";
import { type Address, PRONOUNS, type PronounEntry } from "./pronouns.js";
import type { VerbSlot } from "./slots.js";
import { matchCase } from "./stress.js";
import { spellEnclitic, type VerbReading, verbTable } from "./verbs.js";

/** A word that marks a form of address, with a fix towards the other register when one is safe. */
export interface AddressCue {
  /** UTF-16 offsets of the word in the text. */
  readonly start: number;
  /** End offset (exclusive). */
  readonly end: number;
  /** The word as written. */
  readonly word: string;
  /** The forms of address it may mark (two for `escribís`: vos or vosotros). */
  readonly addresses: readonly Address[];
  /** What marks it. */
  readonly kind: "pronoun" | "possessive" | "clitic" | "verb" | "enclitic" | "imperative";
  /** The same word in the other register of the same number (puedes → puede), when one exists. */
  readonly replacement?: string;
  /** The verb's infinitive, for verb cues. */
  readonly verb?: string;
}

const COUNTERPART: Readonly<Partial<Record<VerbSlot, VerbSlot>>> = {
  p2s: "p3s",
  s2s: "s3s",
  f2s: "f3s",
  c2s: "c3s",
  t2s: "t3s",
  m2s: "m3s",
  pv: "p3s",
  p2p: "p3p",
  s2p: "s3p",
  f2p: "f3p",
  c2p: "c3p",
  t2p: "t3p",
  m2p: "m3p",
  i2p: "s3p",
};
const CLAUSE_BREAK: ReadonlySet<number> = new Set([...".!?¡¿:;,\n…"].map((c) => c.charCodeAt(0)));
// The same set as a table over Latin-1 (`…` is the only break above it), read once per character between words.
const CLAUSE_BREAK_LATIN = new Uint8Array(0x100);
for (const c of CLAUSE_BREAK) if (c < 0x100) CLAUSE_BREAK_LATIN[c] = 1;
const isClauseBreak = (c: number): boolean => (c < 0x100 ? CLAUSE_BREAK_LATIN[c] === 1 : CLAUSE_BREAK.has(c));
// `sé` (I know), `he` (I have), `sal` (salt), `di` (I gave) are far more often something else.
const IMPERATIVE_STOP = new Set(["sé", "se", "he", "sal", "di", "ve", "ven"]);

// First code units of the pronoun table's keys: most words start with none of them and skip the lookup.
const PRONOUN_FIRST = new Uint8Array(128);
for (const key of PRONOUNS.keys()) if (key.charCodeAt(0) < 0x80) PRONOUN_FIRST[key.charCodeAt(0)] = 1;

/** What the analysis reads of a word, whatever its context: its lowercase form, pronoun entry and verb readings. */
interface WordInfo {
  readonly lower: string;
  readonly pronoun: PronounEntry | undefined;
  readonly readings: readonly VerbReading[] | undefined;
}

// Keyed by the word as written: one lookup per word instead of lowercasing it and looking it up twice.
const MAX_WORD_INFOS = 20_000;
const wordInfos = new Map<string, WordInfo>();

function wordInfo(text: string): WordInfo {
  let info = wordInfos.get(text);
  if (info === undefined) {
    const lower = text.toLowerCase();
    const c0 = lower.charCodeAt(0);
    info = {
      lower,
      pronoun: c0 < 0x80 && PRONOUN_FIRST[c0] === 0 ? undefined : PRONOUNS.get(lower),
      readings: readingsCached(lower),
    };
    if (wordInfos.size >= MAX_WORD_INFOS) wordInfos.clear();
    wordInfos.set(text, info);
  }
  return info;
}

const swapClitic = (clitics: string, from: string, to: string): string =>
  clitics.startsWith(from) ? to + clitics.slice(from.length) : clitics;

/**
 * Every word of a Spanish text that marks a form of address. `tokens` are the text's tokens (only words are
 * read). Mentions (`la palabra usted`, `tratar de tú`) are skipped; quotes are the caller's business.
 */
export function findAddressCues(source: string, tokens: readonly Token[]): AddressCue[] {
  return addressCues(source, tokens, undefined);
}

/**
 * @internal {@link findAddressCues} without the cues that may mark one of `accepted` (the brand's own forms of
 * address): those are never built, which saves their replacements.
 */
export function addressCuesExcept(
  source: string,
  tokens: readonly Token[],
  accepted: ReadonlySet<Address>,
): AddressCue[] {
  return addressCues(source, tokens, accepted);
}

function addressCues(
  source: string,
  tokens: readonly Token[],
  accepted: ReadonlySet<Address> | undefined,
): AddressCue[] {
  const skip = (addresses: readonly Address[]): boolean => {
    if (accepted === undefined) return false;
    for (const a of addresses) if (accepted.has(a)) return true;
    return false;
  };
  const words: Token[] = [];
  const lower: string[] = [];
  const infos: WordInfo[] = [];
  for (const t of tokens) {
    if (t.kind !== "word") continue;
    const info = wordInfo(t.text);
    words.push(t);
    lower.push(info.lower);
    infos.push(info);
  }
  const table = verbTable();
  const cues: AddressCue[] = [];
  const clauseStart = (i: number): boolean => {
    if (i === 0) return true;
    const prev = words[i - 1] as Token;
    const cur = words[i] as Token;
    for (let k = prev.end; k < cur.start; k++) if (isClauseBreak(source.charCodeAt(k))) return true;
    return false;
  };

  for (let i = 0; i < words.length; i++) {
    const token = words[i] as Token;
    const w = lower[i] as string;
    // Bounds checked: reading outside an array (`lower[-1]`) is a slow property lookup.
    const prev = i > 0 ? lower[i - 1] : undefined;
    const next = i + 1 < lower.length ? lower[i + 1] : undefined;

    const info = infos[i] as WordInfo;
    const pronoun = info.pronoun;
    if (pronoun !== undefined) {
      if (pronoun.kind === "pronoun" && isMention(lower, i)) continue;
      // `OS`, `TU` in capitals are more often acronyms than pronouns.
      if (token.text.length === 2 && token.text === token.text.toUpperCase() && i > 0) continue;
      // `el te`, `un te`: the drink, written without its accent.
      if (w === "te" && (prev === "el" || prev === "un" || prev === "del")) continue;
      // `Le informamos…`, `Les esperamos…` at the start of a clause speak to the reader.
      const leadingLe =
        (w === "le" || w === "les") &&
        clauseStart(i) &&
        next !== undefined &&
        /(?:amos|emos|imos)$/.test(next);
      if (!pronoun.strong && !leadingLe) continue;
      if (accepted?.has(pronoun.address) === true) continue;
      let replacement = pronoun.counterpart;
      if (w === "tu" && next !== undefined && verbAddresses(readingsOf(next)).length > 0)
        replacement = "usted";
      // te preocupes → se preocupe (the verb is fixed too); te lo enviamos → se lo enviamos.
      if (w === "te" && next !== undefined) {
        if (verbAddresses(readingsOf(next)).includes("tu") || /^l[oa]s?$/.test(next)) replacement = "se";
      }
      cues.push(
        replacement === undefined
          ? {
              start: token.start,
              end: token.end,
              word: token.text,
              addresses: [pronoun.address],
              kind: pronoun.kind,
            }
          : {
              start: token.start,
              end: token.end,
              word: token.text,
              addresses: [pronoun.address],
              kind: pronoun.kind,
              replacement: matchCase(token.text, replacement),
            },
      );
      continue;
    }

    const readings = info.readings;
    if (readings === undefined) continue;
    const addresses = verbAddresses(readings);
    if (addresses.length > 0) {
      if (prev !== undefined && (DETERMINERS.has(prev) || PREPOSITIONS.has(prev))) continue;
      if (NOUN_HOMOGRAPHS.has(w) && !(prev !== undefined && VERBAL_BEFORE.has(prev))) continue;
      // A subjunctive needs what calls for it (que tengas, no dudes, cuando quieras); alone it is usually a noun.
      if (
        readings.every((x) => x.slot === "s2s" || x.slot === "s2p") &&
        !(prev !== undefined && SUBJUNCTIVE_BEFORE.has(prev))
      )
        continue;
      if (skip(addresses)) continue;
      const r = readings[0] as VerbReading;
      const target = COUNTERPART[r.slot];
      const single = addresses.length === 1 && readings.every((x) => x.verb === r.verb && x.slot === r.slot);
      cues.push(
        single && target !== undefined
          ? {
              start: token.start,
              end: token.end,
              word: token.text,
              addresses,
              kind: "verb",
              verb: table.infinitives[r.verb] as string,
              replacement: matchCase(token.text, table.form(r.verb, target)),
            }
          : {
              start: token.start,
              end: token.end,
              word: token.text,
              addresses,
              kind: "verb",
              verb: table.infinitives[r.verb] as string,
            },
      );
      continue;
    }

    // Irregular tú imperatives that no other form shares: «Haz clic», «ten en cuenta», «pon», «mantén».
    if (readings.length > 0 && readings.every((x) => x.slot === "i2s") && !IMPERATIVE_STOP.has(w)) {
      if (accepted?.has("tu") === true) continue;
      const r = readings[0] as VerbReading;
      cues.push({
        start: token.start,
        end: token.end,
        word: token.text,
        addresses: ["tu"],
        kind: "imperative",
        verb: table.infinitives[r.verb] as string,
        replacement: matchCase(token.text, table.form(r.verb, "s3s")),
      });
      continue;
    }

    // Regular tú imperatives of instruction verbs at the start of a clause: «Entra en Mi cuenta», «Pulsa aquí».
    if (readings.length > 0 && clauseStart(i) && !INSTRUCTION_STOP.has(w)) {
      const imperative = readings.find(
        (x) => x.slot === "i2s" && INSTRUCTION_VERBS.has(table.infinitives[x.verb] ?? ""),
      );
      if (imperative !== undefined && readings.every((x) => x.slot === "i2s" || x.slot === "p3s")) {
        if (accepted?.has("tu") === true) continue;
        cues.push({
          start: token.start,
          end: token.end,
          word: token.text,
          addresses: ["tu"],
          kind: "imperative",
          verb: table.infinitives[imperative.verb] as string,
          replacement: matchCase(token.text, table.form(imperative.verb, "s3s")),
        });
        continue;
      }
    }

    // Formal imperatives at the start of a clause: «Escriba a…», «No dude en…», «Disculpen…».
    if (readings.length > 0 && !SUBJUNCTIVE_STOP.has(w)) {
      const negated = prev === "no" && clauseStart(i - 1);
      // «Que tenga un buen día»: a wish addressed to the reader.
      const wish = prev === "que" && clauseStart(i - 1);
      if (negated || wish || clauseStart(i)) {
        const formal = readings.every((x) => x.slot === "s3s")
          ? "usted"
          : readings.every((x) => x.slot === "s3p")
            ? "ustedes"
            : undefined;
        if (formal !== undefined) {
          if (accepted?.has(formal) === true) continue;
          const r = readings[0] as VerbReading;
          const subjunctive = negated || wish;
          const slot: VerbSlot =
            formal === "usted" ? (subjunctive ? "s2s" : "i2s") : subjunctive ? "s2p" : "i2p";
          cues.push({
            start: token.start,
            end: token.end,
            word: token.text,
            addresses: [formal],
            kind: "imperative",
            verb: table.infinitives[r.verb] as string,
            replacement: matchCase(token.text, table.form(r.verb, slot)),
          });
          continue;
        }
      }
    }

    if (w.length >= 4 && !ENCLITIC_STOP.has(w) && readings.length === 0) {
      const enclitic = encliticCue(token, w, accepted);
      if (enclitic !== undefined) cues.push(enclitic);
    }
  }
  return cues;
}

// Spelling an enclitic form places its accent; the few thousand possible results are kept once computed.
const spelled = new Map<string, string>();

function encliticCue(
  token: Token,
  w: string,
  accepted: ReadonlySet<Address> | undefined,
): AddressCue | undefined {
  const readings = encliticCached(w);
  if (readings.length === 0) return undefined;
  const table = verbTable();
  const addressOf = (slot: VerbSlot): Address =>
    slot === "i2s" ? "tu" : slot === "s3s" ? "usted" : slot === "s3p" ? "ustedes" : "vosotros";
  const first = readings[0]!;
  const address = addressOf(first.slot);
  if (readings.some((r) => addressOf(r.slot) !== address)) return undefined;
  // `te` goes with tú and `se` with usted: «cálmate» / «cálmese», never «cálmete».
  if (address === "usted" && first.clitics.startsWith("te")) return undefined;
  if (address === "tu" && first.clitics.startsWith("se") && !first.clitics.startsWith("sel"))
    return undefined;
  if (accepted?.has(address) === true) return undefined;
  const otherSlot: VerbSlot =
    first.slot === "i2s" ? "s3s" : first.slot === "s3s" ? "i2s" : first.slot === "s3p" ? "i2p" : "s3p";
  let clitics = first.clitics;
  if (first.slot === "i2s") clitics = swapClitic(clitics, "te", "se");
  else if (first.slot === "s3s") clitics = swapClitic(clitics, "se", "te");
  else if (first.slot === "s3p") clitics = swapClitic(clitics, "se", "os");
  else clitics = swapClitic(clitics, "os", "se");
  const key = `${first.verb} ${otherSlot} ${clitics}`;
  let replacement = spelled.get(key);
  if (replacement === undefined) {
    replacement = spellEnclitic(table.form(first.verb, otherSlot), clitics);
    spelled.set(key, replacement);
  }
  return {
    start: token.start,
    end: token.end,
    word: token.text,
    addresses: [address],
    kind: "enclitic",
    verb: table.infinitives[first.verb] as string,
    replacement: matchCase(token.text, replacement),
  };
}
