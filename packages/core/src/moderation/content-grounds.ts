import { insideAny } from "../text/quotes.js";
import { finding, type GroundFinding } from "./finding.js";
import { jokingAround } from "./joking.js";
import type { CueHit } from "./moderation-lexicon.js";

// Fixed, linear patterns over short gaps of the caller's text.
const BOUNDARY = /[.!?;\n]/;
const INSULT_GAP =
  /^[\s,]*(?:(?:un|una|unos|unas|a|an|the|such|so|total|complete|absolute|real|big|little|fucking|bloody|damn|puto|puta|putos|putas|maldito|maldita|malditos|grand[ií]simo|grand[ií]sima|pedazo|de|todos|todas|all|just)[\s,]+){0,3}$/i;
const THREAT_GAP = /^\s*(?:(?:all|every|literally|just|todos|todas|a\s+todos)\s+)?$/i;
// `shoot you an email`, `kill you with kindness`, `matar a todos de hambre` (hyperbole, not violence).
const HARMLESS_AFTER_TARGET =
  /^\s+(?:(?:an?\s+|un\s+|una\s+)?(?:e-?mails?|message|dm|text|line|note|reply|call|quote|invoice|link|update|offer|mensaje|correo)\b|with\s+kindness|de\s+(?:hambre|risa|aburrimiento|asco|pena|un\s+infarto|un\s+susto|envidia|sed|fr[ií]o|calor|un\s+disgusto)|a\s+disgustos)/i;
// Explicit acts with a few words in between (`suck the cashier's dick`, `chuparle la polla`).
const SEXUAL_ACT =
  /\bsuck(?:ing)?\s+(?:[\p{L}']{1,20}\s+){0,2}(?:dick|cock|balls|tits)\b|\bchupar(?:te|le|la)?\s+(?:[\p{L}]{1,20}\s+){0,2}(?:polla|verga|rabo)\b/iu;
const NEGATED_BEFORE = /(?:\bnot|n't|\bnever|\bno|\bnunca|\bjam[aá]s)\s+(?:[\p{L}']+\s+){0,2}$/iu;

/**
 * Words that judge work, not people, even when aimed at someone (`sois unos inútiles`, `you're useless`): harsh
 * criticism of a brand's service, which norm 2 protects. Folded lexicon terms.
 */
const CRITICISM = new Set([
  "useless",
  "incompetent",
  "pathetic",
  "inútil",
  "inútiles",
  "incompetente",
  "incompetentes",
  "patético",
  "patética",
  "patéticos",
  "patéticas",
  "ridículo",
  "ridícula",
  "ridículos",
  "ridículas",
  "mediocre",
  "mediocres",
  // `Que os den`: said to the brand (`os`), a parting shot at the company, not at a person.
  "que os den",
]);

/** Curses that insult only with a person as object (`me cago en tu madre`, not `me cago en la leche`). */
const NEEDS_PERSON_AFTER = new Set(["me cago en", "nos cagamos en"]);
const PERSON_AFTER =
  /^\s+(?:tu|tus|vuestra|vuestro|vuestras|vuestros|su|sus|ti|vosotros|vosotras|usted|ustedes|el que|la que|los que|las que|quien|todos|todas)\b/i;

const gapOk = (source: string, from: number, to: number, pattern: RegExp): boolean =>
  to >= from && to - from <= 40 && pattern.test(source.slice(from, to));

const inside = (hit: CueHit, other: CueHit): boolean => other.start <= hit.start && hit.end <= other.end;

/** Cues of one kind sorted by end, built once per cue list: the window before a hit is found by bisection. */
const byEndCache = new WeakMap<readonly CueHit[], Map<string, CueHit[]>>();

function cuesByEnd(cues: readonly CueHit[], kind: string): CueHit[] {
  let byKind = byEndCache.get(cues);
  if (byKind === undefined) {
    byKind = new Map();
    byEndCache.set(cues, byKind);
  }
  let sorted = byKind.get(kind);
  if (sorted === undefined) {
    sorted = cues.filter((c) => c.cue === kind).sort((a, b) => a.end - b.end);
    byKind.set(kind, sorted);
  }
  return sorted;
}

/**
 * Whether a cue of `kind` ends within the 40 characters before `hit` with a gap `pattern` accepts. Only cues in
 * that window can pass `gapOk`, so only they are tried: testing every cue per hit was quadratic on a comment
 * that repeats an insult.
 */
function cueBefore(
  source: string,
  cues: readonly CueHit[],
  kind: string,
  hit: CueHit,
  pattern: RegExp,
): boolean {
  const sorted = cuesByEnd(cues, kind);
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as CueHit).end < hit.start - 40) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < sorted.length && (sorted[k] as CueHit).end <= hit.start; k++)
    if (gapOk(source, (sorted[k] as CueHit).end, hit.start, pattern)) return true;
  return false;
}

