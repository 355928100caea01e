import type { PhraseEntry } from "../lexicon-entry.js";

/**
 * English condescending, dismissive or blaming phrases for `respect/dismissive`. Written by the normas
 * maintainers from community-management style guides and the fixture replies (MIT); see `LEXICONS.md`.
 */
export const englishDismissive: readonly PhraseEntry[] = [
  { term: "calm down", variants: ["calm yourself", "chill out", "settle down"] },
  { term: "relax", standalone: true, variants: ["chill"] },
  {
    term: "as we already told you",
    replacement: "as we mentioned",
    variants: ["as we've already told you", "as we have already told you", "as we already said"],
  },
  {
    term: "like we said before",
    replacement: "as we mentioned",
    variants: ["like we already said", "as we said before", "as i already said", "like i said before"],
  },
  { term: "as previously stated", variants: ["as clearly stated"] },
  {
    term: "for the last time",
    variants: [
      "for the hundredth time",
      "for the umpteenth time",
      "i repeat",
      "once again, we",
      "again, for the last time",
    ],
  },
  {
    term: "that's your problem",
    variants: ["that is your problem", "your problem, not ours", "your problem not ours", "not our problem"],
  },
  { term: "that's on you", variants: ["that is on you", "that one's on you"] },
  {
    term: "that's not our fault",
    variants: ["that is not our fault", "it's not our fault", "it is not our fault", "not our fault"],
  },
  { term: "your fault", negatable: true, variants: ["your own fault", "your mistake", "user error"] },
  {
    term: "should have read",
    variants: [
      "should've read",
      "if you had read",
      "if you'd read",
      "should have checked",
      "should've checked",
    ],
  },
  { term: "you must have done something wrong", variants: ["you must have done it wrong"] },
  { term: "obviously you", variants: ["clearly you didn't", "clearly you haven't", "obviously you didn't"] },
  { term: "as anyone can see", variants: ["as everyone knows", "as anyone knows", "anyone can see that"] },
  {
    term: "it's not that hard",
    variants: [
      "it is not that hard",
      "it's not rocket science",
      "it isn't that hard",
      "not that complicated",
    ],
  },
  {
    term: "you're overreacting",
    variants: [
      "you are overreacting",
      "stop overreacting",
      "you're being dramatic",
      "you are being dramatic",
    ],
  },
  { term: "deal with it", variants: ["get over it", "take it or leave it"] },
  { term: "it's not a big deal", variants: ["it is not a big deal", "not a big deal", "no big deal"] },
  {
    term: "we've already answered",
    variants: [
      "we already answered",
      "we have already answered",
      "we've answered this",
      "we've already explained",
      "we already explained",
    ],
  },
  {
    term: "you haven't understood",
    variants: [
      "you have not understood",
      "you don't understand",
      "you didn't understand",
      "you're not getting it",
    ],
  },
  {
    term: "if you don't like it, don't",
    variants: ["if you don't like it don't", "if you don't like it, go", "don't like it, don't buy"],
  },
  {
    term: "that's what it's for",
    variants: ["it's all explained", "it's all in the manual", "it's explained in the manual"],
  },
  { term: "do your research", variants: ["do some research", "do your homework", "inform yourself"] },
  { term: "everybody knows", variants: ["everyone knows"] },
  { term: "not our issue", variants: ["that's not our issue", "not our concern", "that's not our concern"] },
  {
    term: "if you'd paid attention",
    variants: [
      "if you had paid attention",
      "if you'd listened",
      "if you had listened",
      "if you'd checked",
      "if you had checked",
      "if you'd looked",
      "if you had looked",
      "if you'd followed the instructions",
      "if you had followed the instructions",
    ],
  },
  {
    term: "everything's been said",
    variants: [
      "everything has been said",
      "we won't go into",
      "we will not go into",
      "we have nothing to add",
    ],
  },
  {
    term: "nothing more to discuss",
    variants: ["there's nothing more to discuss", "end of discussion", "end of story"],
  },
  {
    term: "don't be so dramatic",
    variants: [
      "stop being dramatic",
      "no need to be dramatic",
      "no need to be so dramatic",
      "take a deep breath",
    ],
  },
  { term: "that's what you get for", variants: ["serves you right", "that's on you for"] },
  { term: "before complaining", variants: ["read the terms before", "before you complain"] },
  {
    term: "like i keep telling you",
    variants: [
      "as i keep telling you",
      "as we keep telling you",
      "like we keep saying",
      "how many times do we",
    ],
  },
  {
    term: "it's common sense",
    variants: [
      "use common sense",
      "use your common sense",
      "with all due respect",
      "no offence, but",
      "no offense, but",
    ],
  },
  {
    term: "did you even read",
    variants: ["did you even try", "if you had bothered", "if you'd bothered", "try reading"],
  },
  { term: "not our job", variants: ["it's not our job", "we're not a charity"] },
  {
    term: "nobody else has complained",
    variants: [
      "no one else has complained",
      "you're the only one complaining",
      "you're the first to complain",
    ],
  },
  {
    term: "learn to read",
    variants: ["read it properly", "read more carefully", "read the small print", "read the fine print"],
  },
  {
    term: "if you still don't get it",
    variants: ["if you still don't understand", "nothing more we can do", "there's nothing more we can do"],
  },
  {
    term: "look it up",
    variants: ["google it", "it's in the faq", "already in the faq", "check the faq yourself"],
  },
  { term: "worked up", variants: ["no need to get so", "don't get so", "no need to shout"] },
  { term: "everyone knows that", variants: ["everybody knows that", "as everybody knows"] },
  { term: "once again, please", variants: ["once again please", "we'll say it again"] },
];
