import type { StreamHead } from "../../engine/ports/event-stream-store.js";
import { addCanonical, CRISIS_GENESIS_HASH, Hash64 } from "../hash.js";
import type { LocalizedText } from "../localized-text.js";
import type { CrisisEvent, SealedCrisisEvent } from "./event.js";

const EVENT_KEYS = new Set([
  "actor",
  "at",
  "command",
  "crisisId",
  "data",
  "effects",
  "from",
  "hash",
  "idempotencyKey",
  "kind",
  "met",
  "prevHash",
  "reason",
  "role",
  "seq",
  "to",
  "transition",
]);

const num = (n: number): string => (Number.isFinite(n) ? String(n) : "null");

function addStrings(h: Hash64, list: readonly string[]): void {
  h.add("[");
  for (let i = 0; i < list.length; i++) {
    if (i > 0) h.add(",");
    h.addQuoted(list[i] as string);
  }
  h.add("]");
}

// The usual members of an event's data, in key order; anything else takes the generic path.
const DATA_KEYS = new Set(["dueAt", "deadline", "lang", "lead", "messageId", "severity", "text"]);

// Canonical JSON of the event's data: the usual members written in key order, anything else generically.
function addData(h: Hash64, d: CrisisEvent["data"]): void {
  for (const key in d) {
    if (d[key as keyof typeof d] !== undefined && !DATA_KEYS.has(key)) {
      addCanonical(h, d);
      return;
    }
  }
  // Members in key order; the first one has no comma before it.
  let sep = "{";
  if (d.deadline !== undefined) {
    h.add(sep).add('"deadline":').addQuoted(d.deadline);
    sep = ",";
  }
  if (d.dueAt !== undefined) {
    h.add(sep).add('"dueAt":').add(num(d.dueAt));
    sep = ",";
  }
  if (d.lang !== undefined) {
    h.add(sep).add('"lang":').addQuoted(d.lang);
    sep = ",";
  }
  if (d.lead !== undefined) {
    h.add(sep).add('"lead":').addQuoted(d.lead);
    sep = ",";
  }
  if (d.messageId !== undefined) {
    h.add(sep).add('"messageId":').addQuoted(d.messageId);
    sep = ",";
  }
  if (d.severity !== undefined) {
    h.add(sep).add('"severity":').addQuoted(d.severity);
    sep = ",";
  }
  if (d.text !== undefined) {
    h.add(sep).add('"text":').addQuoted(d.text);
    sep = ",";
  }
  if (sep === "{") h.add("{");
  h.add("}");
}

// Number of own enumerable members (no array allocated).
function memberCount(o: object): number {
  let n = 0;
  for (const _ in o) n++;
  return n;
}

function addEffects(h: Hash64, effects: CrisisEvent["effects"]): void {
  h.add("[");
  for (let i = 0; i < effects.length; i++) {
    const f = effects[i] as CrisisEvent["effects"][number];
    if (i > 0) h.add(",");
    if (f.kind === "notify" && memberCount(f) === 2) {
      h.add('{"kind":"notify","roles":');
      addStrings(h, f.roles);
      h.add("}");
    } else if (f.kind === "publish-statement" && memberCount(f) === 4) {
      h.add('{"kind":"publish-statement","lang":').addQuoted(f.lang);
      h.add(',"messageId":').addQuoted(f.messageId).add(',"text":').addQuoted(f.text).add("}");
    } else addCanonical(h, f);
  }
  h.add("]");
}

/**
 * Adds the canonical JSON of an event without `hash` and with `prevHash` to a hash, field by field in key
 * order: the same text as `canonicalJson`, without building it or sorting keys on every event. An event with a
 * field outside the schema takes the generic path, so that the extra field is covered by the hash too.
 */
