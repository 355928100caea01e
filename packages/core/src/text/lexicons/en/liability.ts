import { type CuedLexicon, categorized, combine } from "../lexicon-entry.js";

/**
 * English admissions of legal fault or negligence for `authority/liability-admission` (`it was our fault`,
 * `we were negligent`, `we take full responsibility for the damage`). Apologies that admit nothing (`sorry for
 * the trouble`) are absent on purpose. Written by the normas maintainers (MIT).
 */
export const englishLiability: CuedLexicon<"liability"> = {
  phrases: categorized("liability", [
    "our fault", "the blame lies with us", "we're to blame", "we are to blame", "we were negligent", "we've been negligent",
    "we have been negligent", "our negligence", "we acted negligently", "we accept full liability", "we accept liability",
    "we admit liability", "we are liable", "we're liable", "we breached", "we have breached", "we've breached", "we failed to meet safety",
    "we failed to comply", "we're at fault", "we are at fault", "we were at fault", "we were careless", "our mistake caused",
    "our error caused", "we broke the law", "we violated",
    "the fault was ours", "the fault is ours", "the fault lies with us", "the blame is ours",
    ...combine(["our"], ["technician's", "engineer's", "driver's", "staff's", "team's", "employee's", "courier's", "agent's"], ["fault"]),
  ]),
  cues: categorized("liability", [
    "we take full responsibility", "we take responsibility", "we accept full responsibility", "we accept responsibility",
    "we are responsible", "we're responsible", "we take the blame", "responsibility for the", "responsibility for your",
  ]),
  anchors: categorized("liability", [
    "damage", "damages", "injury", "injuries", "accident", "losses", "loss", "harm", "costs", "illness", "poisoning", "burn", "burns", "is ours",
  ]),
};
