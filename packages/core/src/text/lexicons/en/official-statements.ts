import { type CuedLexicon, categorized, combine } from "../lexicon-entry.js";

/**
 * English official statements and positions for `authority/speaks-for-company` (`the company has decided`,
 * `on behalf of the company`, `our official position`). `{brand}` stands for each name of the brand and is
 * filled in when the rule is compiled. Written by the normas maintainers (MIT).
 */
export const englishOfficialStatements: CuedLexicon<"official"> = {
  phrases: categorized("official", [
    ...combine(
      ["the company", "management", "the board", "{brand}"],
      [
        "has decided",
        "has chosen to",
        "announces that",
        "has agreed to",
        "opposes",
        "rejects",
        "distances itself from",
        "wishes to make clear",
        "has resolved to",
        "announces it",
        "has made the decision",
        "has taken the decision",
        "condemns",
        "publicly condemns",
        "publicly rejects",
        "stands behind",
      ],
    ),
    "{brand}'s position",
    "on {brand}'s behalf",
    "on the company's behalf",
    "officially, {brand}",
    "officially {brand}",
    "{brand}'s management",
    "{brand}'s stance",
    "on behalf of the company",
    "on behalf of {brand}",
    "speaking for the company",
    "i speak for the",
    "we speak for the",
    "official position",
    "official stance",
    "the company's stance",
    "the company's position",
    "as a company",
    "we officially announce",
    "officially announce",
    "officially the company",
    "officially, the company",
    "the company stands",
    "official statement on",
    "{brand}'s official statement",
  ]),
  cues: [],
  anchors: [],
};