function addEvent(h: Hash64, e: CrisisEvent, prevHash: string): void {
  for (const key in e) {
    if (!EVENT_KEYS.has(key)) {
      addCanonical(h, { ...e, prevHash, hash: undefined });
      return;
    }
  }
  h.add('{"actor":').addQuoted(e.actor).add(',"at":').add(num(e.at));
  h.add(',"command":').addQuoted(e.command).add(',"crisisId":').addQuoted(e.crisisId);
  h.add(',"data":');
  addData(h, e.data);
  h.add(',"effects":');
  addEffects(h, e.effects);
  h.add(',"from":').addQuoted(e.from);
  if (e.idempotencyKey !== undefined) h.add(',"idempotencyKey":').addQuoted(e.idempotencyKey);
  h.add(',"kind":').addQuoted(e.kind).add(',"met":');
  addStrings(h, e.met);
  h.add(',"prevHash":').addQuoted(prevHash);
  if (e.reason !== undefined) h.add(',"reason":').addQuoted(e.reason);
  h.add(',"role":').addQuoted(e.role).add(',"seq":').add(num(e.seq)).add(',"to":').addQuoted(e.to);
  if (e.transition !== undefined) h.add(',"transition":').addQuoted(e.transition);
  h.add("}");
}

/**
 * The hash of an event: `hash64` of the canonical JSON (`canonicalJson`: keys sorted,
 * `undefined` left out) of every field but `hash`, with `prevHash` included.
 */
export function hashCrisisEvent(event: CrisisEvent, prevHash: string): string {
  const h = new Hash64();
  addEvent(h, event, prevHash);
  return h.digest();
}

/**
 * Seals an event after `prevHash` (the previous event's `hash`, or `CRISIS_GENESIS_HASH`), with the
 * command's idempotency key if given.
 */
export function sealCrisisEvent(
  event: CrisisEvent,
  prevHash: string,
  idempotencyKey?: string,
): SealedCrisisEvent {
  // An explicit literal (faster than a spread with overrides); `undefined` members are left out of the hash.
  const sealed: SealedCrisisEvent = {
    crisisId: event.crisisId,
    seq: event.seq,
    kind: event.kind,
    command: event.command,
    transition: event.transition,
    at: event.at,
    actor: event.actor,
    role: event.role,
    reason: event.reason,
    from: event.from,
    to: event.to,
    data: event.data,
    met: event.met,
    effects: event.effects,
    idempotencyKey: idempotencyKey ?? event.idempotencyKey,
    prevHash,
    hash: "",
  };
  (sealed as { hash: string }).hash = hashCrisisEvent(sealed, prevHash);
  return sealed;
}

/**
 * Seals freshly made events in place (no copy): for the runtime, whose drafts nobody else holds.
 * @internal
 */
export function sealInPlace(
  events: readonly CrisisEvent[],
  prevHash: string,
  lastIdempotencyKey?: string,
): SealedCrisisEvent[] {
  let prev = prevHash;
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as { -readonly [K in keyof CrisisEvent]: CrisisEvent[K] };
    if (i === events.length - 1 && lastIdempotencyKey !== undefined) e.idempotencyKey = lastIdempotencyKey;
    e.prevHash = prev;
    e.hash = hashCrisisEvent(e, prev);
    prev = e.hash;
  }
  return events as SealedCrisisEvent[];
}

/** Seals events in order after `prevHash`; `lastIdempotencyKey` goes on the last one (the command's). */
export function sealCrisisEvents(
  events: readonly CrisisEvent[],
  prevHash: string,
  lastIdempotencyKey?: string,
): SealedCrisisEvent[] {
  const out: SealedCrisisEvent[] = [];
  let prev = prevHash;
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as CrisisEvent;
    const s = sealCrisisEvent(e, prev, i === events.length - 1 ? lastIdempotencyKey : undefined);
    out.push(s);
    prev = s.hash;
  }
  return out;
}

/**
 * What can be wrong with a crisis log:
 * - `sequence_gap`: an event's `seq` is not the next number (an event is missing or repeated);
 * - `wrong_crisis`: an event belongs to another crisis;
 * - `broken_chain`: an event's `prevHash` is not the previous event's hash (an event before it was removed,
 *   inserted or reordered, and the rest renumbered);
 * - `hash_mismatch`: an event's content does not match its hash (it was changed after it was recorded);
 * - `head_mismatch`: the log does not end at the anchored head (events removed at the end, or events added
 *   that the store never appended);
 * - `snapshot_mismatch`: the snapshot is not the state of the log at its version, or is ahead of the log.
 */
export type VerifyProblem =
  | "sequence_gap"
  | "wrong_crisis"
  | "broken_chain"
  | "hash_mismatch"
  | "head_mismatch"
  | "snapshot_mismatch";

