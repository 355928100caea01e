// The clause readers of the languages normas knows, by language code: the one place that imports them all. Kept
// apart from the registry (`index.ts`) so that an app that loads a language only when it needs it (the reply
// composer, `packages/server/composer`) can put its own module in this one's place at build time.
import { englishClauses } from "./en/clauses.js";
import { spanishClauses } from "./es/clauses.js";
import type { ClauseReader } from "./segment.js";

/** The clause readers of the languages normas knows, by language code. */
export const CLAUSE_READERS = {
  es: spanishClauses,
  en: englishClauses,
} as const satisfies Readonly<Record<string, ClauseReader>>;
