import { Crisis } from "../workflows/crisis/crisis-runtime.js";
import type { SealedCrisisEvent } from "../workflows/crisis/event.js";
import { replayCrisis } from "../workflows/crisis/lifecycle.js";
import { hashCanonical } from "../workflows/hash.js";
import { MINUTE, PATH, PROTOCOL, T0 } from "./conformance-fixtures.js";
import {
  type ConformanceCheck,
  type EventStreamStoreUnderTest,
  ensure,
  ensureRejects,
  ensureSame,
  tryToChange,
} from "./conformance-kit.js";
import { withStore } from "./event-stream-checks.js";

type EventFactory = () => EventStreamStoreUnderTest | Promise<EventStreamStoreUnderTest>;

/** A crisis opened on the store and driven through the first `commands` of PATH. */
async function crisisOn(s: EventStreamStoreUnderTest, id: string, commands = PATH.length) {
  const crisis = await Crisis.open(
    s.store,
    PROTOCOL,
    { crisisId: id, brand: "acme-air", actor: "marta", role: "community-manager" },
    T0,
  );
  for (const [i, command] of PATH.slice(0, commands).entries()) {
    const r = await crisis.execute(command, { now: T0 + (i + 1) * MINUTE });
    ensure(
      r.accepted,
      `the Crisis runtime refused ${command.type} on this store: ${r.accepted ? "" : r.refusal.message.en}`,
    );
  }
  return crisis;
}

const edit = (
  s: EventStreamStoreUnderTest,
  id: string,
  change: (events: SealedCrisisEvent[]) => SealedCrisisEvent[],
) => s.rewriteEvents(id, change);

