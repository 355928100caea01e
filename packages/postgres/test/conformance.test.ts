import { storeConformanceChecks } from "@normas/core/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { NormasStores } from "../src/index.js";
import { announceServer, memoryPGlite, PG_URL, serverStores } from "./helpers.js";

announceServer("conformance.test.ts");

/** The suite on one set of stores shared by every check (each check uses its own stream and case ids). */
function suiteOn(get: () => NormasStores) {
  return storeConformanceChecks({
    eventStreams: () => {
      const { crises } = get();
      return { store: crises, rewriteEvents: (id, edit) => crises.rewriteEvents(id, edit) };
    },
    cases: () => ({ store: get().cases }),
    sources: () => ({ store: get().sources }),
  });
}

describe("the store conformance suite on embedded PGlite", () => {
  let stores: NormasStores;
  beforeAll(async () => {
    stores = await memoryPGlite();
  }, 120_000);
  afterAll(() => stores?.close());
  const checks = suiteOn(() => stores);
  for (const check of checks) it(check.name, check.run, 60_000);
  it("runs every check of the suite", () => expect(checks.length).toBeGreaterThan(15));
});

describe.skipIf(PG_URL === "")("the store conformance suite on the PostgreSQL server (NORMAS_PG_URL)", () => {
  let server: Awaited<ReturnType<typeof serverStores>>;
  beforeAll(async () => {
    server = await serverStores("conf");
  }, 60_000);
  afterAll(() => server?.drop());
  for (const check of suiteOn(() => server.stores)) it(check.name, check.run, 60_000);
});
