import type { PhraseEntry } from "../../lexicon-entry.js";

/**
 * English phrases that acknowledge a complaint (apology, empathy, agreement) for
 * `respect/unacknowledged-complaint`. Written by the normas maintainers (MIT); see `LEXICONS.md`.
 */
export const englishAcknowledgements: readonly PhraseEntry[] = [
  {
    term: "sorry",
    variants: ["apologies", "we apologise", "we apologize", "i apologise", "i apologize", "we regret"],
  },
  {
    term: "we understand",
    variants: ["i understand", "we hear you", "we get it", "understandably", "understandable"],
  },
  { term: "noted", variants: ["point taken", "we've noted", "we hear your feedback"] },
  {
    term: "you're right",
    variants: ["you are right", "that's fair", "fair criticism", "fair point", "fair enough"],
  },
  {
    term: "thanks for letting us know",
    variants: ["thank you for letting us know", "thanks for flagging", "thanks for telling us"],
  },
  {
    term: "that shouldn't happen",
    variants: [
      "that should not happen",
      "that shouldn't have happened",
      "not the experience we want",
      "not what we expect",
    ],
  },
  { term: "frustrating", variants: ["disappointing", "annoying"] },
];

/**
 * English phrases that offer a next step (a private channel, a follow-up, a concrete action) for
 * `respect/unacknowledged-complaint`.
 */
export const englishNextSteps: readonly PhraseEntry[] = [
  {
    term: "dm us",
    variants: [
      "dm",
      "direct message",
      "private message",
      "message us",
      "send us a message",
      "drop us a message",
    ],
  },
  {
    term: "get back to you",
    variants: ["follow up", "contact you", "call you", "email you", "be in touch", "reach out to you"],
  },
  {
    term: "look into it",
    variants: [
      "looking into it",
      "looking into this",
      "we'll check",
      "we're checking",
      "we'll investigate",
      "investigating",
    ],
  },
  {
    term: "opened a ticket",
    variants: [
      "raised a ticket",
      "raise it",
      "we've raised",
      "passed it on",
      "pass it to the team",
      "pass it on",
      "shared it with",
      "escalated",
    ],
  },
  { term: "order number", variants: ["put it right", "make it right", "sort it out"] },
];
