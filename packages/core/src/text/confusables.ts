// Homoglyphs folded to Latin for matching. A hand-picked subset of Unicode's confusables.txt
// (https://www.unicode.org/Public/security/latest/confusables.txt, Unicode License v3): the Cyrillic,
// Greek, Armenian and Latin small-capital letters that people use to dodge word filters.
// Keys are LOWERCASE: the table is applied after case folding, so `А` and `а` fold alike (a folding that
// treated the two cases differently would break case folding of real Cyrillic text). Where the two cases
// look like different Latin letters (Cyrillic `В`/`в`, Greek `Η`/`η`) we keep the lowercase reading
// unless the uppercase is the common evasion (Cyrillic в, н, к, м, т: uppercase looks Latin).
// Fullwidth and mathematical letters need no entry: NFKC folds them before this table is read.

/** Lowercase homoglyph → Latin letter (see `LEXICONS.md`). */
export const CONFUSABLES: Readonly<Record<string, string>> = {
  // Cyrillic
  "\u0430": "a", // а
  "\u0432": "b", // в (В)
  "\u0433": "r", // г
  "\u0435": "e", // е
  "\u0451": "e", // ё
  "\u0454": "e", // є
  "\u0455": "s", // ѕ
  "\u0456": "i", // і
  "\u0457": "i", // ї
  "\u0458": "j", // ј
  "\u043a": "k", // к (К)
  "\u043c": "m", // м (М)
  "\u043d": "h", // н (Н)
  "\u043e": "o", // о
  "\u043f": "n", // п
  "\u0440": "p", // р
  "\u0441": "c", // с
  "\u0442": "t", // т (Т)
  "\u0443": "y", // у
  "\u0445": "x", // х
  "\u0438": "u", // и
  "\u0448": "w", // ш
  "\u044c": "b", // ь
  "\u04bb": "h", // һ
  "\u04cf": "l", // ӏ (palochka)
  "\u0501": "d", // ԁ
  "\u051b": "q", // ԛ
  "\u051d": "w", // ԝ
  // Greek
  "\u03b1": "a", // α
  "\u03b2": "b", // β
  "\u03b3": "y", // γ
  "\u03b5": "e", // ε
  "\u03b7": "n", // η
  "\u03b9": "i", // ι
  "\u03ba": "k", // κ
  "\u03bc": "u", // μ (also NFKC of µ)
  "\u03bd": "v", // ν
  "\u03bf": "o", // ο
  "\u03c1": "p", // ρ
  "\u03c4": "t", // τ
  "\u03c5": "u", // υ
  "\u03c7": "x", // χ
  "\u03c9": "w", // ω
  "\u03b6": "z", // ζ (Ζ)
  // Armenian
  "\u0585": "o", // օ
  "\u0578": "n", // ո
  "\u057d": "u", // ս
  "\u0570": "h", // հ
  // Latin look-alikes that NFKC keeps
  "\u0131": "i", // ı dotless i
  "\u0251": "a", // ɑ
  "\u0261": "g", // ɡ
  "\u1d00": "a", // ᴀ
  "\u0299": "b", // ʙ
  "\u1d04": "c", // ᴄ
  "\u1d05": "d", // ᴅ
  "\u1d07": "e", // ᴇ
  "\u0262": "g", // ɢ
  "\u029c": "h", // ʜ
  "\u026a": "i", // ɪ
  "\u1d0a": "j", // ᴊ
  "\u1d0b": "k", // ᴋ
  "\u029f": "l", // ʟ
  "\u1d0d": "m", // ᴍ
  "\u0274": "n", // ɴ
  "\u1d0f": "o", // ᴏ
  "\u1d18": "p", // ᴘ
  "\u0280": "r", // ʀ
  "\ua731": "s", // ꜱ
  "\u1d1b": "t", // ᴛ
  "\u1d1c": "u", // ᴜ
  "\u1d20": "v", // ᴠ
  "\u1d21": "w", // ᴡ
  "\u028f": "y", // ʏ
  "\u1d22": "z", // ᴢ
};
