// The word lists of the reply rules (insults, dismissive phrases, acknowledgements) compiled into ONE matcher,
// run once per evaluation and shared: three rules pay for one pass over the folded text instead of three. Each
// rule reads the hits of its own lexicon, with term indexes local to that lexicon. Built once per process, at
// the first evaluation that needs it (not at `compilePolicy`, so that compiling stays cheap on a cold start).

import { englishAcknowledgements, englishNextSteps } from "../../lang/en/lexicons/acknowledgement.js";
import { englishDismissive } from "../../lang/en/lexicons/dismissive.js";
import { spanishAcknowledgements, spanishNextSteps } from "../../lang/es/lexicons/acknowledgement.js";
import { spanishDismissive } from "../../lang/es/lexicons/dismissive.js";
import type { PhraseEntry } from "../../lang/lexicon-entry.js";
import { compileTermMatcher, type TermMatcher } from "../../text/term-matcher.js";
import { type InsultForm, insultForms } from "./insult-matcher.js";
import { type PhraseMatcher, phraseTerms } from "./phrase-matcher.js";
import { slicedSource, type TermSource } from "./reply-context.js";

const IDS = ["insult", "dismissive", "acknowledgement"] as const;
type LexiconId = (typeof IDS)[number];

interface Built {
  readonly matcher: TermMatcher;
  readonly offset: Readonly<Record<LexiconId, number>>;
  readonly count: Readonly<Record<LexiconId, number>>;
  readonly insult: readonly InsultForm[];
  readonly insultSource: TermSource;
  readonly dismissive: PhraseMatcher<PhraseEntry>;
  readonly acknowledgement: PhraseMatcher<PhraseEntry>;
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
  const lists: Record<LexiconId, readonly string[]> = {
    insult: insult.map((f) => f.form),
    dismissive: dismissive.terms,
    acknowledgement: acknowledgement.terms,
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
  };
  return built;
}

/** Hits of one lexicon, building the shared matcher on the first call. */
const lazySource = (id: LexiconId): TermSource => ({
  hits: (ctx) => {
    const b = build();
    return (id === "insult" ? b.insultSource : b[id].source).hits(ctx);
  },
});

/** The insult forms and where their hits come from. */
export const insultLexicon = (): { source: TermSource; readonly forms: readonly InsultForm[] } => ({
  source: lazySource("insult"),
  get forms() {
    return build().insult;
  },
});
/** The dismissive phrases. */
export const dismissiveLexicon = (): PhraseMatcher<PhraseEntry> => ({
  source: lazySource("dismissive"),
  get entryOf() {
    return build().dismissive.entryOf;
  },
});
/** Acknowledgements and next steps. */
export const acknowledgementLexicon = (): PhraseMatcher<PhraseEntry> => ({
  source: lazySource("acknowledgement"),
  get entryOf() {
    return build().acknowledgement.entryOf;
  },
});
