// Attribution of a borrowed fragment: it must be quoted AND credited nearby. Both parts are found with linear
// scans and folded-word comparisons; no regular expression is built from the source's author, handle or url.
import type {
  Attribution,
  CreditEvidence,
  CreditKind,
  QuoteEvidence,
  QuoteStyle,
} from "../engine/source-lookup.js";
import { type FoldedWords, foldedWords } from "./words.js";

/** What is known of a source, to recognise a credit to it. */
export interface SourceCredit {
  /** The author's name (e.g. `Julio Cortázar`); the full name or its last word (4+ letters) counts. */
  readonly author?: string | undefined;
  /** The author's handle (e.g. `@jcortazar`); any `@handle` near the quote counts as a credit. */
  readonly handle?: string | undefined;
  /** The source's address; a link to it (or to a page under it) counts. */
  readonly url?: string | undefined;
}

/** Options of {@link detectAttribution}. */
export interface AttributionOptions {
  /** How far (UTF-16 units) before and after the quotation a credit is looked for. Default 160. */
  readonly window?: number;
  /** The fragment counts as quoted when fewer than this many of its words lie outside quotations. Default 8. */
  readonly maxUnquotedWords?: number;
}

// Credit markers, folded (see LEXICONS.md). Multi-word markers are word sequences; `*` stands for 1–4 words.
const MARKERS: readonly (readonly string[])[] = [
  ["segun"],
  ["como", "escribio"],
  ["como", "escribe"],
  ["como", "dijo"],
  ["como", "dice"],
  ["en", "palabras", "de"],
  ["citando", "a"],
  ["via"],
  ["fuente"],
  ["as", "*", "wrote"],
  ["as", "*", "writes"],
  ["as", "*", "said"],
  ["as", "*", "says"],
  ["as", "*", "puts", "it"],
  ["as", "*", "put", "it"],
  ["according", "to"],
  ["in", "the", "words", "of"],
  ["quoting"],
  ["source"],
  ["credit"],
  ["h", "t"],
];
// Markers that only count followed by a colon (`source` alone is too common a word).
const COLON_MARKERS = new Set(["source", "fuente", "credit"]);
const URL_RE = /(?:https?:\/\/|www\.)[^\s<>"'«»“”]+/giu;
const HANDLE_RE = /(?<![\p{L}\p{N}_])@[\p{L}\p{N}_]{2,30}/gu;
const LETTER = /[\p{L}\p{N}]/u;

const CLOSERS: Readonly<Record<string, { close: string; style: QuoteStyle }>> = {
  "«": { close: "»", style: "guillemets" },
  "‹": { close: "›", style: "guillemets" },
  "“": { close: "”", style: "curly-double" },
  "„": { close: "“", style: "low-high" },
  '"': { close: '"', style: "straight-double" },
  "‘": { close: "’", style: "curly-single" },
};

/**
 * Every quotation of `text`: text between paired quotation marks of a common style (`«»`, `“”`, `„“`, `""`,
 * `‘’`) and runs of blockquote lines (starting with `>`). A quotation never spans a blank line.
 *
 * @example
 * ```ts
 * findQuotations('Como dijo Ana: «menos es más».'); // [{ start: 15, end: 29, style: "guillemets" }]
 * findQuotations("> Less is more.\n— Ana"); // [{ start: 0, end: 15, style: "blockquote" }]
 * ```
 */
export function findQuotations(text: string): QuoteEvidence[] {
  const out: QuoteEvidence[] = [];
  let open: { at: number; close: string; style: QuoteStyle } | null = null;
  let lineStart = true;
  let block: { start: number; end: number } | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (lineStart) {
      let j = i;
      while (text.charAt(j) === " " || text.charAt(j) === "\t") j++;
      if (text.charAt(j) === ">") {
        const eol = text.indexOf("\n", j);
        const end = eol === -1 ? text.length : eol;
        if (block && block.end + 1 >= i) block.end = end;
        else {
          if (block) out.push({ ...block, style: "blockquote" });
          block = { start: j, end };
        }
      }
    }
    lineStart = ch === "\n";
    if (ch === "\n") {
      let j = i + 1;
      while (text.charAt(j) === " " || text.charAt(j) === "\t" || text.charAt(j) === "\r") j++;
      if (text.charAt(j) === "\n") open = null; // a blank line ends any open quotation
      continue;
    }
    if (open) {
      if (ch === open.close && (open.style !== "curly-single" || !LETTER.test(text.charAt(i + 1)))) {
        if (i > open.at + 1) out.push({ start: open.at, end: i + 1, style: open.style });
        open = null;
      }
      continue;
    }
    const pair = CLOSERS[ch];
    if (pair && (pair.style !== "curly-single" || !LETTER.test(text.charAt(i - 1)))) {
      open = { at: i, close: pair.close, style: pair.style };
    }
  }
  if (block) out.push({ ...block, style: "blockquote" });
  return out.sort((a, b) => a.start - b.start);
}

function wordCountOutside(
  text: string,
  start: number,
  end: number,
  quotes: readonly QuoteEvidence[],
): number {
  let count = 0;
  let at = start;
  for (const q of quotes) {
    if (q.end <= at || q.start >= end) continue;
    if (q.start > at) count += foldedWords(text, at, q.start).words.length;
    at = Math.max(at, q.end);
  }
  if (at < end) count += foldedWords(text, at, end).words.length;
  return count;
}

function normaliseUrl(url: string): string {
  let u = url.trim().toLowerCase();
  for (const prefix of ["https://", "http://"]) if (u.startsWith(prefix)) u = u.slice(prefix.length);
  if (u.startsWith("www.")) u = u.slice(4);
  while (u.endsWith("/") || u.endsWith(".") || u.endsWith(",") || u.endsWith(")")) u = u.slice(0, -1);
  return u;
}