/** The checks of the crisis runtime over an event stream store: replay, snapshots, tamper evidence, concurrency. @internal */
export function crisisStoreChecks(factory: EventFactory, id: (name: string) => string): ConformanceCheck[] {
  const check = (name: string, body: (s: EventStreamStoreUnderTest, stream: string) => Promise<void>) => ({
    name: `crisis on event streams: ${name}`,
    run: () => withStore(factory, (s) => body(s, id(name))),
  });
  return [
    check("a snapshot plus the events after it equals a full replay", async (s, stream) => {
      const crisis = await crisisOn(s, stream, 4);
      await crisis.snapshot();
      for (const [i, command] of PATH.slice(4).entries())
        await crisis.execute(command, { now: T0 + (5 + i) * MINUTE });
      const loaded = await Crisis.load(s.store, PROTOCOL, stream);
      ensureSame(loaded.state, crisis.state, "state loaded from snapshot + tail");
      ensureSame(replayCrisis(PROTOCOL, await s.store.read(stream)), crisis.state, "full replay");
      ensure((await loaded.verify()).ok, "verify() after a snapshot");
    }),
    check("a changed event is detected by verify() and by load", async (s, stream) => {
      const crisis = await crisisOn(s, stream);
      await edit(s, stream, (events) => events.map((e) => (e.seq === 3 ? { ...e, actor: "intruder" } : e)));
      const v = await crisis.verify();
      ensure(!v.ok && v.seq === 3 && v.problem === "hash_mismatch", `verify(): ${JSON.stringify(v)}`);
      await ensureRejects(
        () => Crisis.load(s.store, PROTOCOL, stream),
        ["WORKFLOW_LOG_INVALID"],
        "load of a changed log",
      );
    }),
    check("events removed at the end are detected through the anchored head", async (s, stream) => {
      const crisis = await crisisOn(s, stream);
      await edit(s, stream, (events) => events.slice(0, -2));
      const v = await crisis.verify();
      ensure(!v.ok && v.problem === "head_mismatch", `verify() of a truncated log: ${JSON.stringify(v)}`);
      await ensureRejects(
        () => Crisis.load(s.store, PROTOCOL, stream),
        ["WORKFLOW_LOG_INVALID"],
        "load of a truncated log",
      );
    }),
    check("a removed event and reordered events are detected", async (s, stream) => {
      const crisis = await crisisOn(s, stream);
      await edit(s, stream, (events) =>
        events.filter((e) => e.seq !== 3).map((e) => (e.seq > 3 ? { ...e, seq: e.seq - 1 } : e)),
      );
      const removed = await crisis.verify();
      ensure(
        !removed.ok && removed.problem === "broken_chain",
        `verify() without event 3: ${JSON.stringify(removed)}`,
      );
      const other = `${stream}-b`;
      const second = await crisisOn(s, other);
      await edit(
        s,
        other,
        (events) => [events[0], events[2], events[1], ...events.slice(3)] as SealedCrisisEvent[],
      );
      const swapped = await second.verify();
      ensure(
        !swapped.ok && swapped.seq === 2,
        `verify() of swapped events 2 and 3: ${JSON.stringify(swapped)}`,
      );
      await ensureRejects(
        () => Crisis.load(s.store, PROTOCOL, other),
        ["WORKFLOW_LOG_INVALID"],
        "load of a reordered log",
      );
    }),
    check("a snapshot ahead of the log or corrupt is refused with a typed error", async (s, stream) => {
      const crisis = await crisisOn(s, stream, 3);
      await s.store.saveSnapshot(stream, {
        version: 9,
        head: "0123456789abcdef",
        state: { ...crisis.state, version: 9 },
        stateHash: hashCanonical({ ...crisis.state, version: 9 }),
      });
      await ensureRejects(
        () => Crisis.load(s.store, PROTOCOL, stream),
        ["WORKFLOW_SNAPSHOT_INVALID"],
        "load with a snapshot ahead",
      );
      const v = await crisis.verify();
      ensure(
        !v.ok && v.problem === "snapshot_mismatch",
        `verify() with a snapshot ahead: ${JSON.stringify(v)}`,
      );
      await s.store.saveSnapshot(stream, {
        version: 2,
        head: "0123456789abcdef",
        state: { nonsense: true } as never,
        stateHash: hashCanonical({ nonsense: true }),
      });
      await ensureRejects(
        () => Crisis.load(s.store, PROTOCOL, stream),
        ["WORKFLOW_SNAPSHOT_INVALID"],
        "load with a corrupt snapshot",
      );
      const replayed = await Crisis.load(s.store, PROTOCOL, stream, { ignoreSnapshot: true });
      ensureSame(replayed.state, crisis.state, "load ignoring the snapshot");
    }),
    check(
      "two instances on one crisis: one command wins, the other is refused, nothing is lost",
      async (s, stream) => {
        const a = await crisisOn(s, stream, 2);
        const b = await Crisis.load(s.store, PROTOCOL, stream);
        const now = T0 + 3 * MINUTE;
        const [ra, rb] = await Promise.all([
          a.execute({ type: "set-severity", actor: "jorge", role: "crisis-lead", severity: "sev1" }, { now }),
          b.execute({ type: "set-severity", actor: "jorge", role: "crisis-lead", severity: "sev3" }, { now }),
        ]);
        const accepted = [ra, rb].filter((r) => r.accepted).length;
        ensure(accepted === 1, `exactly one instance must write, ${accepted} did`);
        const loser = ra.accepted ? rb : ra;
        ensure(
          !loser.accepted && loser.refusal.code === "version_conflict",
          "the other must get version_conflict",
        );
        ensureSame(a.state, b.state, "both instances after the conflict (the loser reloads)");
        ensure((await s.store.read(stream)).length === 4, "the log holds the winner's event once");
        ensure((await a.verify()).ok, "verify() after concurrent commands");
      },
    ),
    check(
      "idempotent retries: the same command is a duplicate, another with the key is refused",
      async (s, stream) => {
        const a = await crisisOn(s, stream, 2);
        const b = await Crisis.load(s.store, PROTOCOL, stream);
        const command = {
          type: "set-severity",
          actor: "jorge",
          role: "crisis-lead",
          severity: "sev2",
        } as const;
        const first = await a.execute(command, { now: T0 + 3 * MINUTE, idempotencyKey: "k-1" });
        const retry = await b.execute(command, { now: T0 + 3 * MINUTE, idempotencyKey: "k-1" });
        ensure(first.accepted && !first.duplicate, "the first command must be written");
        ensure(retry.accepted && retry.duplicate, "the retry through another instance must be a duplicate");
        if (first.accepted && retry.accepted) ensureSame(retry.events, first.events, "the retry's events");
        const other = await a.execute(
          { ...command, severity: "sev1" },
          { now: T0 + 4 * MINUTE, idempotencyKey: "k-1" },
        );
        ensure(
          !other.accepted && other.refusal.code === "idempotency_conflict",
          "another command with the key must be refused",
        );
        ensure((await s.store.read(stream)).length === 4, "the log holds the command once");
      },
    ),
    check("hands out frozen state and events: a caller cannot rewrite the log", async (s, stream) => {
      const crisis = await crisisOn(s, stream, 1);
      const r = await crisis.execute(PATH[1] as (typeof PATH)[number], { now: T0 + 2 * MINUTE });
      ensure(r.accepted, "command accepted");
      const before = await s.store.read(stream);
      const copy = JSON.parse(JSON.stringify({ state: crisis.state, events: before }));
      if (r.accepted) {
        tryToChange(() => {
          (r.events[0] as { actor: string }).actor = "intruder";
        });
        tryToChange(() => {
          (r.state as { state: string }).state = "closed";
        });
        tryToChange(() => {
          (crisis.state.topics as string[]).push("intruder");
        });
      }
      ensureSame(
        { state: crisis.state, events: await s.store.read(stream) },
        copy,
        "state and log after a caller changed them",
      );
      ensure((await crisis.verify()).ok, "verify() after a caller changed returned objects");
    }),
  ];
}
