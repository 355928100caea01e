import type { CompareAndSetStore } from "../engine/ports/compare-and-set-store.js";
import type { EventStreamStore } from "../engine/ports/event-stream-store.js";
import type { SourceStore } from "../engine/ports/source-store.js";
import type { SourceDocument } from "../originality/source-document.js";
import type { CaseState } from "../workflows/cases/state.js";
import type { CrisisState } from "../workflows/crisis/crisis-state.js";
import type { SealedCrisisEvent } from "../workflows/crisis/event.js";
import { canonicalJson } from "../workflows/hash.js";

/** An event stream store under test, with a way to damage what it stored. */
export interface EventStreamStoreUnderTest {
  /** The store, fresh or holding only other tests' streams. */
  readonly store: EventStreamStore<SealedCrisisEvent, CrisisState>;
  /**
   * Replaces the stored events of a stream with `edit(events)` bypassing every rule of the store and leaving
   * its anchored head as it is (for a database: UPDATE/DELETE/INSERT rows directly). The suite uses it to
   * check that changed, removed and reordered events are detected.
   */
  rewriteEvents(
    streamId: string,
    edit: (events: SealedCrisisEvent[]) => readonly SealedCrisisEvent[],
  ): Promise<void>;
  /** Releases the store (closes a pool), if needed. */
  close?(): Promise<void>;
}

/** A compare-and-set store under test. */
export interface CaseStoreUnderTest {
  /** The store, fresh or holding only other tests' records. */
  readonly store: CompareAndSetStore<CaseState>;
  /** Releases the store, if needed. */
  close?(): Promise<void>;
}

/** A source store under test. */
export interface SourceStoreUnderTest {
  /** The store, fresh or holding only other tests' documents. */
  readonly store: SourceStore<SourceDocument>;
  /** Releases the store, if needed. */
  close?(): Promise<void>;
}

/** What the store conformance suite checks: factories of the stores, called once per check. */
export interface StoreConformanceSubject {
  /** Makes the event stream store to check (omit to skip those checks). */
  readonly eventStreams?: () => EventStreamStoreUnderTest | Promise<EventStreamStoreUnderTest>;
  /** Makes the case (compare-and-set) store to check (omit to skip those checks). */
  readonly cases?: () => CaseStoreUnderTest | Promise<CaseStoreUnderTest>;
  /** Makes the source (originality) store to check (omit to skip those checks). */
  readonly sources?: () => SourceStoreUnderTest | Promise<SourceStoreUnderTest>;
  /**
   * Prefix of every stream and record id the checks create (default: a random one per call), so that runs
   * against a database that keeps earlier runs' data do not collide.
   */
  readonly idPrefix?: string;
}

/** One named check of the suite: run it in any test framework (it rejects with a `ConformanceFailure`). */
export interface ConformanceCheck {
  /** What the check proves, e.g. `event streams: exactly one of concurrent appends at one version wins`. */
  readonly name: string;
  /** Runs the check; resolves when the store conforms. */
  readonly run: () => Promise<void>;
}

/** A store that does not behave as its port requires: `message` says what was expected and what happened. */
export class ConformanceFailure extends Error {
  /** Always `STORE_NONCONFORMANT`. */
  readonly code = "STORE_NONCONFORMANT";

  constructor(message: string) {
    super(message);
    this.name = "ConformanceFailure";
  }
}

/** Fails the check unless `condition` holds. @internal */
export function ensure(condition: boolean, message: string): asserts condition {
  if (!condition) throw new ConformanceFailure(message);
}

const short = (value: unknown): string => {
  const text = canonicalJson(value);
  return text.length > 400 ? `${text.slice(0, 400)}…` : text;
};

/** Fails the check unless both values have the same canonical JSON (key order and `undefined` ignored). @internal */
export function ensureSame(actual: unknown, expected: unknown, what: string): void {
  if (canonicalJson(actual) !== canonicalJson(expected)) {
    throw new ConformanceFailure(`${what}: expected ${short(expected)}, got ${short(actual)}`);
  }
}

/** Runs `body` and fails the check unless it rejects with a `code` among `codes`. @internal */
export async function ensureRejects(
  body: () => Promise<unknown>,
  codes: readonly string[],
  what: string,
): Promise<void> {
  let error: unknown;
  try {
    await body();
  } catch (caught) {
    error = caught;
  }
  const code = (error as { code?: unknown } | undefined)?.code;
  if (error === undefined)
    throw new ConformanceFailure(`${what}: expected an error ${codes.join(" or ")}, got none`);
  if (typeof code !== "string" || !codes.includes(code))
    throw new ConformanceFailure(
      `${what}: expected an error ${codes.join(" or ")}, got ${String(code)} (${String(error)})`,
    );
}

/** Tries to change a value handed out by a store; never throws (frozen values refuse silently or loudly). @internal */
export function tryToChange(change: () => void): void {
  try {
    change();
  } catch {
    // A frozen object refuses: that is one of the accepted behaviours.
  }
}