function findSequence(words: FoldedWords, seq: readonly string[]): { first: number; last: number } | null {
  const w = words.words;
  for (let i = 0; i < w.length; i++) {
    let j = i;
    let ok = true;
    for (let s = 0; s < seq.length && ok; s++) {
      const want = seq[s];
      if (want === "*") {
        // 1–4 words, then the rest of the sequence must follow
        const rest = seq.slice(s + 1);
        for (let skip = 1; skip <= 4 && j + skip < w.length; skip++) {
          const tail = findSequence({ ...words, words: w.slice(j + skip, j + skip + rest.length) }, rest);
          if (tail && tail.first === 0) return { first: i, last: j + skip + rest.length - 1 };
        }
        ok = false;
      } else if (w[j] === want) j++;
      else ok = false;
    }
    if (ok) return { first: i, last: j - 1 };
  }
  return null;
}

/** Credits in `text[from, to)`: the source's author or url, any `@handle`, or a credit marker. */
export function findCredits(
  text: string,
  from: number,
  to: number,
  source: SourceCredit = {},
): CreditEvidence[] {
  const out: CreditEvidence[] = [];
  const slice = text.slice(from, to);
  const words = foldedWords(text, from, to);
  const add = (start: number, end: number, kind: CreditKind): void => {
    out.push({ start, end, kind, text: text.slice(start, end) });
  };
  if (source.author) {
    const name = foldedWords(source.author).words;
    const last = name[name.length - 1];
    const hit = findSequence(words, name) ?? (last && last.length >= 4 ? findSequence(words, [last]) : null);
    if (hit) add(words.starts[hit.first] ?? from, words.ends[hit.last] ?? to, "author");
  }
  for (const m of slice.matchAll(HANDLE_RE)) add(from + m.index, from + m.index + m[0].length, "handle");
  if (source.url) {
    const want = normaliseUrl(source.url);
    for (const m of slice.matchAll(URL_RE)) {
      const got = normaliseUrl(m[0]);
      if (want.length > 0 && (got === want || got.startsWith(`${want}/`) || want.startsWith(`${got}/`))) {
        add(from + m.index, from + m.index + m[0].length, "url");
      }
    }
  }
  for (const marker of MARKERS) {
    const hit = findSequence(words, marker);
    if (!hit) continue;
    const end = words.ends[hit.last] ?? to;
    const first = marker[0] ?? "";
    if (marker.length === 1 && COLON_MARKERS.has(first) && text.charAt(end) !== ":") continue;
    add(words.starts[hit.first] ?? from, end, "marker");
  }
  return out;
}

/**
 * Whether the fragment `[start, end)` of `text` is attributed: it lies within quotation marks (or blockquote
 * lines) and a credit — the author's name, an `@handle`, a link to the source, or a marker such as `según`,
 * `como escribió`, `vía`, `fuente:`, `as X wrote`, `via`, `source:` — stands within `window` characters of the
 * quotation. A quote without credit, or a credit without quote, is not an attribution; both parts are reported.
 *
 * @example
 * ```ts
 * const es = "Como escribió Ana Pérez: «la calidad nunca es un accidente, siempre es el resultado del esfuerzo».";
 * detectAttribution(es, 26, 96, { author: "Ana Pérez" }).attributed; // true
 * const en = "Quality is never an accident; it is always the result of effort.";
 * detectAttribution(en, 0, en.length, { author: "Ana Pérez" }).attributed; // false: neither quoted nor credited
 * ```
 */
export function detectAttribution(
  text: string,
  start: number,
  end: number,
  source: SourceCredit = {},
  options: AttributionOptions = {},
  quotations: readonly QuoteEvidence[] = findQuotations(text),
): Attribution {
  const window = options.window ?? 160;
  const maxUnquoted = options.maxUnquotedWords ?? 8;
  const around = quotations.filter((q) => q.end > start && q.start < end);
  const quote =
    around.length > 0 && wordCountOutside(text, start, end, around) < maxUnquoted
      ? {
          start: around[0]?.start ?? start,
          end: around[around.length - 1]?.end ?? end,
          style: around[0]?.style ?? "blockquote",
        }
      : null;
  const from = quote ? quote.start : start;
  const to = quote ? quote.end : end;
  const credits = [
    ...findCredits(text, Math.max(0, from - window), from, source),
    ...findCredits(text, to, Math.min(text.length, to + window), source),
  ];
  // a dash right after a quotation introduces its author: «…» — Ana
  if (quote) {
    let j = to;
    while (text.charAt(j) === " " || text.charAt(j) === "\n") j++;
    if ((text.charAt(j) === "—" || text.charAt(j) === "―" || text.charAt(j) === "–") && j - to <= 3) {
      const next = foldedWords(text, j + 1, Math.min(text.length, j + 80));
      if (next.words.length > 0)
        credits.push({
          start: j,
          end: next.ends[0] ?? j + 1,
          kind: "marker",
          text: text.slice(j, next.ends[0] ?? j + 1),
        });
    }
  }
  const distance = (c: CreditEvidence): number => (c.end <= from ? from - c.end : c.start - to);
  const rank: Readonly<Record<CreditKind, number>> = { url: 0, author: 1, handle: 2, marker: 3 };
  credits.sort((x, y) => rank[x.kind] - rank[y.kind] || distance(x) - distance(y));
  const credit = credits[0] ?? null;
  return { attributed: quote !== null && credit !== null, quote, credit };
}
