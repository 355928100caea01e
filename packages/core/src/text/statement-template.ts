import { normalizeText } from "./normalize.js";

/** A statement template split into literal text and `{slot}` names, in order. */
export interface TemplateParts {
  /** Literal pieces; `literals.length === slots.length + 1` (pieces may be empty). */
  readonly literals: readonly string[];
  /** Slot names between the literals. */
  readonly slots: readonly string[];
}

// Fixed, linear: a brace, a run of word characters, a brace.
const SLOT = /\{([\p{L}\p{N}_-]{1,64})\}/gu;

/** Splits a template such as `Update on {canal} before {fecha}.` into literals and slot names. */
export function parseTemplate(template: string): TemplateParts {
  const literals: string[] = [];
  const slots: string[] = [];
  let last = 0;
  for (const m of template.matchAll(SLOT)) {
    literals.push(template.slice(last, m.index));
    slots.push(m[1] as string);
    last = m.index + m[0].length;
  }
  literals.push(template.slice(last));
  return { literals, slots };
}

/** The result of filling a template: the text, or the slots left without a value. */
export type FillResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly missing: string[] };

/**
 * Fills the `{slot}` placeholders of an approved statement. Every slot needs a non-empty value;
 * the missing ones are listed.
 *
 * @example
 * ```ts
 * fillStatement("Más información en {canal} antes del {fecha}.", { canal: "X", fecha: "12 de mayo" });
 * // { ok: true, text: "Más información en X antes del 12 de mayo." }
 * ```
 */
export function fillStatement(template: string, values: Readonly<Record<string, string>> = {}): FillResult {
  const { literals, slots } = parseTemplate(template);
  const missing = [
    ...new Set(slots.filter((s) => !(Object.hasOwn(values, s) && (values[s] ?? "").trim() !== ""))),
  ];
  if (missing.length > 0) return { ok: false, missing };
  let text = literals[0] ?? "";
  slots.forEach((s, i) => {
    text += (values[s] as string) + (literals[i + 1] ?? "");
  });
  return { ok: true, text };
}

/**
 * Folds a text for statement comparison: the matcher's folding, with runs of spaces squeezed and a space put back
 * after a sentence mark that runs into a capital (`investigando.Daremos`), as a hurried copy leaves it.
 */
export function foldStatement(text: string): string {
  return expandContractions(squeezeSpaces(normalizeText(spaceAfterStops(text)).text));
}

/**
 * `del` → `de el`, `al` → `a el` as whole words, on both sides of a comparison, so that a slot after `de` or `a`
 * may begin with an article (`antes de {hora}` filled as `antes del jueves`).
 */
function expandContractions(folded: string): string {
  if (!folded.includes("del") && !folded.includes("al")) return folded;
  let out = "";
  let from = 0;
  for (let i = 0; i < folded.length; i++) {
    const startOfWord = i === 0 || folded[i - 1] === " ";
    if (!startOfWord) continue;
    const word = folded.startsWith("del", i) ? "del" : folded.startsWith("al", i) ? "al" : "";
    if (word === "") continue;
    const after = folded[i + word.length];
    if (after !== undefined && after !== " " && after !== "," && after !== ".") continue;
    out += folded.slice(from, i) + (word === "del" ? "de el" : "a el");
    from = i + word.length;
  }
  return out + folded.slice(from);
}

/** `a.B` → `a. B` (a stop between a lowercase letter and a capital); addresses and decimals keep theirs. */
function spaceAfterStops(text: string): string {
  let out = "";
  let from = 0;
  for (let i = 1; i + 1 < text.length; i++) {
    const c = text[i] as string;
    if (c !== "." && c !== "!" && c !== "?" && c !== ";") continue;
    const before = text[i - 1] as string;
    const after = text[i + 1] as string;
    const lower = before !== before.toUpperCase() && before === before.toLowerCase();
    const upper = after !== after.toLowerCase() && after === after.toUpperCase();
    if (lower && upper) {
      out += `${text.slice(from, i + 1)} `;
      from = i + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Squeezes runs of white space to one space and trims (for an already folded text). */
export function squeezeSpaces(folded: string): string {
  let out = "";
  let space = false;
  for (const ch of folded) {
    if (ch === " " || ch === "\n" || ch === "\t" || ch === "\r" || ch === "\u00a0") space = out.length > 0;
    else {
      if (space) out += " ";
      out += ch;
      space = false;
    }
  }
  return out;
}

/** A template prepared for matching: its literals folded. */
export interface CompiledTemplate {
  /** Folded literal pieces, one more than the slots. */
  readonly literals: readonly string[];
}

/** Prepares a template for {@link matchesTemplate}. */
export function compileTemplate(template: string): CompiledTemplate {
  const { literals } = parseTemplate(template);
  // Fold each literal alone; a trailing or leading space of a piece next to a slot must survive folding.
  return {
    literals: literals.map((l, i) => {
      const f = foldStatement(l);
      const lead = i > 0 && /^\s/.test(l) && f !== "" ? " " : "";
      const trail = i < literals.length - 1 && /\s$/.test(l) && f !== "" ? " " : "";
      return lead + f + trail;
    }),
  };
}

/** Longest text a slot may hold when matching, in UTF-16 code units of folded text. */
export const MAX_SLOT_LENGTH = 100;

// A slot holds a short phrase: no sentence break inside, so that extra sentences cannot hide in a slot.
const slotFits = (fill: string): boolean =>
  fill.length >= 1 &&
  fill.length <= MAX_SLOT_LENGTH &&
  // A slot left as written (`{channel}`) is not filled.
  !fill.includes("{") &&
  !fill.includes(". ") &&
  !fill.includes("! ") &&
  !fill.includes("? ") &&
  !fill.includes("; ");

/**
 * Whether a folded text is the template with each slot filled by a short phrase (1 to
 * {@link MAX_SLOT_LENGTH} characters, no sentence break). Literal pieces are found in order with `indexOf`
 * (leftmost first); no RegExp is built. Leftmost matching can, in contrived templates, miss a valid
 * filling: the statement is then reported for a person to review, never silently passed.
 */
export function matchesTemplate(folded: string, template: CompiledTemplate): boolean {
  const lits = template.literals;
  const first = lits[0] ?? "";
  if (lits.length === 1) return folded === first;
  if (!folded.startsWith(first)) return false;
  const lastLit = lits[lits.length - 1] ?? "";
  const end = folded.length - lastLit.length;
  if (end < first.length || !folded.endsWith(lastLit)) return false;
  let pos = first.length;
  for (let i = 1; i < lits.length - 1; i++) {
    const lit = lits[i] as string;
    const at = folded.indexOf(lit, pos + 1);
    if (at === -1 || at + lit.length > end - 1) return false;
    if (!slotFits(folded.slice(pos, at))) return false;
    pos = at + lit.length;
  }
  return slotFits(folded.slice(pos, end));
}

/**
 * Whether `text` is the approved statement `template` with its `{slots}` filled (any non-empty text per
 * slot), comparing folded text (case, accents, spacing). This is the check of `crisis/unapproved-message`.
 *
 * @example
 * ```ts
 * isApprovedStatement("Sentimos las molestias, escríbanos a soporte.", "Sentimos las molestias, escríbanos a {canal}."); // true
 * ```
 */
export function isApprovedStatement(text: string, template: string): boolean {
  return matchesTemplate(foldStatement(text), compileTemplate(template));
}