function aimed(source: string, cues: readonly CueHit[], hit: CueHit): boolean {
  return cueBefore(source, cues, "target", hit, INSULT_GAP);
}

function selfAimed(source: string, cues: readonly CueHit[], hit: CueHit): boolean {
  return cueBefore(source, cues, "self", hit, INSULT_GAP);
}

// Words of scorn for a business (`ratas`, `sinvergüenzas`, `clowns`, `cowboys`) said in the plural or after `panda de`,
// `bunch of`, `sois unos`, with nobody @-mentioned, are aimed at the company or a whole team (`son unos ratas, me
// cobraron dos veces`, `Sinvergüenzas.`, `what a bunch of clowns running head office`): criticism, however rude, not
// abuse of an identifiable person. Abuse (`hijos de puta`, `assholes`, `imbéciles`) stays harassment in any number.
const SCORN = new Set([
  "rata",
  "ratas",
  "sinvergüenza",
  "sinvergüenzas",
  "payaso",
  "payasos",
  "clown",
  "clowns",
  "cowboy",
  "cowboys",
  "joker",
  "jokers",
  "chorizo",
  "chorizos",
  "buitre",
  "buitres",
  "vulture",
  "vultures",
  "shark",
  "sharks",
  "mafioso",
  "mafiosos",
  "crook",
  "crooks",
  "caradura",
  "caraduras",
]);
const COLLECTIVE_BEFORE =
  /(?:bunch of|load of|lot of|pack of|band of|you lot|panda de|pandilla de|banda de|manada de|atajo de|hatajo de|sois unos|sois unas|son unos|son unas|menudos|menudas|sois|son|are|you're all|you are all)\W{1,3}(?:[\p{L}'-]+\W{1,3})?$/iu;
const PLURAL = /(?:[^s]s|es)$/i;

function aimedAtMany(source: string, hit: CueHit): boolean {
  if (source.includes("@")) return false;
  const term = source.slice(hit.start, hit.end);
  if (!SCORN.has(term.toLowerCase())) return false;
  if (PLURAL.test(term)) return true;
  return COLLECTIVE_BEFORE.test(source.slice(Math.max(0, hit.start - 30), hit.start));
}

/** Insults aimed at a person (`harassment`) and slurs (`hate`). */
export function findInsultsAndSlurs(source: string, cues: readonly CueHit[]): GroundFinding[] {
  const out: GroundFinding[] = [];
  const neutral = [...cues.filter((c) => c.cue === "neutral")].sort((a, b) => a.start - b.start);
  for (const hit of cues) {
    if (insideAny(neutral, hit.start, hit.end)) continue;
    if (hit.cue === "slur" || hit.cue === "slur-personal") {
      if (hit.cue === "slur-personal" && !aimed(source, cues, hit)) continue;
      out.push(finding("hate", "slur", source, hit, [hit.term]));
      continue;
    }
    if (hit.cue !== "insult" && hit.cue !== "insult-personal") continue;
    if (CRITICISM.has(hit.term)) continue;
    if (NEEDS_PERSON_AFTER.has(hit.term) && !PERSON_AFTER.test(source.slice(hit.end, hit.end + 24))) continue;
    if (selfAimed(source, cues, hit)) continue;
    if (hit.cue === "insult-personal" && !aimed(source, cues, hit)) continue;
    if (aimedAtMany(source, hit)) continue;
    out.push(finding("harassment", "insult", source, hit, [hit.term]));
  }
  return out;
}

