import { describe, expect, it } from "vitest";
import { MemorySourceStore } from "../engine/ports/memory-source-store.js";
import { MemoryCaseStore } from "../workflows/cases/runtime.js";
import { MemoryCrisisEventStore } from "../workflows/crisis/crisis-event-store.js";
import { storeConformanceChecks } from "./store-conformance.js";

describe("the store conformance suite on the memory stores", () => {
  const checks = storeConformanceChecks({
    eventStreams: () => {
      const store = new MemoryCrisisEventStore();
      return { store, rewriteEvents: (id, edit) => store.rewriteEvents(id, edit) };
    },
    cases: () => ({ store: new MemoryCaseStore() }),
    sources: () => ({ store: new MemorySourceStore() }),
  });
  for (const check of checks) it(check.name, check.run);

  it("covers both ports", () => {
    const names = checks.map((c) => c.name);
    expect(names.some((n) => n.startsWith("event streams:"))).toBe(true);
    expect(names.some((n) => n.startsWith("crisis on event streams:"))).toBe(true);
    expect(names.some((n) => n.startsWith("cases on compare-and-set:"))).toBe(true);
    expect(names.some((n) => n.startsWith("sources:"))).toBe(true);
  });
});
