import { stemmer } from "../stem.js";

/** The English stemmer of crisis topics (`overheating`, `overheated`, `overheats` → `overheat`), on folded keys. */
export const stemEnglish = stemmer({
  minStem: 3,
  suffixes: ["ations", "ation", "ings", "ing", "edly", "ed", "ers", "er", "ies", "es", "s", "'s"],
});
