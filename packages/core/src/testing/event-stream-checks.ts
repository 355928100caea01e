import type { SealedCrisisEvent } from "../workflows/crisis/event.js";
import { commandHash } from "../workflows/execute-options.js";
import { draftEvents, rivalEvent, sealedStream } from "./conformance-fixtures.js";
import {
  type ConformanceCheck,
  type EventStreamStoreUnderTest,
  ensure,
  ensureSame,
  tryToChange,
} from "./conformance-kit.js";

type Factory = () => EventStreamStoreUnderTest | Promise<EventStreamStoreUnderTest>;

/** Runs `body` on a fresh store, then closes it. @internal */
export async function withStore(
  factory: Factory,
  body: (s: EventStreamStoreUnderTest) => Promise<void>,
): Promise<void> {
  const subject = await factory();
  try {
    await body(subject);
  } finally {
    await subject.close?.();
  }
}

const CONCURRENT = 8;

/** The checks of the event stream port itself (appends, reads, heads, keys, snapshots). @internal */
export function eventStreamChecks(factory: Factory, id: (name: string) => string): ConformanceCheck[] {
  const check = (name: string, body: (s: EventStreamStoreUnderTest, stream: string) => Promise<void>) => ({
    name: `event streams: ${name}`,
    run: () => withStore(factory, (s) => body(s, id(name))),
  });
  return [
    check(
      "reads back what was appended, unchanged, oldest first, from any version",
      async ({ store }, stream) => {
        const events = sealedStream(stream);
        ensureSame(await store.read(stream), [], "read of a stream never appended to");
        ensure(
          (await store.head(stream)) === undefined,
          "head of a stream never appended to must be undefined",
        );
        const first = await store.append(stream, { expectedVersion: 0, events: events.slice(0, 1) });
        ensure(first.ok, `first append at version 0 must succeed, got ${JSON.stringify(first)}`);
        const rest = await store.append(stream, { expectedVersion: 1, events: events.slice(1) });
        ensure(
          rest.ok && rest.head.version === events.length,
          "a multi-event append must move the head to its last seq",
        );
        ensureSame(await store.read(stream), events, "read(stream)");
        ensureSame(await store.read(stream, 3), events.slice(2), "read(stream, 3)");
        ensureSame(await store.read(stream, events.length + 1), [], "read past the end");
        const last = events[events.length - 1] as SealedCrisisEvent;
        ensureSame(await store.head(stream), { version: last.seq, hash: last.hash }, "head");
      },
    ),
    check("refuses an append at the wrong expected version and writes nothing", async ({ store }, stream) => {
      const events = sealedStream(stream, 2);
      await store.append(stream, { expectedVersion: 0, events: events.slice(0, 2) });
      const stale = await store.append(stream, {
        expectedVersion: 1,
        events: [events[1] as SealedCrisisEvent],
      });
      ensure(
        !stale.ok && stale.reason === "version_conflict",
        "an append at version 1 of a stream at 2 must conflict",
      );
      ensure(
        !stale.ok && stale.reason === "version_conflict" && stale.version === 2,
        "the conflict must report version 2",
      );
      const ahead = await store.append(stream, {
        expectedVersion: 5,
        events: [events[2] as SealedCrisisEvent],
      });
      ensure(!ahead.ok && ahead.reason === "version_conflict", "an append ahead of the stream must conflict");
      ensureSame(await store.read(stream), events.slice(0, 2), "the stream after refused appends");
    }),
    check(
      `lets exactly one of ${CONCURRENT} concurrent appends at one version win`,
      async ({ store }, stream) => {
        const events = sealedStream(stream, 2);
        await store.append(stream, { expectedVersion: 0, events: events.slice(0, 2) });
        const base = events[2] as SealedCrisisEvent;
        const rivals = Array.from({ length: CONCURRENT }, (_, i) => rivalEvent(base, `writer ${i}`));
        const results = await Promise.all(
          rivals.map((e) => store.append(stream, { expectedVersion: 2, events: [e] })),
        );
        const winners = results.flatMap((r, i) => (r.ok ? [i] : []));
        ensure(winners.length === 1, `exactly one concurrent append must win, ${winners.length} did`);
        ensure(
          results.every((r) => r.ok || (r.reason === "version_conflict" && r.version === 3)),
          "the losers must get version_conflict at version 3",
        );
        ensureSame(
          await store.read(stream),
          [...events.slice(0, 2), rivals[winners[0] as number]],
          "the stream",
        );
      },
    ),
    check(
      "answers a retry with the same key and payload as a duplicate, with the events it wrote",
      async ({ store }, stream) => {
        const events = sealedStream(stream);
        const key = { key: "cmd-1", payloadHash: commandHash({ type: "raise-alert", n: 1 }) };
        await store.append(stream, { expectedVersion: 0, events: events.slice(0, 1) });
        const first = await store.append(stream, {
          expectedVersion: 1,
          events: events.slice(1, 3),
          idempotency: key,
        });
        ensure(first.ok, "the first append with a key must succeed");
        const record = await store.findIdempotencyKey(stream, "cmd-1");
        ensureSame(
          record,
          { key: "cmd-1", payloadHash: key.payloadHash, fromSeq: 2, toSeq: 3 },
          "findIdempotencyKey",
        );
        // The retry arrives after the stream moved on: it is still a duplicate, not a conflict.
        await store.append(stream, { expectedVersion: 3, events: events.slice(3, 4) });
        const retry = await store.append(stream, {
          expectedVersion: 4,
          events: events.slice(4, 5),
          idempotency: key,
        });
        ensure(
          !retry.ok && retry.reason === "duplicate",
          `a retry must be a duplicate, got ${JSON.stringify(retry)}`,
        );
        if (!retry.ok && retry.reason === "duplicate")
          ensureSame(retry.events, events.slice(1, 3), "the duplicate's events");
        ensureSame(await store.read(stream), events.slice(0, 4), "the stream after the retry");
        ensure(
          (await store.findIdempotencyKey(stream, "cmd-2")) === undefined,
          "an unused key has no record",
        );
      },
    ),
    check(
      "refuses the same key with a different payload (idempotency_conflict) and writes nothing",
      async ({ store }, stream) => {
        const events = sealedStream(stream, 2);
        await store.append(stream, { expectedVersion: 0, events: events.slice(0, 1) });
        const key = "cmd-1";
        await store.append(stream, {
          expectedVersion: 1,
          events: events.slice(1, 2),
          idempotency: { key, payloadHash: commandHash({ n: 1 }) },
        });
        const other = await store.append(stream, {
          expectedVersion: 2,
          events: events.slice(2, 3),
          idempotency: { key, payloadHash: commandHash({ n: 2 }) },
        });
        ensure(!other.ok && other.reason === "idempotency_conflict", `got ${JSON.stringify(other)}`);
        ensureSame(await store.read(stream), events.slice(0, 2), "the stream");
        ensure(
          (await store.append(stream, { expectedVersion: 2, events: events.slice(2, 3) })).ok,
          "the stream stays writable after a refused key",
        );
      },
    ),
    check("keeps idempotency keys per stream", async ({ store }, stream) => {
      const a = sealedStream(`${stream}-a`, 0);
      const b = sealedStream(`${stream}-b`, 0);
      const key = { key: "same", payloadHash: commandHash({ n: 1 }) };
      ensure(
        (await store.append(`${stream}-a`, { expectedVersion: 0, events: a, idempotency: key })).ok,
        "stream a",
      );
      ensure(
        (await store.append(`${stream}-b`, { expectedVersion: 0, events: b, idempotency: key })).ok,
        "stream b",
      );
    }),
    check(`writes once when ${CONCURRENT} concurrent retries carry one key`, async ({ store }, stream) => {
      const events = sealedStream(stream, 1);
      await store.append(stream, { expectedVersion: 0, events: events.slice(0, 1) });
      const key = { key: "retry", payloadHash: commandHash({ n: 1 }) };
      const results = await Promise.all(
        Array.from({ length: CONCURRENT }, () =>
          store.append(stream, { expectedVersion: 1, events: events.slice(1, 2), idempotency: key }),
        ),
      );
      ensure(results.filter((r) => r.ok).length === 1, "exactly one retry must write");
      ensure(
        results.every((r) => r.ok || r.reason === "duplicate" || r.reason === "version_conflict"),
        "the others must be duplicates (or conflicts)",
      );
      ensureSame(await store.read(stream), events.slice(0, 2), "the stream");
    }),
    check("keeps the latest snapshot, and hands out copies nobody can change", async ({ store }, stream) => {
      const { events, state } = draftEvents(stream, 3);
      const sealed = sealedStream(stream, 3);
      await store.append(stream, { expectedVersion: 0, events: sealed });
      ensure((await store.loadSnapshot(stream)) === undefined, "no snapshot before one is saved");
      const at = sealed[3] as SealedCrisisEvent;
      await store.saveSnapshot(stream, {
        version: 2,
        head: (sealed[1] as SealedCrisisEvent).hash,
        state: { ...state, version: 2 },
        stateHash: "0000000000000002",
      });
      await store.saveSnapshot(stream, { version: 4, head: at.hash, state, stateHash: "0000000000000004" });
      ensureSame(
        await store.loadSnapshot(stream),
        { version: 4, head: at.hash, state, stateHash: "0000000000000004" },
        "the latest snapshot",
      );
      ensure(events.length === 4, "fixture");
      const read = (await store.read(stream)) as SealedCrisisEvent[];
      tryToChange(() => {
        (read[0] as { actor: string }).actor = "intruder";
      });
      tryToChange(() => {
        const topics = read[1]?.data.topics as string[] | undefined;
        topics?.push("intruder");
      });
      tryToChange(() => read.pop());
      const snap = await store.loadSnapshot(stream);
      tryToChange(() => {
        (snap?.state as { state: string }).state = "closed";
      });
      ensureSame(await store.read(stream), sealed, "events after a caller changed what it read");
      ensureSame(
        await store.loadSnapshot(stream),
        { version: 4, head: at.hash, state, stateHash: "0000000000000004" },
        "snapshot after a caller changed it",
      );
    }),
  ];
}
