// Light stemming for topic matching: strips inflectional and common derivational endings so that a crisis topic
// (`filtración`, `overheating`) meets its family (`se filtraron`, `overheated`). Suffix lists are per language;
// the longest suffix that leaves a stem of at least `minStem` characters is removed, once. No regular expression.

/** A language's suffixes, longest first, and the shortest stem it may leave. */
export interface StemRules {
  /** Endings to strip, tried longest first. */
  readonly suffixes: readonly string[];
  /** The shortest stem left behind. */
  readonly minStem: number;
}

/** Builds a stemmer from suffix rules: one pass, longest matching suffix first. */
export function stemmer(rules: StemRules): (key: string) => string {
  const suffixes = [...rules.suffixes].sort((a, b) => b.length - a.length);
  return (key: string): string => {
    for (const s of suffixes)
      if (key.length - s.length >= rules.minStem && key.endsWith(s)) return key.slice(0, -s.length);
    return key;
  };
}
