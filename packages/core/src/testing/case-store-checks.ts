import { openCase } from "../workflows/cases/open.js";
import { MamaCase } from "../workflows/cases/runtime.js";
import type { CaseState } from "../workflows/cases/state.js";
import { MINUTE, T0 } from "./conformance-fixtures.js";
import {
  type CaseStoreUnderTest,
  type ConformanceCheck,
  ensure,
  ensureSame,
  tryToChange,
} from "./conformance-kit.js";

type CaseFactory = () => CaseStoreUnderTest | Promise<CaseStoreUnderTest>;

const opening = (id: string) => ({
  id,
  brand: "acme-es",
  by: "lucía",
  subject: { kind: "comment" as const, comment: { text: "¿Dónde está mi pedido? 📦" } },
});

/** The checks of the compare-and-set port and of MAMA cases over it. @internal */
export function caseStoreChecks(factory: CaseFactory, id: (name: string) => string): ConformanceCheck[] {
  const check = (name: string, body: (s: CaseStoreUnderTest, record: string) => Promise<void>) => ({
    name: `cases on compare-and-set: ${name}`,
    run: async () => {
      const subject = await factory();
      try {
        await body(subject, id(name));
      } finally {
        await subject.close?.();
      }
    },
  });
  const measure = {
    type: "measure" as const,
    by: "lucía",
    measurement: {
      sentiment: { label: "negative" as const, score: -0.5 },
      reach: { followers: 120 },
      similar: { count: 1, windowMinutes: 60 },
    },
  };
  return [
    check(
      "saves a record only at its version, and hands out copies nobody can change",
      async ({ store }, record) => {
        ensure((await store.load(record)) === undefined, "an unknown record loads as undefined");
        const state = openCase(opening(record), T0);
        const first = await store.save(record, state, 0);
        ensure(
          first.ok && first.version === 1,
          `the first save at version 0 must give version 1: ${JSON.stringify(first)}`,
        );
        const again = await store.save(record, state, 0);
        ensure(!again.ok && again.version === 1, "a second save at version 0 must conflict at version 1");
        const loaded = await store.load(record);
        ensureSame(loaded, { state, version: 1 }, "load");
        tryToChange(() => {
          (loaded?.state as { phase: string }).phase = "closed";
        });
        ensureSame(
          await store.load(record),
          { state, version: 1 },
          "load after a caller changed what it loaded",
        );
        const next: CaseState = { ...state, updatedAt: T0 + MINUTE };
        ensure((await store.save(record, next, 1)).ok, "a save at the current version must succeed");
        ensureSame(await store.load(record), { state: next, version: 2 }, "load after the second save");
      },
    ),
    check("lets exactly one of 8 concurrent compare-and-sets win", async ({ store }, record) => {
      const state = openCase(opening(record), T0);
      await store.save(record, state, 0);
      const results = await Promise.all(
        Array.from({ length: 8 }, (_, i) => store.save(record, { ...state, updatedAt: T0 + i + 1 }, 1)),
      );
      const winners = results.flatMap((r, i) => (r.ok ? [i] : []));
      ensure(winners.length === 1, `exactly one compare-and-set must win, ${winners.length} did`);
      ensureSame(
        (await store.load(record))?.state.updatedAt,
        T0 + (winners[0] as number) + 1,
        "the winner's state",
      );
    }),
    check("runs a MAMA case: conflicts between instances, idempotent retries", async ({ store }, record) => {
      const a = await MamaCase.open(store, opening(record), T0);
      const b = await MamaCase.load(store, record);
      const r1 = await a.execute(measure, { now: T0 + MINUTE, idempotencyKey: "m-1" });
      ensure(r1.accepted && !r1.duplicate, "the measurement must be recorded");
      const retry = await b.execute(measure, { now: T0 + MINUTE, idempotencyKey: "m-1" });
      ensure(retry.accepted && retry.duplicate, "a retry through another instance must be a duplicate");
      const reused = await b.execute(
        { ...measure, by: "ana" },
        { now: T0 + 2 * MINUTE, idempotencyKey: "m-1" },
      );
      ensure(
        !reused.accepted && reused.refusal.code === "idempotency_conflict",
        "a key reused for another command",
      );
      const loaded = await MamaCase.load(store, record);
      ensure(loaded.version === 2 && loaded.state.phase === "analyze", "the case holds the measurement once");
    }),
  ];
}
