// Put in the place of the core's `lang/clause-readers.ts` when the page is built (see vite.config.ts): the core
// reads its clause readers from this object, and the page fills it with the languages it needs — the selected
// brand's, and those of its crisis statements — before it checks a reply. One language's lexical classes and
// clause rules (about 10 KB gzip) are then never downloaded by a page that does not use them.
// The readers' code is the core's own, loaded as it is; this module only decides when.

/** The readers loaded so far, by language code (the core reads this object in place of its static table). */
export const CLAUSE_READERS: Record<string, unknown> = {};

const loading = new Map<string, Promise<void>>();

/** Loads the clause reader of `lang` (`es`, `en`) once; later calls share the first load. */
export function loadLanguage(lang: "es" | "en"): Promise<void> {
  let pending = loading.get(lang);
  if (pending === undefined) {
    pending = (
      lang === "es"
        ? import("virtual:normas/reader-es").then((m) => m.spanishClauses)
        : import("virtual:normas/reader-en").then((m) => m.englishClauses)
    ).then(
      (reader) => {
        CLAUSE_READERS[lang] = reader;
      },
      (error: unknown) => {
        loading.delete(lang); // try again on the next check
        throw error;
      },
    );
    loading.set(lang, pending);
  }
  return pending;
}

/** Whether the clause reader of `lang` is loaded. */
export const hasLanguage = (lang: string): boolean => CLAUSE_READERS[lang] !== undefined;
