/**
 * The word lists behind the moderation frames, one object per language (`lang/<code>/lexicons/moderation-frames.ts`).
 * Each list holds folded words or phrases; a frame reads two of them together (a group and a generalisation, a body
 * word and an identifiable person, card data and a request, an illicit item and an offer).
 */
export interface ModerationFrameLexicon {
  /** Protected groups: nationalities, ethnic groups, religions, disability, gender, orientation. */
  readonly groups: readonly string[];
  /** Cues that blame, generalise about or expel a group (`por eso`, `no wonder`, `send them back`). */
  readonly generalise: readonly string[];
  /** Violent acts, whoever says them and in any mood (`partirle las piernas`, `deserves a bullet`). */
  readonly harm: readonly string[];
  /** Intimidation (`sé dónde aparca`, `see what happens`, `que vaya con cuidado`). */
  readonly intimidation: readonly string[];
  /** Words that mock a body or a face. */
  readonly body: readonly string[];
  /** Words that point at an identifiable person (staff roles, `the girl at the till`, `the model in the ad`). */
  readonly person: readonly string[];
  /** Payment-card data (`número de tarjeta`, `CVV`, `expiry date`). */
  readonly cardData: readonly string[];
  /** Asking for something to be sent (`mándanos`, `DM us`, `reply with`). */
  readonly request: readonly string[];
  /** A link written to dodge filters (`dot com`, `punto es`, `quitad los espacios`, `[.]`). */
  readonly obfuscation: readonly string[];
  /** Get-rich schemes (`gano 300 al día`, `made £4k from my phone`, `invest … receive`). */
  readonly scheme: readonly string[];
  /** Illicit goods (`sin receta`, `weed`, `falsificadas`, `cloned`, `base de datos`). */
  readonly illicit: readonly string[];
  /** Offering goods (`vendo`, `selling`, `anyone want`, `las consigo`). */
  readonly offer: readonly string[];
  /** Sexual content aimed at a person (`sit on my face`, `fotos desnuda`). */
  readonly sexual: readonly string[];
  /** Number words for phone numbers spelt out (`seis uno cuatro`, `oh seven seven double oh`). */
  readonly numbers: readonly string[];
  /** Verbs of hitting and breaking (`partir`, `smash`), a threat beside a body part in one sentence. */
  readonly violentVerbs: readonly string[];
  /** Body parts (`la cara`, `legs`), read with {@link ModerationFrameLexicon.violentVerbs}. */
  readonly bodyParts: readonly string[];
  /**
   * Vague warnings (`ya veréis`, `avisados estáis`, `your call`, `just saying`): a threat only beside harm, a
   * weapon or a violent verb in the same comment — alone they are a customer's warning, not intimidation.
   */
  readonly warning: readonly string[];
  /** Weapons (`escopeta`, `shotgun`), read with {@link ModerationFrameLexicon.possession} and a warning. */
  readonly weapon: readonly string[];
  /** Having something (`tengo una`, `I've got a`), read with {@link ModerationFrameLexicon.weapon}. */
  readonly possession: readonly string[];
  /** Telling people of another origin to leave (`que se vuelvan a su país`, `send them back`): hate alone. */
  readonly exclusion: readonly string[];
}
