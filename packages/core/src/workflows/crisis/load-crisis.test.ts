import { describe, expect, it } from "vitest";
import { MemoryCrisisEventStore } from "./crisis-event-store.js";
import { Crisis } from "./crisis-runtime.js";
import { standardProtocol } from "./standard-protocol.js";

const T0 = Date.UTC(2026, 4, 12, 9, 0);
const cm = { actor: "marta", role: "community-manager" } as const;
const lead = { actor: "jorge", role: "crisis-lead" } as const;

/** A memory store where another instance appends between the moment the head is read and the events are. */
class RacingStore extends MemoryCrisisEventStore {
  race: (() => Promise<void>) | undefined;
  override async read(streamId: string, fromVersion?: number) {
    const race = this.race;
    this.race = undefined;
    await race?.();
    return super.read(streamId, fromVersion);
  }
}

describe("loading a crisis while another instance appends", () => {
  it("loads the log as of the head it read, and verify() passes, when an append lands between the reads", async () => {
    const store = new RacingStore();
    const a = await Crisis.open(store, standardProtocol, { crisisId: "c", brand: "acme", ...cm }, T0);
    await a.execute({ type: "raise-alert", ...cm }, { now: T0 + 1 });
    store.race = async () => {
      await a.execute({ type: "start-assessment", ...lead }, { now: T0 + 2 });
    };
    const b = await Crisis.load(store, standardProtocol, "c");
    expect(b.version).toBe(2);
    store.race = async () => {
      await a.execute({ type: "set-severity", ...lead, severity: "sev2" }, { now: T0 + 3 });
    };
    expect(await b.verify()).toMatchObject({ ok: true, count: 3 });
  });

  it("still reports events added without moving the head", async () => {
    const store = new MemoryCrisisEventStore();
    const a = await Crisis.open(store, standardProtocol, { crisisId: "c", brand: "acme", ...cm }, T0);
    await a.execute({ type: "raise-alert", ...cm }, { now: T0 + 1 });
    const [first, second] = await store.read("c");
    await store.rewriteEvents("c", (events) => [...events, { ...second!, seq: 3, prevHash: second!.hash }]);
    expect(first).toBeDefined();
    await expect(Crisis.load(store, standardProtocol, "c")).rejects.toMatchObject({
      code: "WORKFLOW_LOG_INVALID",
    });
    expect(await a.verify()).toMatchObject({ ok: false });
  });
});
