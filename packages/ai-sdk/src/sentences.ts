// Sentence ends in text that arrives piece by piece. Each character is looked at once, whatever the size of the
// pieces, with a few characters of state (no regular expression, no looking back into the text): a sentence ends
// after `.`, `!`, `?`, `…` (and closing quotes, brackets or emphasis) followed by white space, at a line break,
// at a space once it has run past `maxLength`, and anywhere at twice that: text held back waiting for an end
// stays bounded, so a reply without any (a URL, a run of dots) neither waits for ever nor costs more than linear.

// Words that end in a full stop without ending the sentence (compared in lower case).
const ABBREVIATIONS = new Set([
  // Spanish
  "sr",
  "sra",
  "srta",
  "dr",
  "dra",
  "ud",
  "uds",
  "vd",
  "vds",
  "núm",
  "nº",
  "pág",
  "tel",
  "aprox",
  "dña",
  "avda",
  "ej",
  // English
  "mr",
  "mrs",
  "ms",
  "st",
  "vs",
  "jr",
  "approx",
  "dept",
]);

const TERMINAL = new Set([".", "!", "?", "…", "。", "！", "？"]);
const CLOSERS = new Set(['"', "'", "”", "’", "»", ")", "]", "*", "_", "`"]);
const isSpace = (ch: string): boolean => ch === " " || ch === "\t" || ch === "\n" || ch === "\r";
const isLowSurrogate = (ch: string): boolean => ch >= "\udc00" && ch <= "\udfff";
const isLetter = (ch: string): boolean => ch.toLowerCase() !== ch.toUpperCase() || ch === "º";

/** Finds sentence ends in a growing buffer; offsets are into that buffer. */
export class SentenceScanner {
  /** Next offset to look at. */
  private at = 0;
  /** Start of the current sentence. */
  private start = 0;
  /** After a sentence-ending mark: the offset just past it (and its closers); -1 otherwise. */
  private candidate = -1;
  /** The first letters of the word being read (at most 6), for abbreviations. */
  private word = "";
  /** Whether the word being read is longer than `word` holds (then it is no abbreviation). */
  private longWord = false;
  /** Whether the line so far holds only digits (`1.` starts a list item, not a sentence end). */
  private digitsOnly = true;

  constructor(private readonly maxLength = 400) {}

  /**
   * The end of the next complete sentence in `buffer` (exclusive), or -1 when more text is needed. Call again
   * after each end found: several sentences may be complete.
   */
  next(buffer: string): number {
    const n = buffer.length;
    while (this.at < n) {
      const i = this.at;
      const ch = buffer[i] as string;
      if (i - this.start >= 2 * this.maxLength && !isLowSurrogate(ch)) {
        // No end in sight: cut here (never inside a surrogate pair).
        this.startAt(i);
        return i;
      }
      this.at++;
      if (this.candidate !== -1) {
        if (CLOSERS.has(ch) || TERMINAL.has(ch)) {
          this.candidate = i + 1;
          continue;
        }
        if (isSpace(ch)) {
          const end = this.candidate;
          this.startAt(end);
          // The space is looked at again as the first character of the next sentence.
          this.at = end;
          return end;
        }
        // `3.5`, `acme.com`, `¿Sí?No`: not an end after all.
        this.candidate = -1;
      }
      if (ch === "\n") {
        this.startAt(i + 1);
        this.digitsOnly = true;
        return i + 1;
      }
      if (TERMINAL.has(ch)) {
        const abbreviation =
          ch === "." &&
          (this.longWord
            ? false
            : (this.word.length === 1 && this.word !== "y" && this.word !== "o") ||
              ABBREVIATIONS.has(this.word.toLowerCase()) ||
              (this.digitsOnly && this.word === "" && this.sawDigit(buffer, i)));
        this.word = "";
        this.longWord = false;
        if (!abbreviation) this.candidate = i + 1;
        continue;
      }
      if (isLetter(ch)) {
        if (this.word.length < 6) this.word += ch;
        else this.longWord = true;
        this.digitsOnly = false;
        continue;
      }
      this.word = "";
      this.longWord = false;
      if (!(ch >= "0" && ch <= "9") && !isSpace(ch)) this.digitsOnly = false;
      if (isSpace(ch) && i - this.start >= this.maxLength) {
        // A run-on sentence: cut at a space so that text is not held back without bound.
        this.startAt(i);
        this.at = i;
        return i;
      }
    }
    return -1;
  }

  /** Forgets the first `count` characters of the buffer (they were released). */
  shift(count: number): void {
    this.at -= count;
    this.start -= count;
    if (this.candidate !== -1) this.candidate -= count;
  }

  private startAt(offset: number): void {
    this.start = offset;
    this.candidate = -1;
    this.word = "";
    this.longWord = false;
  }

  /** Whether the character before `i` is a digit (a list number such as `12.` at a line start). */
  private sawDigit(buffer: string, i: number): boolean {
    const prev = buffer[i - 1];
    return prev !== undefined && prev >= "0" && prev <= "9";
  }
}