/** What `verifyCrisisLog` (or `Crisis.verify`) found. */
export type VerifyResult =
  | {
      /** Every check passed. */
      readonly ok: true;
      /** Hash of the last event. */
      readonly head: string;
      /** Number of events checked. */
      readonly count: number;
    }
  | {
      /** A check failed. */
      readonly ok: false;
      /** Sequence number of the first bad event (for `head_mismatch`, the first one missing or extra). */
      readonly seq: number;
      /** What is wrong (see {@link VerifyProblem}). */
      readonly problem: VerifyProblem;
      /** What was found, in both languages. */
      readonly message: LocalizedText;
    };

/** Where a log (or the tail of one) must start and end. */
export interface VerifyAnchors {
  /** The stream's anchored head: the log must end exactly there. */
  readonly head?: StreamHead | undefined;
  /**
   * The log starts after this version and hash (a snapshot's), instead of at the genesis: the events given
   * are `from.version + 1`…; the first one's `prevHash` must be `from.hash`.
   */
  readonly from?: StreamHead | undefined;
  /** The crisis the log must belong to (default: the first event's). */
  readonly crisisId?: string | undefined;
}

/**
 * Checks a crisis log: sequence numbers 1, 2, 3…, one crisis id, each `prevHash` equal to the previous
 * `hash` (the first one equal to `CRISIS_GENESIS_HASH`), each `hash` recomputed from the event's content; and,
 * given the stream's anchored head, that the log ends exactly at it. Detects a changed, removed, inserted or
 * reordered event anywhere, and, with the head, events removed at the end. This is tamper EVIDENCE (a plain
 * 64-bit hash chain), not a signature: whoever can rewrite the whole log and its head can rehash them.
 */
export function verifyCrisisLog(events: readonly CrisisEvent[], anchors: VerifyAnchors = {}): VerifyResult {
  const start = anchors.from;
  let prev = start?.hash ?? CRISIS_GENESIS_HASH;
  const offset = start?.version ?? 0;
  const crisisId = anchors.crisisId ?? events[0]?.crisisId;
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as CrisisEvent;
    const seq = offset + i + 1;
    if (e.crisisId !== crisisId) return fail(seq, "wrong_crisis");
    if (e.seq !== seq) return fail(seq, "sequence_gap");
    if (e.prevHash !== prev) return fail(seq, "broken_chain");
    if (e.hash !== hashCrisisEvent(e, prev)) return fail(seq, "hash_mismatch");
    prev = e.hash;
  }
  const head = anchors.head;
  const last = offset + events.length;
  if (head !== undefined && (head.version !== last || head.hash !== prev)) {
    return fail(Math.min(head.version, last) + 1, "head_mismatch", { version: String(head.version) });
  }
  return { ok: true, head: prev, count: events.length };
}

const problems = {
  hash_mismatch: {
    en: "event {seq} was changed after it was recorded",
    es: "el evento {seq} se modificó después de registrarse",
  },
  broken_chain: {
    en: "the chain breaks at event {seq} (an event was removed, inserted or reordered)",
    es: "la cadena se rompe en el evento {seq} (se quitó, añadió o reordenó un evento)",
  },
  sequence_gap: { en: "event {seq} is out of sequence", es: "el evento {seq} está fuera de secuencia" },
  wrong_crisis: { en: "event {seq} belongs to another crisis", es: "el evento {seq} es de otra crisis" },
  head_mismatch: {
    en: "the log does not end at its anchored head (version {version}): events from {seq} on were removed or added outside the store",
    es: "el registro no termina en su cabeza anclada (versión {version}): se quitaron eventos desde el {seq} o se añadieron fuera del almacén",
  },
  snapshot_mismatch: {
    en: "the snapshot at version {seq} does not match the log",
    es: "la instantánea de la versión {seq} no coincide con el registro",
  },
} as const;

/** A failed verification with its message in both languages. @internal */
export function fail(
  seq: number,
  problem: VerifyProblem,
  data: Readonly<Record<string, string>> = {},
): VerifyResult {
  const t = problems[problem];
  const fill = (text: string) =>
    text.replace(/\{(\w+)\}/g, (whole, key: string) => (key === "seq" ? String(seq) : (data[key] ?? whole)));
  return { ok: false, seq, problem, message: { en: fill(t.en), es: fill(t.es) } };
}
