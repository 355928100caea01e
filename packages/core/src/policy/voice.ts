import * as z from "zod";

/**
 * How a brand speaks. Every field has a default, so `voice: {}` is a valid, neutral voice.
 * Spanish address (`tú` / `usted`) and English register are checked by `voice/formality`.
 */
export const VoiceSchema = z
  .strictObject({
    /** Spanish singular address: informal `tu` (tú) or formal `usted`. */
    address: z.enum(["tu", "usted"]).default("usted"),
    /**
     * Spanish plural address: `vosotros` (Spain, informal plural) or `ustedes`. Latin American brands use
     * `ustedes` for both registers. Left out: `ustedes` when `address` is `usted`; with `tu`, `vosotros` in Spain
     * (`es-ES`, `es`) and `ustedes` elsewhere (the locales are the `vosotrosLocales` option of `voice/formality`).
     */
    pluralAddress: z.enum(["vosotros", "ustedes"]).optional(),
    /** Register: `formal` forbids contractions and slang in English (`voice/formality`); `neutral` and `casual` allow them. */
    register: z.enum(["formal", "neutral", "casual"]).default("neutral"),
    /** Emoji allowed in one reply; 0 forbids them. Left out: no limit. */
    maxEmoji: z.int().min(0).optional(),
    /** Emoji the brand never uses, whatever the count (in every skin tone and presentation, see `voice/emoji`). */
    bannedEmoji: z.array(z.string().min(1)).default([]),
    /**
     * Required sign-off at the end of replies (`voice/sign-off`). `template` is the literal text, where
     * `{initials}` is the author's initials and `{name}` the author's name, e.g. `^{initials}` → `^MG`;
     * `required: false` keeps the template without checking it.
     */
    signOff: z
      .strictObject({
        required: z.boolean().default(true),
        template: z.string().min(1).max(64).default("^{initials}"),
      })
      .optional(),
    /** Per-channel length limits for this brand; they override the organisation's channel settings. */
    maxLength: z.record(z.string().min(1), z.int().positive()).default({}),
  })
  .describe("Brand voice");

/** A brand's voice after defaults are applied. */
export type Voice = z.output<typeof VoiceSchema>;
