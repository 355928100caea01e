import * as z from "zod";

/** A text in both languages normas writes in (refusal messages, protocol names, notes). */
export const LocalizedTextSchema = z.strictObject({
  /** English. */
  en: z.string().min(1).max(5000),
  /** Spanish. */
  es: z.string().min(1).max(5000),
});

/** A text in English and Spanish: the one localized-text type of both workflows. */
export type LocalizedText = z.output<typeof LocalizedTextSchema>;
