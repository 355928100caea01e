import { ADDRESS_SLOT_COUNT, VERB_SLOTS, type VerbSlot } from "./slots.js";
import { attachEnclitics, stripAccents } from "./stress.js";
import { VERB_DATA } from "./verbs.data.js";

/** One reading of a word as a verb form: which verb, which slot. */
export interface VerbReading {
  /** Index of the verb in the table. */
  readonly verb: number;
  /** Tense/mood and person. */
  readonly slot: VerbSlot;
}

/** A word read as a verb with enclitic pronouns attached (escríbenos = escribe + nos). */
export interface EncliticReading extends VerbReading {
  /** The verb part as written in the table (escribe). */
  readonly base: string;
  /** The attached pronouns (nos, melo). */
  readonly clitics: string;
}

/** The decoded verb table with its indexes. */
export interface VerbTable {
  /** Infinitives, by verb index. */
  readonly infinitives: readonly string[];
  /** Number of distinct forms indexed. */
  readonly size: number;
  /** Every reading of `word` as written (lowercase, accents kept). */
  exact(word: string): readonly VerbReading[];
  /** Every reading of `word` with accents removed (for texts typed without accents). */
  folded(word: string): readonly VerbReading[];
  /** Same as `folded`, for a word already passed through `foldSpanish`. */
  foldedKey(plain: string): readonly VerbReading[];
  /** The form of `verb` in `slot`. */
  form(verb: number, slot: VerbSlot): string;
  /**
   * False when no form of the table (with or without enclitics) starts like `plain` (a word passed through
   * `foldSpanish`): a cheap test that lets most nouns and function words skip every lookup.
   */
  mayBeVerb(plain: string): boolean;
}

const SLOT_INDEX = new Map<VerbSlot, number>(VERB_SLOTS.map((s, i) => [s, i]));

function decode(): { infinitives: string[]; forms: string[][] } {
  const infinitives: string[] = [];
  const forms: string[][] = [];
  for (const line of VERB_DATA.split("\n")) {
    const [infinitive, ...encoded] = line.split(" ") as [string, ...string[]];
    infinitives.push(infinitive);
    forms.push(
      encoded.map((code) => infinitive.slice(0, infinitive.length - Number(code[0])) + code.slice(1)),
    );
  }
  return { infinitives, forms };
}

/** Lowercases and removes acute accents and diaeresis, keeping ñ. */
export function foldSpanish(word: string): string {
  const plain = stripAccents(word.toLowerCase());
  return plain.includes("ü") ? plain.replaceAll("ü", "u") : plain;
}

let decoded: { infinitives: string[]; forms: string[][] } | undefined;
let table: VerbTable | undefined;
let paradigms: VerbTable | undefined;

/**
 * The verb table of the address check (`voice/formality`): second- and third-person forms only, decoded and
 * indexed on first use (a few milliseconds, once per process).
 */
export function verbTable(): VerbTable {
  table ??= buildTable(ADDRESS_SLOT_COUNT);
  return table;
}

/**
 * Every form of every verb (all persons, gerund and participle), for the clause analysis; decoded from the
 * same data as `verbTable`, indexed on first use.
 */
export function paradigmTable(): VerbTable {
  paradigms ??= buildTable(VERB_SLOTS.length);
  return paradigms;
}

