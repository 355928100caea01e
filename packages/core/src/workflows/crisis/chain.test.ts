import { describe, expect, it } from "vitest";
import { airlineDataLeakDrill } from "../../samples/airline-data-leak.js";
import { CRISIS_GENESIS_HASH, canonicalJson, hash64 } from "../hash.js";
import { sealCrisisEvents, verifyCrisisLog } from "./chain.js";
import { runDrill } from "./drill.js";
import { hashCrisisEvent } from "./event-hash.js";
import { standardProtocol } from "./standard-protocol.js";

const { events } = runDrill(standardProtocol, airlineDataLeakDrill);

describe("hash chain", () => {
  it("hashes each event as hash64 of its canonical JSON (the streaming writer agrees with the generic one)", () => {
    let prev = CRISIS_GENESIS_HASH;
    for (const e of events) {
      expect(e.hash).toBe(hash64(canonicalJson({ ...e, prevHash: prev, hash: undefined })));
      expect(hashCrisisEvent(e, prev)).toBe(e.hash);
      prev = e.hash;
    }
  });

  it("does not depend on key order, and covers a field outside the schema", () => {
    const e = events[5];
    if (e === undefined) throw new Error("drill too short");
    const reversed = Object.fromEntries(Object.entries(e).reverse()) as typeof e;
    expect(hashCrisisEvent(reversed, e.prevHash)).toBe(e.hash);
    const extra = { ...e, note: "added later" } as typeof e;
    expect(hashCrisisEvent(extra, e.prevHash)).not.toBe(e.hash);
  });

  it("seals drafts after a given head and puts the idempotency key on the last one", () => {
    const drafts = events.slice(0, 3).map(({ prevHash: _p, hash: _h, ...rest }) => rest);
    const sealed = sealCrisisEvents(drafts, CRISIS_GENESIS_HASH, "key-1");
    expect(sealed.map((e) => e.idempotencyKey)).toEqual([undefined, undefined, "key-1"]);
    expect(verifyCrisisLog(sealed).ok).toBe(true);
  });

  it("detects an event from another crisis and a sequence gap", () => {
    const other = events.map((e, i) => (i === 4 ? { ...e, crisisId: "other" } : e));
    expect(verifyCrisisLog(other)).toMatchObject({ ok: false, seq: 5, problem: "wrong_crisis" });
    const gap = events.map((e, i) => (i === 4 ? { ...e, seq: 99 } : e));
    expect(verifyCrisisLog(gap)).toMatchObject({ ok: false, seq: 5, problem: "sequence_gap" });
    const bad = verifyCrisisLog(gap);
    expect(!bad.ok && bad.message.en).toBe("event 5 is out of sequence");
    expect(!bad.ok && bad.message.es).toBe("el evento 5 está fuera de secuencia");
  });
});
