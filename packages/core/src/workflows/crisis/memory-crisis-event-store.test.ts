import { describe, expect, it } from "vitest";
import { sealCrisisEvents } from "./chain.js";
import type { CrisisEvent } from "./event.js";
import { CRISIS_GENESIS_HASH } from "./hash.js";
import { openCrisis } from "./lifecycle.js";
import { MemoryCrisisEventStore } from "./memory-crisis-event-store.js";
import { standardProtocol } from "./standard-protocol.js";

const opened = openCrisis(
  standardProtocol,
  { crisisId: "c", brand: "b", actor: "ana", role: "community-manager" },
  0,
);
const next = (seq: number, key?: string): CrisisEvent => ({
  ...opened.event,
  seq,
  kind: "command",
  command: "raise-alert",
  ...(key !== undefined ? { idempotencyKey: key } : {}),
});

describe("MemoryCrisisEventStore", () => {
  it("appends at the expected version and reads from a sequence number", async () => {
    const store = new MemoryCrisisEventStore();
    const [a, b, c] = sealCrisisEvents([opened.event, next(2), next(3)], CRISIS_GENESIS_HASH);
    expect(await store.append("c", [a!], 0)).toEqual({ ok: true, version: 1 });
    expect(await store.append("c", [b!, c!], 1)).toEqual({ ok: true, version: 3 });
    expect((await store.read("c", 2)).map((e) => e.seq)).toEqual([2, 3]);
    expect(await store.read("other")).toEqual([]);
  });

  it("writes nothing on a version conflict", async () => {
    const store = new MemoryCrisisEventStore();
    const [a, b] = sealCrisisEvents([opened.event, next(2)], CRISIS_GENESIS_HASH);
    await store.append("c", [a!], 0);
    expect(await store.append("c", [b!], 0)).toEqual({ ok: false, reason: "version_conflict", version: 1 });
    expect(await store.read("c")).toHaveLength(1);
  });

  it("writes nothing when an idempotency key was used, and returns the first event", async () => {
    const store = new MemoryCrisisEventStore();
    const [a, b, c] = sealCrisisEvents([opened.event, next(2, "k"), next(3, "k")], CRISIS_GENESIS_HASH);
    await store.append("c", [a!, b!], 0);
    expect(await store.append("c", [c!], 2)).toEqual({ ok: false, reason: "duplicate", event: b });
    expect(await store.findByIdempotencyKey("c", "k")).toBe(b);
    expect(await store.findByIdempotencyKey("c", "nope")).toBeUndefined();
  });

  it("keeps the latest snapshot per crisis", async () => {
    const store = new MemoryCrisisEventStore();
    expect(await store.loadSnapshot("c")).toBeUndefined();
    await store.saveSnapshot({ crisisId: "c", state: opened.state, head: "h1" });
    await store.saveSnapshot({ crisisId: "c", state: opened.state, head: "h2" });
    expect((await store.loadSnapshot("c"))?.head).toBe("h2");
  });
});
