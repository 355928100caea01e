// Every lexicon of the reply rules compiled into ONE matcher, run once per evaluation and shared: six rules
// pay for one pass over the folded text instead of six. Each rule reads the hits of its own lexicon, with
// term indexes local to that lexicon. Built once per process, on first use.
import type { RuleContextBase } from "../../engine/rule.js";
import type { CommitmentCategory } from "../../policy/schema.js";
import { englishAcknowledgements, englishNextSteps } from "../../text/lexicons/en/acknowledgement.js";
import { englishCommitments } from "../../text/lexicons/en/commitments.js";
import { englishDismissive } from "../../text/lexicons/en/dismissive.js";
import { englishLiability } from "../../text/lexicons/en/liability.js";
import { englishOfficialStatements } from "../../text/lexicons/en/official-statements.js";
import { spanishAcknowledgements, spanishNextSteps } from "../../text/lexicons/es/acknowledgement.js";
import { spanishCommitments } from "../../text/lexicons/es/commitments.js";
import { spanishDismissive } from "../../text/lexicons/es/dismissive.js";
import { spanishLiability } from "../../text/lexicons/es/liability.js";
import { spanishOfficialStatements } from "../../text/lexicons/es/official-statements.js";
import type { PhraseEntry } from "../../text/lexicons/lexicon-entry.js";
import { compileTermMatcher, type TermHit, type TermMatcher } from "../../text/term-matcher.js";
import { type InsultForm, insultForms } from "../respect/insult-matcher.js";
import { type PhraseMatcher, phraseTerms } from "../respect/phrase-matcher.js";
import { type CuedMatcher, cuedTerms } from "./cued-matcher.js";
import type { TermSource } from "./reply-context.js";

const IDS = ["insult", "dismissive", "acknowledgement", "commitment", "liability", "official"] as const;
type LexiconId = (typeof IDS)[number];

interface Built {
  readonly matcher: TermMatcher;
  readonly offset: Readonly<Record<LexiconId, number>>;
  readonly count: Readonly<Record<LexiconId, number>>;
  readonly insult: readonly InsultForm[];
  readonly dismissive: PhraseMatcher<PhraseEntry>;
  readonly acknowledgement: PhraseMatcher<PhraseEntry>;
  readonly commitment: CuedMatcher<CommitmentCategory>;
  readonly liability: CuedMatcher<"liability">;
  readonly official: CuedMatcher<"official">;
}

let built: Built | undefined;

/** The hits of one lexicon in this evaluation, from the shared pass. */
function source(id: LexiconId): TermSource {
  return {
    hits(ctx: RuleContextBase): readonly TermHit[] {
      const all = ctx.shared("reply-lexicon:hits", () => build().matcher.find(ctx.text.folded));
      const { offset, count } = build();
      const from = offset[id];
      const to = from + count[id];
      const out: TermHit[] = [];
      for (const h of all)
        if (h.term >= from && h.term < to) out.push({ term: h.term - from, start: h.start, end: h.end });
      return out;
    },
  };
}

function build(): Built {
  if (built) return built;
  const insult = insultForms();
  const dismissive = phraseTerms(spanishDismissive, englishDismissive);
  const acknowledgement = phraseTerms(
    [...spanishAcknowledgements, ...spanishNextSteps],
    [...englishAcknowledgements, ...englishNextSteps],
  );
  const commitment = cuedTerms(spanishCommitments, englishCommitments);
  const liability = cuedTerms(spanishLiability, englishLiability);
  // `{brand}` templates are filled per brand by the rule itself; the shared matcher holds the rest.
  const official = cuedTerms(
    {
      ...spanishOfficialStatements,
      phrases: spanishOfficialStatements.phrases.filter((e) => !e.term.includes("{brand}")),
    },
    {
      ...englishOfficialStatements,
      phrases: englishOfficialStatements.phrases.filter((e) => !e.term.includes("{brand}")),
    },
  );
  const lists: Record<LexiconId, readonly string[]> = {
    insult: insult.map((f) => f.form),
    dismissive: dismissive.terms,
    acknowledgement: acknowledgement.terms,
    commitment: commitment.terms,
    liability: liability.terms,
    official: official.terms,
  };
  const terms: string[] = [];
  const offset = {} as Record<LexiconId, number>;
  const count = {} as Record<LexiconId, number>;
  for (const id of IDS) {
    offset[id] = terms.length;
    count[id] = lists[id].length;
    terms.push(...lists[id]);
  }
  built = {
    matcher: compileTermMatcher(terms),
    offset,
    count,
    insult,
    dismissive: { source: source("dismissive"), entryOf: dismissive.entryOf },
    acknowledgement: { source: source("acknowledgement"), entryOf: acknowledgement.entryOf },
    commitment: { source: source("commitment"), meta: commitment.meta },
    liability: { source: source("liability"), meta: liability.meta },
    official: { source: source("official"), meta: official.meta },
  };
  return built;
}

/** The insult forms and where their hits come from. */
export const insultLexicon = (): { source: TermSource; forms: readonly InsultForm[] } => ({
  source: source("insult"),
  forms: build().insult,
});
/** The dismissive phrases. */
export const dismissiveLexicon = (): PhraseMatcher<PhraseEntry> => build().dismissive;
/** Acknowledgements and next steps. */
export const acknowledgementLexicon = (): PhraseMatcher<PhraseEntry> => build().acknowledgement;
/** Commitment phrases, cues and anchors. */
export const commitmentLexicon = (): CuedMatcher<CommitmentCategory> => build().commitment;
/** Liability admissions. */
export const liabilityLexicon = (): CuedMatcher<"liability"> => build().liability;
/** Official statements, without the `{brand}` templates. */
export const officialLexicon = (): CuedMatcher<"official"> => build().official;
