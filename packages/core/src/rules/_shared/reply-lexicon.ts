// Every lexicon of the reply rules compiled into ONE matcher, run once per evaluation and shared: six rules
// pay for one pass over the folded text instead of six. Each rule reads the hits of its own lexicon, with
// term indexes local to that lexicon. Built once per process, on first use.

import { englishAcknowledgements, englishNextSteps } from "../../lang/en/lexicons/acknowledgement.js";
import { englishCommitments } from "../../lang/en/lexicons/commitments.js";
import { englishDismissive } from "../../lang/en/lexicons/dismissive.js";
import { englishLiability } from "../../lang/en/lexicons/liability.js";
import { englishOfficialStatements } from "../../lang/en/lexicons/official-statements.js";
import { spanishAcknowledgements, spanishNextSteps } from "../../lang/es/lexicons/acknowledgement.js";
import { spanishCommitments } from "../../lang/es/lexicons/commitments.js";
import { spanishDismissive } from "../../lang/es/lexicons/dismissive.js";
import { spanishLiability } from "../../lang/es/lexicons/liability.js";
import { spanishOfficialStatements } from "../../lang/es/lexicons/official-statements.js";
import type { PhraseEntry } from "../../lang/lexicon-entry.js";
import type { CommitmentCategory } from "../../model/commitments.js";
import { compileTermMatcher, type TermMatcher } from "../../text/term-matcher.js";
import { type CuedMatcher, cuedTerms } from "./cued-matcher.js";
import { type InsultForm, insultForms } from "./insult-matcher.js";
import { type PhraseMatcher, phraseTerms } from "./phrase-matcher.js";
import { slicedSource, type TermSource } from "./reply-context.js";

const IDS = ["insult", "dismissive", "acknowledgement", "commitment", "liability", "official"] as const;
type LexiconId = (typeof IDS)[number];

interface Built {
  readonly matcher: TermMatcher;
  readonly offset: Readonly<Record<LexiconId, number>>;
  readonly count: Readonly<Record<LexiconId, number>>;
  readonly insult: readonly InsultForm[];
  readonly insultSource: TermSource;
  readonly dismissive: PhraseMatcher<PhraseEntry>;
  readonly acknowledgement: PhraseMatcher<PhraseEntry>;
  readonly commitment: CuedMatcher<CommitmentCategory>;
  readonly liability: CuedMatcher<"liability">;
  readonly official: CuedMatcher<"official">;
}

let built: Built | undefined;

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
  const matcher = compileTermMatcher(terms);
  const slice = (id: LexiconId): TermSource =>
    slicedSource("reply-lexicon:hits", () => matcher, offset[id], offset[id] + count[id]);
  built = {
    matcher,
    offset,
    count,
    insult,
    insultSource: slice("insult"),
    dismissive: { source: slice("dismissive"), entryOf: dismissive.entryOf },
    acknowledgement: { source: slice("acknowledgement"), entryOf: acknowledgement.entryOf },
    commitment: { source: slice("commitment"), meta: commitment.meta },
    liability: { source: slice("liability"), meta: liability.meta },
    official: { source: slice("official"), meta: official.meta },
  };
  return built;
}

/** The insult forms and where their hits come from. */
export const insultLexicon = (): { source: TermSource; forms: readonly InsultForm[] } => ({
  source: build().insultSource,
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
