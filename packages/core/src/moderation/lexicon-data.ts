// The moderation lexicons of both languages, gathered by role so the compiler can treat them alike.
import {
  englishIllegalItems,
  englishIllegalOffers,
  englishIllegalStrong,
} from "../lang/en/lexicons/illegal.js";
import { englishInsults } from "../lang/en/lexicons/insults.js";
import { englishSexual } from "../lang/en/lexicons/sexual.js";
import {
  englishGroupAttackPrefixes,
  englishGroupAttacks,
  englishProtectedGroups,
  englishSlurs,
} from "../lang/en/lexicons/slurs.js";
import {
  englishSpamBots,
  englishSpamCalls,
  englishSpamCrypto,
  englishSpamEarnings,
  englishSpamOffers,
  englishSpamPlaces,
  englishSpamPromoters,
  englishSpamScams,
} from "../lang/en/lexicons/spam.js";
import {
  englishThreatPhrases,
  englishThreatTargets,
  englishThreatVerbs,
} from "../lang/en/lexicons/threats.js";
import {
  spanishIllegalItems,
  spanishIllegalOffers,
  spanishIllegalStrong,
} from "../lang/es/lexicons/illegal.js";
import { spanishInsults } from "../lang/es/lexicons/insults.js";
import { spanishSexual } from "../lang/es/lexicons/sexual.js";
import {
  spanishGroupAttackPrefixes,
  spanishGroupAttacks,
  spanishProtectedGroups,
  spanishSlurs,
} from "../lang/es/lexicons/slurs.js";
import {
  spanishSpamBots,
  spanishSpamCalls,
  spanishSpamCrypto,
  spanishSpamEarnings,
  spanishSpamOffers,
  spanishSpamPlaces,
  spanishSpamPromoters,
  spanishSpamScams,
} from "../lang/es/lexicons/spam.js";
import {
  spanishThreatPhrases,
  spanishThreatTargets,
  spanishThreatVerbs,
} from "../lang/es/lexicons/threats.js";

/** @internal */
export const insultsLexicon = { es: spanishInsults, en: englishInsults } as const;

/** @internal */
export const slursLexicon = {
  es: {
    slurs: spanishSlurs,
    groups: spanishProtectedGroups,
    attacks: spanishGroupAttacks,
    prefixes: spanishGroupAttackPrefixes,
  },
  en: {
    slurs: englishSlurs,
    groups: englishProtectedGroups,
    attacks: englishGroupAttacks,
    prefixes: englishGroupAttackPrefixes,
  },
} as const;

/** @internal */
export const threatsLexicon = {
  es: { phrases: spanishThreatPhrases, verbs: spanishThreatVerbs, targets: spanishThreatTargets },
  en: { phrases: englishThreatPhrases, verbs: englishThreatVerbs, targets: englishThreatTargets },
} as const;

/** @internal */
export const sexualLexicon = { es: spanishSexual, en: englishSexual } as const;

/** @internal */
export const illegalLexicon = {
  es: { items: spanishIllegalItems, offers: spanishIllegalOffers, strong: spanishIllegalStrong },
  en: { items: englishIllegalItems, offers: englishIllegalOffers, strong: englishIllegalStrong },
} as const;

/** @internal */
export const spamLexicon = {
  es: {
    offers: spanishSpamOffers,
    calls: spanishSpamCalls,
    crypto: spanishSpamCrypto,
    bots: spanishSpamBots,
    scams: spanishSpamScams,
    earnings: spanishSpamEarnings,
    promoters: spanishSpamPromoters,
    places: spanishSpamPlaces,
  },
  en: {
    offers: englishSpamOffers,
    calls: englishSpamCalls,
    crypto: englishSpamCrypto,
    bots: englishSpamBots,
    scams: englishSpamScams,
    earnings: englishSpamEarnings,
    promoters: englishSpamPromoters,
    places: englishSpamPlaces,
  },
} as const;
