// What a language pack's clause analysis produces: words with their lexical classes, sentences, clauses, and verb
// groups with person, tense/aspect/mood and polarity. It is language-neutral: the judgement rules read it the same
// way in every language; only the packs know how Spanish or English marks a future, a negation or a question.

/** Grammatical person of a subject or an object: `1s` I, `1p` we, `2` you, `3` a third party, `3?` a third-person form that may be the reader (Spanish `usted`) or someone else. */
export type Person = "1s" | "1p" | "2" | "3" | "3?";

/**
 * Tense, aspect or mood of a verb group: `fut` simple future, `peri` `ir a` / `going to` + infinitive, `pres`
 * present, `past` any past (preterite, imperfect, perfect), `imp` imperative, `cond` conditional, `subj`
 * subjunctive, `inf` infinitive, `ger` gerund, `part` participle.
 */
export type Tam = "fut" | "peri" | "pres" | "past" | "imp" | "cond" | "subj" | "inf" | "ger" | "part";

/**
 * A lexical class: what a word means for the judgement rules, whatever its language. Packs map their words
 * (and the lemmas of their verbs) to these.
 */
export type Sem =
  // grammar
  | "neg"
  | "cond"
  | "qword"
  | "report"
  | "coord"
  | "subord"
  | "please"
  | "hedge"
  | "modal"
  | "det"
  | "prep"
  | "aux"
  // people
  | "we"
  | "i"
  | "you"
  | "they"
  | "company"
  | "staff"
  | "third-party"
  // what a data leak exposes (`teléfonos`, `passwords`)
  | "personal-data"
  // promises (authority/commitment)
  | "refund-v"
  | "return-v"
  | "cancel-v"
  | "credit-v"
  | "compensate-v"
  | "cover-v"
  | "pay-v"
  | "give-v"
  | "receive-v"
  | "arrive-v"
  | "appear-v"
  | "process-v"
  | "money"
  | "charge"
  | "refund-n"
  | "compensation-n"
  | "voucher"
  | "free"
  | "on-us"
  | "amount"
  | "percent"
  | "promise-v"
  | "gift-v"
  | "discount"
  | "code"
  | "order"
  | "time"
  | "certain"
  | "legal"
  | "entitled"
  // fault (authority/liability-admission)
  | "fault"
  | "negligence"
  | "liable"
  | "harm"
  | "responsibility"
  | "admit-v"
  | "incident"
  | "rules-n"
  | "breach-v"
  | "cause-v"
  | "comply-v"
  | "opinion-v"
  | "stance-v"
  | "body"
  | "personal"
  | "channel"
  // official statements (authority/speaks-for-company)
  | "official"
  | "stance"
  | "decide-v"
  | "announce-v"
  | "behalf"
  | "publish-v"
  | "share-v"
  // respect
  | "calm-v"
  | "tell-v"
  | "already"
  | "read-v"
  | "leisure"
  | "elsewhere"
  | "mock"
  | "belittle"
  | "problem"
  | "others"
  | "slow"
  | "stop-v"
  | "ask-v"
  | "product"
  | "upset-v"
  // complaints and acknowledgements (respect/unacknowledged-complaint)
  | "broken"
  | "waiting"
  | "again"
  | "bad"
  | "function-v"
  | "charge-v"
  | "sorry"
  | "validate"
  | "private"
  | "action-v"
  | "contact-v"
  | "self-blame"
  // crises (crisis/unapproved-message)
  | "alarm"
  | "aside";

/** One word of the analysed text. Offsets are UTF-16 offsets of the caller's text. */
export interface Word {
  /** First offset, inclusive. */
  readonly start: number;
  /** Last offset, exclusive. */
  readonly end: number;
  /** Lowercase, accents and apostrophe style folded (`devolverá` → `devolvera`, `we’ll` → `we'll`). */
  readonly key: string;
  /** Lexical classes of the word itself and, for a verb, of its lemma. */
  readonly sems: readonly Sem[];
  /** Position of the word in `Analysis.words`. */
  readonly index: number;
  /** Readings of the word as a verb form (empty when it is not one). */
  readonly verbs: readonly VerbForm[];
  /** Index of the word's sentence in `Analysis.sentences`. */
  readonly sentence: number;
  /** Index of the word's clause in `Analysis.clauses`. */
  readonly clause: number;
  /** Inside quotation marks (someone else's words). */
  readonly quoted: boolean;
  /** Starts with a capital letter. */
  readonly capitalised: boolean;
  /** The punctuation mark right before the word (spaces skipped), or `""`: `,` makes a vocative, `¿` a question. */
  readonly before: string;
  /** The punctuation mark right after the word (spaces skipped), or `""`. */
  readonly after: string;
}

