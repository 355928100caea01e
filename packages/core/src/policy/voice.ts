import * as z from "zod/mini";

/**
 * How a brand speaks. Every field has a default, so `voice: {}` is a valid, neutral voice.
 * Spanish address (`tú` / `usted`) and English register are checked by `voice/formality`.
 */
export const VoiceSchema = z
  .strictObject({
    /** Spanish singular address: informal `tu` (tú) or formal `usted`. */
    address: z._default(z.enum(["tu", "usted"]), "usted"),
    /**
     * Spanish plural address: `vosotros` (Spain, informal plural) or `ustedes`. Latin American brands use
     * `ustedes` for both registers. Left out: `ustedes` when `address` is `usted`; with `tu`, `vosotros` in Spain
     * (`es-ES`, `es`) and `ustedes` elsewhere (the locales are the `vosotrosLocales` option of `voice/formality`).
     */
    pluralAddress: z.optional(z.enum(["vosotros", "ustedes"])),
    /** Register: `formal` forbids contractions and slang in English (`voice/formality`); `neutral` and `casual` allow them. */
    register: z._default(z.enum(["formal", "neutral", "casual"]), "neutral"),
    /** Emoji allowed in one reply; 0 forbids them. Left out: no limit. */
    maxEmoji: z.optional(z.int().check(z.gte(0))),
    /** Emoji the brand never uses, whatever the count (in every skin tone and presentation, see `voice/emoji`). */
    bannedEmoji: z._default(z.array(z.string().check(z.minLength(1))), []),
    /**
     * Required sign-off at the end of replies (`voice/sign-off`). `template` is the literal text, where
     * `{initials}` is the author's initials and `{name}` the author's name, e.g. `^{initials}` → `^MG`;
     * `required: false` keeps the template without checking it.
     */
    signOff: z.optional(
      z.strictObject({
        required: z._default(z.boolean(), true),
        template: z._default(z.string().check(z.minLength(1), z.maxLength(64)), "^{initials}"),
      }),
    ),
    /** Per-channel length limits for this brand; they override the organisation's channel settings. */
    maxLength: z._default(z.record(z.string().check(z.minLength(1)), z.int().check(z.positive())), {}),
  })
  .register(z.globalRegistry, { description: "Brand voice" });

/** A brand's voice after defaults are applied. */
export type Voice = z.output<typeof VoiceSchema>;
