// The fix the authority rules offer: replace the sentence that commits with one that hands the matter to
// someone who may decide.

import type { MessageLocale } from "../../model/locale.js";
import type { Suggestion } from "../../model/violation.js";
import type { Brand } from "../../policy/schema.js";
import { sentenceAt } from "./reply-context.js";

const DEFERRALS = {
  en: "We've passed this to the team that can confirm it, and they'll get back to you.",
  usted: "Lo hemos trasladado al equipo que puede confirmarlo y le responderán en breve.",
  tu: "Lo hemos trasladado al equipo que puede confirmarlo y te responderán en breve.",
} as const;

/** A fix that replaces the sentence around `[start, end)` with a deferral in the brand's voice. */
export function deferralFix(
  source: string,
  start: number,
  end: number,
  lang: MessageLocale,
  brand: Brand,
): Suggestion {
  const sentence = sentenceAt(source, start, end);
  let s = sentence.start;
  while (s < sentence.end && /\s/.test(source[s] as string)) s++;
  const text = lang === "en" ? DEFERRALS.en : brand.voice.address === "tu" ? DEFERRALS.tu : DEFERRALS.usted;
  return {
    description:
      lang === "es" ? "Derivar al equipo que puede confirmarlo" : "Hand it to the team that can confirm it",
    edits: [{ start: s, end: sentence.end, text }],
  };
}