/** One reading of a word as a verb form. */
export interface VerbForm {
  /** The infinitive (Spanish) or base form (English). */
  readonly lemma: string;
  /** Tense, aspect or mood. */
  readonly tam: Tam;
  /** Person, for a finite form. */
  readonly person?: Person;
  /** Person of an enclitic object pronoun (`envíenos` → 1p, `bonificarle` → 2). */
  readonly clitic?: Person;
}

/** A verb group: the main verb with its auxiliaries, clitics and negation. */
export interface VerbGroup {
  /** Index of the first word of the group (a negator, a clitic or an auxiliary). */
  readonly first: number;
  /** Index of the main verb. */
  readonly head: number;
  /** Lemma of the main verb. */
  readonly lemma: string;
  /** Lexical classes of the main verb. */
  readonly sems: readonly Sem[];
  /** Tense, aspect or mood of the group as a whole (`vamos a devolver` is `peri`, `hemos devuelto` is `past`). */
  readonly tam: Tam;
  /** The subject's person, from the verb's ending or an explicit subject. */
  readonly person: Person;
  /** The person of an object pronoun attached to the group (`le`/`te` → 2, `nos` → 1p), when there is one. */
  readonly object?: Person;
  /** A modal before the main verb (`poder`, `deber`, `can`, `should`…), by lemma. */
  readonly modal?: string;
  /** Passive (`será reembolsado`, `will be refunded`). */
  readonly passive: boolean;
  /** Negated within its clause. */
  readonly negated: boolean;
  /** The person is a default, no subject was written (`and cover the shipping`, `Gracias, revisamos…`). */
  readonly subjectless?: boolean;
}

/** A sentence: up to `.`, `!`, `?`, `…`, `;`, a line break or a list item. */
export interface Sentence {
  /** First offset. */
  readonly start: number;
  /** Offset after its last character (closing punctuation included). */
  readonly end: number;
  /** Index of its first word. */
  readonly firstWord: number;
  /** Index after its last word. */
  readonly endWord: number;
  /** It asks a question (`¿…?`, or ends with `?`). */
  readonly question: boolean;
}

/** A clause: a stretch of a sentence between commas, colons, brackets, dashes and clause-opening conjunctions. */
export interface Clause {
  /** Index of its sentence. */
  readonly sentence: number;
  /** Index of its first word. */
  readonly firstWord: number;
  /** Index after its last word. */
  readonly endWord: number;
  /** The protasis of a conditional (`si…`, `if…`, `unless…`): a hypothesis, not a statement. */
  readonly protasis: boolean;
  /** Reported speech (`dijo que…`, `según…`, `he said that…`) or a quotation. */
  readonly reported: boolean;
}

/** The analysis of one text, computed once per evaluation and shared by every rule. */
export interface Analysis {
  /** The language of the pack that analysed it. */
  readonly lang: string;
  /** Every word, in text order. */
  readonly words: readonly Word[];
  /** Every sentence, in text order. */
  readonly sentences: readonly Sentence[];
  /** Every clause, in text order. */
  readonly clauses: readonly Clause[];
  /** Every verb group, in text order. */
  readonly groups: readonly VerbGroup[];
  /** Links, e-mail addresses, phone numbers and handles found in the text (a next step, a pointer). */
  readonly contacts: readonly { readonly start: number; readonly end: number; readonly kind: ContactKind }[];
}

/** A way to continue a conversation found in a text. */
export type ContactKind = "url" | "email" | "phone" | "mention";

/** Whether word `w` has lexical class `sem`. */
export const hasSem = (w: Word | undefined, sem: Sem): boolean => w !== undefined && w.sems.includes(sem);