/** Attacks on protected groups: a group then a dehumanising predicate, or an attack then a group. */
export function findGroupAttacks(source: string, cues: readonly CueHit[]): GroundFinding[] {
  const out: GroundFinding[] = [];
  const groups = cues.filter((c) => c.cue === "group");
  if (groups.length === 0) return out;
  for (const attack of cues) {
    if (attack.cue === "group-attack") {
      const group = groups.find(
        (g) =>
          g.end <= attack.start &&
          attack.start - g.end <= 25 &&
          !BOUNDARY.test(source.slice(g.end, attack.start)),
      );
      if (group !== undefined) {
        out.push(
          finding("hate", "group-attack", source, { start: group.start, end: attack.end }, [
            group.term,
            attack.term,
          ]),
        );
      }
    } else if (attack.cue === "group-attack-prefix") {
      const group = groups.find(
        (g) =>
          g.start >= attack.end &&
          g.start - attack.end <= 6 &&
          !BOUNDARY.test(source.slice(attack.end, g.start)),
      );
      if (group !== undefined) {
        out.push(
          finding("hate", "group-attack", source, { start: attack.start, end: group.end }, [
            attack.term,
            group.term,
          ]),
        );
      }
    }
  }
  return out;
}

/** Threats of violence: a threat phrase, or a violent verb closely followed by a person or premises. */
export function findThreats(source: string, cues: readonly CueHit[]): GroundFinding[] {
  const out: GroundFinding[] = [];
  for (const hit of cues) {
    if (hit.cue === "threat-phrase") {
      if (jokingAround(source, hit.start, hit.end)) continue;
      out.push(finding("threat", "violence", source, hit, [hit.term]));
      continue;
    }
    if (hit.cue !== "threat-verb") continue;
    if (NEGATED_BEFORE.test(source.slice(Math.max(0, hit.start - 24), hit.start))) continue;
    const target = cues.find(
      (c) =>
        c.cue === "threat-target" &&
        c.start >= hit.end &&
        gapOk(source, hit.end, c.start, THREAT_GAP) &&
        !HARMLESS_AFTER_TARGET.test(source.slice(c.end, c.end + 24)),
    );
    if (target === undefined) continue;
    if (jokingAround(source, hit.start, target.end)) continue;
    if (out.some((f) => f.span.start <= hit.start && target.end <= f.span.end)) continue;
    out.push(
      finding("threat", "violence", source, { start: hit.start, end: target.end }, [hit.term, target.term]),
    );
  }
  return out;
}

/** Explicit sexual content. */
export function findSexual(source: string, cues: readonly CueHit[]): GroundFinding[] {
  const neutral = cues.filter((c) => c.cue === "neutral");
  const out = cues
    .filter((c) => c.cue === "sexual" && !neutral.some((n) => inside(c, n)))
    .map((c) => finding("sexual", "sexual-content", source, c, [c.term]));
  const act = /suck|chupar/i.test(source) ? SEXUAL_ACT.exec(source) : null;
  if (act !== null) {
    out.push(
      finding("sexual", "sexual-content", source, { start: act.index, end: act.index + act[0].length }, [
        "act",
      ]),
    );
  }
  return out;
}

const STOLEN_GOODS =
  /\bstolen (?:[a-z0-9+]{1,20} ){0,2}(?:accounts?|cards?|logins?|credentials|passwords)\b|\bcuentas (?:de [\p{L}0-9+]{1,20} )?(?:robadas|hackeadas)\b/iu;
// Every match of STOLEN_GOODS holds one of these literals (same flags): a cheap gate before the costly pattern.
const STOLEN_HINT = /stolen |cuentas /iu;

/** Offers of drugs, weapons, forged documents or stolen data: an item with an offer cue, or a strong phrase. */
export function findIllegalOffers(source: string, cues: readonly CueHit[]): GroundFinding[] {
  const out: GroundFinding[] = [];
  const neutral = cues.filter((c) => c.cue === "neutral");
  const offer = cues.find((c) => c.cue === "illegal-offer");
  const stolen = offer === undefined || !STOLEN_HINT.test(source) ? null : STOLEN_GOODS.exec(source);
  if (stolen !== null && offer !== undefined) {
    const span = { start: stolen.index, end: stolen.index + stolen[0].length };
    out.push(finding("illegal", "illegal-offer", source, span, ["stolen-goods", offer.term]));
  }
  for (const hit of cues) {
    if (hit.cue === "illegal-strong") out.push(finding("illegal", "illegal-offer", source, hit, [hit.term]));
    else if (hit.cue === "illegal-item" && offer !== undefined && !neutral.some((n) => inside(hit, n))) {
      if (out.some((f) => f.span.start < hit.end && hit.start < f.span.end)) continue;
      out.push(finding("illegal", "illegal-offer", source, hit, [hit.term, offer.term]));
    }
  }
  return out;
}
