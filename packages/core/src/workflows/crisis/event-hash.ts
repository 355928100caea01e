import { addCanonical, Hash64 } from "../hash.js";
import type { CrisisEvent } from "./event.js";

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
