// Brands in a language normas does not know (`fr-FR`): the core reads their texts with the English word lists
// and writes its messages in English. That is no reason to refuse a policy, but it must not pass silently.
import type { MessageLocale, Policy } from "@normas/core";

// A record over the core's message languages: a language added to the core is a compile error here until listed.
const KNOWN: Readonly<Record<MessageLocale, true>> = { es: true, en: true };

/** The languages normas reads, as a list for messages. */
export const KNOWN_LANGUAGES = Object.keys(KNOWN) as MessageLocale[];

/** A brand whose locale is in a language normas does not know. */
export interface UnknownLocale {
  readonly brand: string;
  readonly locale: string;
  /** What a reader is told. */
  readonly message: string;
}

/** The language subtag of a locale (`es-419` → `es`). */
const languageOf = (locale: string): string => (locale.split(/[-_]/, 1)[0] ?? "").toLowerCase();

/** The brands of `policy` written in a language normas does not know, each with a message. */
export function unknownLocales(policy: Policy): UnknownLocale[] {
  const out: UnknownLocale[] = [];
  for (const brand of policy.brands) {
    if (Object.hasOwn(KNOWN, languageOf(brand.locale))) continue;
    out.push({
      brand: brand.id,
      locale: brand.locale,
      message: `brand "${brand.id}" is in ${brand.locale}, a language normas does not know (it knows ${KNOWN_LANGUAGES.join(", ")}): its texts are checked with the English word lists, so expect missed problems and false alarms.`,
    });
  }
  return out;
}
