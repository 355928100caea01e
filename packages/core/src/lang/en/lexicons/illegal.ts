/**
 * English illegal offers for moderation: drugs, weapons, forged documents, stolen data and counterfeit money,
 * offered for sale.
 *
 * Written and reviewed by the normas maintainers (MIT). An `item` is only a ground with an `offer` cue in the same
 * comment (`selling`, `discreet shipping`, `DM for prices`): a customer who writes about them (`your cocaine joke
 * was tasteless`) is not offering anything. `strong` phrases are offers on their own. `coke`, `weed`, `molly` and
 * `crack` are left out: too many innocent senses (a drink, a garden, a name, a broken screen).
 */
export const englishIllegalItems: readonly string[] = [
  "cocaine",
  "meth",
  "methamphetamine",
  "heroin",
  "fentanyl",
  "mdma",
  "ecstasy pills",
  "lsd",
  "ketamine",
  "xanax",
  "oxycodone",
  "oxy",
  "percocet",
  "adderall",
  "steroids",
  "guns",
  "firearms",
  "glock",
  "glocks",
  "ak47",
  "ak 47",
  "ammo",
  "fake id",
  "fake ids",
  "fake passport",
  "fake passports",
  "counterfeit money",
  "fake money",
  "counterfeit bills",
  "cloned cards",
  "stolen credit cards",
  "stolen cards",
  "cc dumps",
  "fullz",
  "cvv",
  "stolen accounts",
  "hacked accounts",
  "fake diploma",
  "fake degree",
  "kidney",
];

/** Offer cues: the comment sells or delivers something. */
export const englishIllegalOffers: readonly string[] = [
  "selling",
  "i sell",
  "we sell",
  "for sale",
  "dm me",
  "dm for",
  "hmu",
  "hit me up",
  "text me",
  "whatsapp",
  "telegram",
  "wickr",
  "discreet shipping",
  "discreet delivery",
  "ship worldwide",
  "shipping worldwide",
  "no prescription",
  "without prescription",
  "available now",
  "in stock",
  "plug",
];

/** Phrases that are illegal offers on their own. */
export const englishIllegalStrong: readonly string[] = [
  "buy cocaine",
  "buy fake id",
  "buy fake passports",
  "buy cloned cards",
  "buy stolen accounts",
  "buy guns without",
];
