import type { StreamHead } from "../../engine/ports/event-stream-store.js";
import { CRISIS_GENESIS_HASH } from "../hash.js";
import type { LocalizedText } from "../localized-text.js";
import type { CrisisEvent, SealedCrisisEvent } from "./event.js";
import { hashCrisisEvent } from "./event-hash.js";

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
