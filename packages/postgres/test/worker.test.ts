import { Crisis, type SealedCrisisEvent, standardProtocol } from "@normas/core/crisis";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type NormasStores, PostgresStoreError, startDeadlineWorker } from "../src/index.js";
import { announceServer, memoryPGlite, PG_URL, serverStores } from "./helpers.js";

announceServer("worker.test.ts");

const MINUTE = 60_000;
const T0 = Date.UTC(2026, 4, 12, 9, 0);
/**
 * How long to wait for what another process or a notification delivers: as long as the test itself may run (the
 * postgres project's 60 s in vitest.config.ts), so the waits add no time budget of their own on a loaded machine.
 */
const EVENTUALLY = 60_000;
const cm = { actor: "marta", role: "community-manager" } as const;

async function alerted(stores: NormasStores, crisisId: string, at = T0) {
  const crisis = await Crisis.open(
    stores.crises,
    standardProtocol,
    { crisisId, brand: "acme-air", ...cm },
    at,
  );
  const r = await crisis.execute({ type: "raise-alert", ...cm, topics: ["retraso"] }, { now: at + MINUTE });
  expect(r.accepted).toBe(true);
  return crisis;
}

const escalations = (events: readonly SealedCrisisEvent[]) => events.filter((e) => e.kind === "escalation");

function workerTests(label: string, get: () => NormasStores) {
  describe(`the deadline worker on ${label}`, () => {
    it("escalates an overdue deadline once, with two workers racing on the same crisis", async () => {
      const stores = get();
      const id = `race-${Math.random().toString(36).slice(2)}`;
      await alerted(stores, id);
      const now = () => T0 + 30 * MINUTE;
      const seen: string[] = [];
      const opts = {
        stores,
        protocol: standardProtocol,
        interval: 3_600_000,
        now,
        onEscalated: (crisisId: string) => {
          seen.push(crisisId);
        },
      };
      const a = startDeadlineWorker(opts);
      const b = startDeadlineWorker(opts);
      await Promise.all([a.runOnce(), b.runOnce(), a.runOnce(), b.runOnce()]);
      await Promise.all([a.stop(), b.stop()]);
      const log = await stores.crises.read(id);
      expect(escalations(log).map((e) => e.data.deadline)).toEqual(["alert.acknowledge#2"]);
      expect(seen.filter((c) => c === id)).toEqual([id]);
      expect(await (await Crisis.load(stores.crises, standardProtocol, id)).verify()).toMatchObject({
        ok: true,
      });
    });

    it("does not escalate before the deadline, and wakes on an append (LISTEN/NOTIFY) rather than waiting", async () => {
      const stores = get();
      let clock = T0 + 5 * MINUTE;
      const worker = startDeadlineWorker({
        stores,
        protocol: standardProtocol,
        interval: 3_600_000, // an hour: only a notification can wake it during this test
        now: () => clock,
      });
      const id = `wake-${Math.random().toString(36).slice(2)}`;
      await worker.runOnce();
      await alerted(stores, id, T0);
      await worker.runOnce();
      expect(escalations(await stores.crises.read(id))).toEqual([]);
      clock = T0 + 20 * MINUTE;
      // Another instance appends (to another crisis): the notification wakes the worker, which finds ours due.
      await Crisis.open(
        stores.crises,
        standardProtocol,
        { crisisId: `${id}-other`, brand: "acme-air", ...cm },
        clock,
      );
      await vi.waitFor(
        async () => expect(escalations(await stores.crises.read(id)).length).toBeGreaterThan(0),
        { timeout: EVENTUALLY, interval: 50 },
      );
      await worker.stop();
      expect(escalations(await stores.crises.read(id)).map((e) => e.data.deadline)).toEqual([
        "alert.acknowledge#2",
      ]);
    });

    it("delivers a crisis's new events to a subscriber in order, once", async () => {
      const stores = get();
      const id = `sub-${Math.random().toString(36).slice(2)}`;
      const crisis = await alerted(stores, id);
      const got: number[] = [];
      const sub = await stores.subscribe(id, (e) => {
        got.push(e.seq);
      });
      const lead = { actor: "jorge", role: "crisis-lead" } as const;
      await crisis.execute({ type: "start-assessment", ...lead }, { now: T0 + 2 * MINUTE });
      await crisis.execute({ type: "set-severity", ...lead, severity: "sev2" }, { now: T0 + 3 * MINUTE });
      await crisis.execute({ type: "assign-lead", ...lead, lead: "jorge" }, { now: T0 + 4 * MINUTE });
      await vi.waitFor(() => expect(got).toEqual([3, 4, 5]), { timeout: EVENTUALLY, interval: 20 });
      expect(sub.version).toBe(5);
      await sub.close();
      await crisis.execute({ type: "contain", ...lead }, { now: T0 + 5 * MINUTE });
      expect(got).toEqual([3, 4, 5]);
    });
  });
}

describe("embedded PGlite", () => {
  let stores: NormasStores;
  beforeAll(async () => {
    stores = await memoryPGlite();
  });
  afterAll(() => stores?.close());
  workerTests("PGlite", () => stores);

  it("refuses bad options with a typed error and the field's path", () => {
    const bad = () => startDeadlineWorker({ stores, protocol: standardProtocol, interval: -1 });
    expect(bad).toThrow(PostgresStoreError);
    try {
      bad();
    } catch (error) {
      expect((error as PostgresStoreError).code).toBe("POSTGRES_INVALID_OPTIONS");
      expect((error as PostgresStoreError).issues[0]?.path).toEqual(["interval"]);
    }
  });
});

describe.skipIf(PG_URL === "")("the PostgreSQL server (NORMAS_PG_URL)", () => {
  let server: Awaited<ReturnType<typeof serverStores>>;
  beforeAll(async () => {
    server = await serverStores("worker");
  });
  afterAll(() => server?.drop());
  workerTests("the server", () => server.stores);
});
