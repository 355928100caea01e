/**
 * English spam signals for moderation. Written and reviewed by the normas maintainers (MIT).
 *
 * None of the `offer`, `cta` or `crypto` terms is a ground alone: the classifier needs two kinds together (an offer
 * with a link or a contact cue, crypto with a money promise) so that `is this giveaway real?` or `I paid in bitcoin
 * and got nothing` stay clean. `bot` and `scam` phrases are spam on their own.
 */
export const englishSpamOffers: readonly string[] = [
  "make money",
  "earn money",
  "easy money",
  "work from home",
  "working from home",
  "extra income",
  "passive income",
  "free followers",
  "free likes",
  "buy followers",
  "cheap followers",
  "promo code",
  "exclusive offer",
  "limited offer",
  "free iphone",
  "gift card",
  "prize",
  "you won",
  "you've won",
  "free spins",
  "welcome bonus",
  "casino",
  "betting",
  "fast loan",
  "payday loan",
  "replica watches",
];

/** Calls to action: contact, follow, click. */
export const englishSpamCalls: readonly string[] = [
  "click here",
  "click the link",
  "click link",
  "tap the link",
  "visit",
  "check out",
  "dm me",
  "dm her",
  "dm him",
  "message me",
  "message her",
  "contact her",
  "contact him",
  "contact me",
  "reach out to",
  "whatsapp",
  "telegram",
  "follow me",
  "sign up",
  "register now",
  "claim",
  "download",
];

/** Crypto and trading vocabulary (spam only with a money promise). */
export const englishSpamCrypto: readonly string[] = [
  "bitcoin",
  "bitcoins",
  "btc",
  "eth",
  "ethereum",
  "usdt",
  "crypto",
  "cryptocurrency",
  "binance",
  "forex",
  "binary options",
  "airdrop",
  "nft",
  "wallet",
];

/** Bot and engagement-farming patterns: spam on their own. */
export const englishSpamBots: readonly string[] = [
  "check my profile",
  "check out my profile",
  "visit my profile",
  "check my page",
  "check out my page",
  "link in bio",
  "link in my bio",
  "follow for follow",
  "follow back",
  "f4f",
  "l4l",
  "sub4sub",
  "dm to collab",
  "dm for collab",
  "dm us to collab",
  "send pic to",
  "promote it on",
];

/** Scam phrases: spam on their own. */
export const englishSpamScams: readonly string[] = [
  "double your money",
  "double your bitcoin",
  "double your crypto",
  "send btc",
  "send eth",
  "send bitcoin",
  "guaranteed returns",
  "guaranteed profit",
  "guaranteed profits",
  "investment opportunity",
  "claim your prize",
  "claim your reward",
  "you have been selected",
  "you've been selected",
  "you won an iphone",
  "bitcoin giveaway",
  "crypto giveaway",
  "elon musk giveaway",
];

/** Claims of earnings (spam only with an amount of money and a contact cue, a link or crypto). */
export const englishSpamEarnings: readonly string[] = [
  "i earn",
  "i made",
  "i've made",
  "earned",
  "earning",
  "investment",
  "invest",
  "investing",
  "profit",
  "profits",
  "returns",
];

/** The "mentor" of investment scams (spam with a contact cue). */
export const englishSpamPromoters: readonly string[] = [
  "thanks to mrs",
  "thanks to mr",
  "my account manager",
  "expert trader",
  "mentor",
  "trader",
];

/** Where a spammer points to (spam with sexual content or an offer). */
export const englishSpamPlaces: readonly string[] = [
  "on my profile",
  "in my bio",
  "in the bio",
  "in bio",
  "on my page",
  "on my channel",
];