function buildTable(slotCount: number): VerbTable {
  decoded ??= decode();
  const { infinitives, forms } = decoded;
  const exact = new Map<string, VerbReading[]>();
  const folded = new Map<string, VerbReading[]>();
  const add = (map: Map<string, VerbReading[]>, key: string, reading: VerbReading) => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [reading]);
    else if (!list.some((r) => r.verb === reading.verb && r.slot === reading.slot)) list.push(reading);
  };
  forms.forEach((list, verb) => {
    list.forEach((form, i) => {
      if (i >= slotCount) return;
      const reading: VerbReading = { verb, slot: VERB_SLOTS[i] as VerbSlot };
      add(exact, form, reading);
      add(folded, foldSpanish(form), reading);
    });
  });
  const prefixes = new Set<string>();
  for (const key of folded.keys()) prefixes.add(key.slice(0, 3));
  // Short imperatives take enclitics that make new beginnings: di + nos → "din", da + me → "dam".
  for (const [key, readings] of folded) {
    if (key.length >= 3 || !readings.some((r) => IMPERATIVE_SLOTS.has(r.slot))) continue;
    for (const clitics of CLITICS) prefixes.add(`${key}${clitics}`.slice(0, 3));
  }
  const none: readonly VerbReading[] = [];
  return {
    infinitives,
    size: exact.size,
    exact: (word) => exact.get(word) ?? none,
    folded: (word) => folded.get(foldSpanish(word)) ?? none,
    foldedKey: (plain) => folded.get(plain) ?? none,
    form: (verb, slot) => forms[verb]?.[SLOT_INDEX.get(slot) ?? -1] ?? "",
    mayBeVerb: (plain) => prefixes.has(plain.slice(0, 3)),
  };
}

/** Enclitic pronoun endings, longest first, so `dímelo` is read as `di` + `melo`. */
const CLITICS = [
  "noslos",
  "noslas",
  "selos",
  "selas",
  "melos",
  "melas",
  "telos",
  "telas",
  "noslo",
  "nosla",
  "selo",
  "sela",
  "melo",
  "mela",
  "telo",
  "tela",
  "oslo",
  "osla",
  "nos",
  "los",
  "las",
  "les",
  "me",
  "te",
  "se",
  "lo",
  "la",
  "le",
  "os",
] as const;

// Clitic groups by their last two letters, longest first: one map lookup per word instead of one test per group.
const CLITICS_BY_ENDING = new Map<string, string[]>();
for (const c of CLITICS) {
  const key = c.slice(-2);
  const list = CLITICS_BY_ENDING.get(key) ?? [];
  list.push(c);
  CLITICS_BY_ENDING.set(key, list);
}

/** Slots whose forms take enclitics: affirmative imperatives and the subjunctive used as one. */
const IMPERATIVE_SLOTS = new Set<VerbSlot>(["i2s", "i2p", "s3s", "s3p"]);

/**
 * Reads `word` as an imperative with enclitic pronouns: `escríbenos` → escribir/i2s + nos,
 * `díganos` → decir/s3s + nos, `contactadnos` → contactar/i2p + nos, `calmaos` → calmar/i2p + os.
 * Returns every reading whose spelling with the pronouns matches the word (accents ignored).
 */
export function readEnclitic(word: string): EncliticReading[] {
  const plain = foldSpanish(word);
  const out: EncliticReading[] = [];
  // Every enclitic ends in e, s, o or a.
  const last = plain[plain.length - 1];
  if (last !== "e" && last !== "s" && last !== "o" && last !== "a") return out;
  const t = verbTable();
  for (const clitics of CLITICS_BY_ENDING.get(plain.slice(-2)) ?? []) {
    if (plain.length - clitics.length < 2 || !plain.endsWith(clitics)) continue;
    const stem = plain.slice(0, plain.length - clitics.length);
    // Vosotros imperatives drop their -d before `os` (calmad + os → calmaos), except `id` (idos).
    const candidates = clitics.startsWith("os") && stem !== "id" ? [`${stem}d`] : [stem];
    for (const candidate of candidates) {
      for (const reading of t.foldedKey(candidate)) {
        if (!IMPERATIVE_SLOTS.has(reading.slot)) continue;
        if ((reading.slot === "i2p") !== (clitics.startsWith("os") || candidate.endsWith("d"))) continue;
        const base = t.form(reading.verb, reading.slot);
        out.push({ ...reading, base, clitics });
      }
    }
    if (out.length > 0) return out;
  }
  return out;
}

/** Spells `base` + `clitics` as Spanish writes it (see `attachEnclitics`). */
export function spellEnclitic(base: string, clitics: string): string {
  return attachEnclitics(base, clitics);
}
